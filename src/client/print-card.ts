/**
 * Printed cards (docs/finder.md): every [data-qr] element gets a QR code of this page's address: the
 * canonical one (no query, no fragment) for data-qr="canonical", else the whole address (the finder's answers
 * live in its fragment). The browser takes its print snapshot without waiting for scripts, so the code is made
 * ahead: when the page is idle and whenever the finder shows new results; a [data-print] button waits for it.
 */
async function fillQrCodes(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement>('[data-qr]');
  if (slots.length === 0) return;
  const { qrSvg } = await import('../lib/print/qr.ts');
  for (const slot of slots) {
    const url = slot.dataset.qr === 'canonical' ? `${location.origin}${location.pathname}` : location.href;
    const svg = new DOMParser().parseFromString(await qrSvg(url), 'image/svg+xml').documentElement;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `二维码：${url}`);
    slot.replaceChildren(slot.ownerDocument.importNode(svg, true));
    const text = slot.parentElement?.querySelector<HTMLElement>('[data-qr-url-text]');
    if (text) text.textContent = url;
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
  await refresh();
  print();
});
