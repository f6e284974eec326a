/**
 * Printed cards (docs/finder.md): every [data-qr] element gets a QR code of this page's address: the
 * canonical one (no query, no fragment) for data-qr="canonical", else the whole address (the finder's answers
 * live in its fragment). An address too long for any QR code falls back to data-qr-fallback (a site path of
 * the page without the answers; this page's own path if absent), and the card's [data-qr-caption] then says
 * data-qr-fallback-note instead. The browser takes its print snapshot without waiting for scripts, so the
 * code is made ahead: when the page is idle and whenever the finder shows new results; a [data-print]
 * button waits for it, and prints even when no code could be made.
 */
async function fillQrCodes(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement>('[data-qr]');
  if (slots.length === 0) return;
  const { qrForAddress } = await import('../lib/print/qr.ts');
  for (const slot of slots) {
    const wanted = slot.dataset.qr === 'canonical' ? `${location.origin}${location.pathname}` : location.href;
    const fallback = `${location.origin}${slot.dataset.qrFallback ?? location.pathname}`;
    let qr: Awaited<ReturnType<typeof qrForAddress>>;
    try {
      qr = await qrForAddress(wanted, fallback);
    } catch {
      continue; // no code: the card keeps the page's path in words
    }
    const svg = new DOMParser().parseFromString(qr.svg, 'image/svg+xml').documentElement;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `二维码：${qr.url}`);
    slot.replaceChildren(slot.ownerDocument.importNode(svg, true));
    const text = slot.parentElement?.querySelector<HTMLElement>('[data-qr-url-text]');
    if (text) text.textContent = qr.url;
    const caption = slot.parentElement?.querySelector<HTMLElement>('[data-qr-caption]');
    if (caption) {
      caption.dataset.usual ??= caption.textContent ?? '';
      caption.textContent = qr.fallback
        ? (slot.dataset.qrFallbackNote ?? caption.dataset.usual)
        : caption.dataset.usual;
    }
  }
}

let filling: Promise<void> = Promise.resolve();
const refresh = () => (filling = filling.then(fillQrCodes, fillQrCodes));

if (document.querySelector('[data-qr]')) {
  (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => void refresh());
  addEventListener('finder-rendered', () => void refresh());
  addEventListener('hashchange', () => void refresh());
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) button.hidden = false;
// Print buttons may be added later (the finder's): one listener for all.
document.addEventListener('click', async (event) => {
  if (!(event.target as Element | null)?.closest('[data-print]')) return;
  // A code that could not be made must not stop the printing: the card then shows the page's path.
  await refresh().catch(() => undefined);
  print();
});
