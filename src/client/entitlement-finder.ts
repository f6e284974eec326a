/**
 * <entitlement-finder>: the finder's questions and results (docs/finder.md). Answers are read from and
 * written to the URL fragment only; the region is chosen by province, then region (the second list from
 * /finder/provinces/<province>.json); the region's items and rules come from /finder/<region>.json and are
 * evaluated here with the same eligibilityFor() the unit tests check. Nothing is sent anywhere.
 */
import { eligibilityFor, GROUPS, type Status } from '../lib/eligibility/evaluate.ts';
import { GRANT_TEXT, whomToAsk, type FinderProvinceChoice, type FinderRegion } from '../lib/eligibility/finder-data.ts';
import { readFragment, writeFragment, type FinderState } from '../lib/eligibility/fragment.ts';
import { finderRegionUrl, finderUrl } from '../lib/urls.ts';

const MARK: Record<Status, string> = { met: '✓ 符合', unmet: '✗ 不符合', unknown: '? 待确认' };
const ORDER: Status[] = ['met', 'unknown', 'unmet'];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class EntitlementFinder extends HTMLElement {
  #form!: HTMLFormElement;
  #province!: HTMLSelectElement;
  #region!: HTMLSelectElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #data = new Map<string, Promise<FinderRegion>>();
  /** Each render's number: a render that finishes after a newer one started is dropped. */
  #render = 0;

  connectedCallback(): void {
    this.#form = this.querySelector('[data-finder-form]')!;
    this.#status = this.querySelector('[data-finder-status]')!;
    this.#results = this.querySelector('[data-finder-results]')!;
    this.#province = this.#form.elements.namedItem('province') as HTMLSelectElement;
    this.#region = this.#form.elements.namedItem('r') as HTMLSelectElement;
    this.#province.addEventListener('change', () => void this.#fillRegions(this.#province.value));
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const state = this.#readForm();
      if (!state.region) {
        this.#status.textContent = '请先选择地区。';
        (this.#province.value ? this.#region : this.#province).focus();
        return;
      }
      const hash = writeFragment(state);
      if (hash !== location.hash) history.pushState(null, '', hash);
      void this.#show(true);
    });
    addEventListener('popstate', () => void this.#show(false));
    addEventListener('hashchange', () => void this.#show(false));
    void this.#show(false);
  }

  #readForm(): FinderState {
    const f = new FormData(this.#form);
    const value = (name: string) => (f.get(name) as string | null) || null;
    const params = new URLSearchParams();
    for (const name of ['r', 'age', 'hukou', 'home', 'econ', 'care', 'dis', 'mil']) {
      const v = value(name);
      if (v !== null && v.trim() !== '') params.set(name, v.trim());
    }
    const family = f.getAll('family') as string[];
    if (family.length > 0 || f.get('family-none')) params.set('family', family.join(','));
    return readFragment(`#${params.toString()}`);
  }

  #fillForm({ region, profile: p }: FinderState): void {
    const set = (name: string, value: string | undefined) => {
      for (const input of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
        input.checked = input.value === (value ?? '');
    };
    // With one region to choose, it is the answer unless the address names another (#show chooses that one).
    const regions = [...this.#region.options].filter((o) => o.value !== '');
    this.#region.value = region ?? (regions.length === 1 ? regions[0]!.value : '');
    (this.#form.elements.namedItem('age') as HTMLInputElement).value = p.age === undefined ? '' : String(p.age);
    set('hukou', p.hukou);
    set('home', p.home);
    set('econ', p.economic);
    set('care', p.care);
    set('dis', p.disability === undefined ? undefined : String(p.disability));
    set('mil', p.military);
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[name="family"]'))
      box.checked = p.family?.includes(box.value as never) ?? false;
    (this.#form.elements.namedItem('family-none') as HTMLInputElement).checked =
      p.family !== undefined && p.family.length === 0;
  }

  /**
   * Where the printed QR code leads when the address is too long for one (src/client/print-card.ts): the
   * region's page of all its items and conditions, which the card's results come from (docs/finder.md).
   */
  #printFallback(region?: { slug: string; name: string }): void {
    const slot = this.querySelector<HTMLElement>('[data-qr]');
    if (!slot) return;
    // The page's own note (for /finder/ itself) is kept for when no region is shown.
    slot.dataset.finderNote ??= slot.dataset.qrFallbackNote ?? '';
    slot.dataset.qrFallback = region ? finderRegionUrl(region.slug) : finderUrl();
    slot.dataset.qrFallbackNote = region
      ? `您的回答太长，二维码装不下。扫码打开的是${region.name}全部服务项目和条件的网页，不带您的回答。`
      : slot.dataset.finderNote;
  }

  /** The second question's choices: the province's regions, by prefecture. */
  async #fillRegions(province: string): Promise<void> {
    const placeholder = el('option', province ? '请选择地区' : '请先选择省份');
    placeholder.value = '';
    if (!province) {
      this.#region.replaceChildren(placeholder);
      return;
    }
    let choice: FinderProvinceChoice;
    try {
      const response = await fetch(this.#province.dataset.regionsUrl!.replace('PROVINCE', province));
      if (!response.ok) throw new Error(`${response.status}`);
      choice = (await response.json()) as FinderProvinceChoice;
    } catch {
      this.#status.textContent = '这个省份的地区没有载入，请再选一次。';
      return;
    }
    if (this.#province.value !== province) return; // another province was chosen meanwhile
    const nodes: HTMLElement[] = [placeholder];
    let group: HTMLOptGroupElement | undefined;
    for (const r of choice.regions) {
      const option = el('option', r.name);
      option.value = r.region;
      if (!r.prefecture) {
        group = undefined;
        nodes.push(option);
        continue;
      }
      if (group?.label !== r.prefecture) {
        group = el('optgroup');
        group.label = r.prefecture;
        nodes.push(group);
      }
      group.append(option);
    }
    this.#region.replaceChildren(...nodes);
  }

  /** Shows a region chosen by the address in the two lists, its province's choices loaded first. */
  async #choose(region: FinderRegion): Promise<void> {
    if (this.#region.value === region.region) return;
    if (this.#province.value !== region.province || !this.#region.querySelector(`option[value="${region.region}"]`)) {
      this.#province.value = region.province;
      await this.#fillRegions(region.province);
    }
    this.#region.value = region.region;
  }

  #load(region: string): Promise<FinderRegion> {
    let data = this.#data.get(region);
    if (!data) {
      data = fetch(this.dataset.dataUrl!.replace('REGION', region))
        .then((r) => {
          if (!r.ok) throw new Error(`${r.status}`);
          return r.json() as Promise<FinderRegion>;
        })
        .catch((error: unknown) => {
          this.#data.delete(region); // a failed load is tried again next time
          throw error;
        });
      this.#data.set(region, data);
    }
    return data;
  }

  async #show(focusResults: boolean): Promise<void> {
    const render = ++this.#render;
    this.#printFallback();
    const state = readFragment(location.hash);
    this.#fillForm(state);
    if (!state.region) {
      this.#results.replaceChildren();
      this.#status.textContent = location.hash ? '请先选择地区。' : '';
      this.dataset.state = 'idle';
      return;
    }
    let data: FinderRegion;
    try {
      data = await this.#load(state.region);
    } catch {
      if (render !== this.#render) return;
      this.#results.replaceChildren();
      this.#status.textContent = '这个地区暂时不能查询，请从上面的地区中选择。';
      this.dataset.state = 'error';
      return;
    }
    if (render !== this.#render) return;
    void this.#choose(data);
    this.#results.replaceChildren();
    const verdicts = data.items.map((item) => ({ item, verdict: eligibilityFor(item.rule, state.profile) }));
    const counts = ORDER.map((s) => `${GROUPS[s]} ${verdicts.filter((v) => v.verdict.status === s).length} 项`);
    this.#status.textContent = `${data.name}：${counts.join('，')}。`;
    for (const status of ORDER) {
      const group = verdicts.filter((v) => v.verdict.status === status);
      const section = el('section', undefined, `finder-group finder-${status}`);
      const heading = el('h2', `${GROUPS[status]}（${group.length} 项）`);
      heading.id = `group-${status}`;
      heading.tabIndex = -1;
      section.setAttribute('aria-labelledby', heading.id);
      section.append(heading);
      if (group.length === 0) section.append(el('p', '没有。'));
      const list = el('ol', undefined, 'plain-list');
      for (const { item, verdict } of group) {
        const card = el('li', undefined, 'finder-item');
        const title = el('h3');
        const link = el('a', `${item.name}`);
        link.href = item.url;
        title.append(link);
        const reasons = el('ul', undefined, 'finder-reasons');
        for (const r of verdict.reasons) reasons.append(el('li', `${MARK[r.status]}：${r.text}`, `reason-${r.status}`));
        card.append(title, reasons);
        if (item.amounts.length) card.append(el('p', `标准：${item.amounts.join('；')}`));
        card.append(el('p', `找谁：${whomToAsk(item)}`), el('p', `怎样获得：${GRANT_TEXT[item.grant]}`));
        list.append(card);
      }
      section.append(list);
      this.#results.append(section);
    }
    this.#printFallback({ slug: state.region, name: data.name });
    const print = el('button', '打印结果（带二维码）', 'finder-print');
    print.type = 'button';
    print.dataset.print = '';
    this.#results.append(print);
    this.dataset.state = 'done';
    // The printed QR code must exist before printing starts: make it now, for these answers.
    this.dispatchEvent(new CustomEvent('finder-rendered', { bubbles: true }));
    if (focusResults) this.#results.querySelector<HTMLElement>('h2')?.focus();
  }
}

customElements.define('entitlement-finder', EntitlementFinder);
