/**
 * The 字号 and 高对比度 buttons (src/components/ReadingControls.astro): a choice applies at once, on <html>,
 * and is saved for every page (src/lib/reading/prefs.ts); the <head> script applies it on the next page.
 * Also the header's 菜单 button, which the stylesheet shows only at the two largest sizes on a phone.
 */
import { parsePrefs, prefsAttributes, STORAGE_KEY, type ReadingPrefs, type TextSize } from '../lib/reading/prefs.ts';

const root = document.documentElement;
const moreContrast = matchMedia('(prefers-contrast: more)');

function load(): ReadingPrefs {
  try {
    return parsePrefs(localStorage.getItem(STORAGE_KEY));
  } catch {
    return {};
  }
}

function save(prefs: ReadingPrefs): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Storage refused (private mode): the choice still holds on this page.
  }
}

let prefs = load();

/** Sets the attributes the stylesheet reads and the buttons' pressed states. */
function apply(): void {
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  const size = prefs.size ?? 'standard';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.textSizeChoice === size));
  }
  const high = prefs.contrast === 'high' || (prefs.contrast !== 'normal' && moreContrast.matches);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-contrast-toggle]')) {
    button.setAttribute('aria-pressed', String(high));
  }
}

document.addEventListener('click', (event) => {
  const menu = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-menu-toggle]');
  if (menu) {
    menu.setAttribute('aria-expanded', String(menu.getAttribute('aria-expanded') !== 'true'));
    return;
  }
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
    '[data-text-size-choice], [data-contrast-toggle]',
  );
  if (!button) return;
  if (button.dataset.textSizeChoice) {
    const size = button.dataset.textSizeChoice as TextSize;
    prefs = { ...prefs, size: size === 'standard' ? undefined : size };
  } else {
    // Turning it off stores 'normal' only where it has to override the system's “more contrast”.
    const off = button.getAttribute('aria-pressed') === 'true';
    prefs = { ...prefs, contrast: !off ? 'high' : moreContrast.matches ? 'normal' : undefined };
  }
  save(prefs);
  apply();
});

// Another tab changed the settings, or the system's contrast setting changed.
addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  prefs = parsePrefs(event.newValue);
  apply();
});
moreContrast.addEventListener('change', apply);

apply();
for (const controls of document.querySelectorAll<HTMLElement>('[data-reading-controls]')) controls.hidden = false;
