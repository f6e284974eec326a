/**
 * Printed cards (docs/finder.md): before printing, every [data-qr] element gets a QR code of this page's
 * address: the canonical one (no query, no fragment) for data-qr="canonical", else the whole address (the
 * finder's answers live in its fragment). A [data-print] button prints; it is shown only with JavaScript.
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

addEventListener('beforeprint', () => void fillQrCodes());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    await fillQrCodes();
    print();
  });
}
