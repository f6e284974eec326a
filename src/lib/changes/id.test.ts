import { describe, expect, it } from 'vitest';
import { EVENT_NAMESPACE, eventId, uuidV5 } from './id.ts';

describe('event ids', () => {
  it('are RFC 9562 version 5 UUIDs (the RFC’s own example, and one computed by Python’s uuid.uuid5)', async () => {
    expect(await uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(await uuidV5('baoshan-jiben-yanglao-2023/added', EVENT_NAMESPACE)).toBe(
      '54902b11-ff7f-5190-a3d8-48671270eaa7',
    );
  });

  it('are URNs that depend on the key alone', async () => {
    const id = await eventId('documents/daye-jiben-yanglao-songshengao/added');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(await eventId('documents/daye-jiben-yanglao-songshengao/added')).toBe(id);
    expect(await eventId('documents/daye-jiben-yanglao-songshengao/status/现行有效/2026-01-01')).not.toBe(id);
  });
});
