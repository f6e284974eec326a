import { describe, expect, it } from 'vitest';
import { EARLY_SCRIPT, parsePrefs, prefsAttributes, STORAGE_KEY, TEXT_SIZES } from './prefs.ts';

describe('parsePrefs', () => {
  it('reads a stored size and contrast', () => {
    expect(parsePrefs('{"size":"xx-large","contrast":"high"}')).toEqual({ size: 'xx-large', contrast: 'high' });
    expect(parsePrefs('{"contrast":"normal"}')).toEqual({ contrast: 'normal' });
  });

  it('leaves out what it does not know, and never throws', () => {
    for (const raw of [
      null,
      '',
      'not json',
      '"large"',
      'null',
      '[1]',
      '{"size":"huge","contrast":true}',
      '{"size":"standard"}',
    ]) {
      expect(parsePrefs(raw)).toEqual({});
    }
  });
});

/** Runs the <head> script against a stand-in for the browser; returns the attributes it set on <html>. */
function runEarlyScript(
  stored: string | null,
  browser: { speech?: boolean; modules?: boolean; storageThrows?: boolean } = {},
) {
  const attributes: Record<string, string> = {};
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => {
        attributes[name] = value;
      },
    },
    createElement: () => (browser.modules === false ? {} : { noModule: false }),
  };
  const window = browser.speech ? { speechSynthesis: {}, SpeechSynthesisUtterance() {} } : {};
  const localStorage = {
    getItem(key: string) {
      if (browser.storageThrows) throw new Error('SecurityError');
      return key === STORAGE_KEY ? stored : null;
    },
  };
  new Function('window', 'document', 'localStorage', EARLY_SCRIPT)(window, document, localStorage);
  return attributes;
}

describe('the early script in <head>', () => {
  it('sets the same attributes as parsePrefs reads, for every size', () => {
    for (const { value } of TEXT_SIZES) {
      const raw = JSON.stringify({ size: value, contrast: 'high' });
      const expected = Object.fromEntries(
        Object.entries(prefsAttributes(parsePrefs(raw))).filter(([, v]) => v !== null),
      );
      expect(runEarlyScript(raw)).toEqual({ ...expected, 'data-js': '' });
    }
  });

  it('ignores unknown values', () => {
    expect(runEarlyScript('{"size":"huge","contrast":"dark"}')).toEqual({ 'data-js': '' });
    expect(runEarlyScript('}{')).toEqual({ 'data-js': '' });
  });

  it('still marks the page when storage is refused', () => {
    expect(runEarlyScript(null, { storageThrows: true, speech: true })).toEqual({ 'data-js': '', 'data-speech': '' });
  });

  it('marks speech only where the browser can speak', () => {
    expect(runEarlyScript(null, { speech: true })).toHaveProperty('data-speech');
    expect(runEarlyScript(null, { speech: false })).not.toHaveProperty('data-speech');
  });

  it('shows no controls in a browser that would not run their module scripts', () => {
    expect(runEarlyScript('{"size":"large"}', { modules: false, speech: true })).toEqual({ 'data-text-size': 'large' });
  });
});
