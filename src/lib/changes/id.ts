/**
 * The stable id of a change (docs/feeds.md): a name-based UUID (RFC 9562 version 5, SHA-1) of the event's key
 * in the site's own namespace, as a URN — `urn:uuid:…`. It depends on the content alone, never on SITE_URL,
 * the build or the order of events, so a feed reader sees the same item whatever host or mirror serves the feed,
 * and anyone can recompute it from the key. Web Crypto (in browsers and Node) computes the SHA-1.
 */

/** The site's namespace for event ids: fixed once (a random UUID), never to be changed. */
export const EVENT_NAMESPACE = 'd01e18b5-5731-43f1-89e7-5e686f74530d';

const bytesOf = (uuid: string): Uint8Array =>
  Uint8Array.from(uuid.replace(/-/gu, '').match(/../gu)!, (h) => parseInt(h, 16));

/** The version 5 UUID of `name` in `namespace`. */
export async function uuidV5(name: string, namespace: string): Promise<string> {
  const ns = bytesOf(namespace);
  const text = new TextEncoder().encode(name);
  const data = new Uint8Array(ns.length + text.length);
  data.set(ns);
  data.set(text, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', data)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the change with this key, e.g. documents/daye-…/added → urn:uuid:…. */
export const eventId = async (key: string): Promise<string> => `urn:uuid:${await uuidV5(key, EVENT_NAMESPACE)}`;
