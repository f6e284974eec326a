/**
 * The finder's answers live only in the URL fragment (after #), which browsers never send to a server:
 * #r=daye&age=82&hukou=local&home=urban&econ=低收入&care=none&dis=0&family=独居,空巢&mil=none
 * Every key is optional; an unknown or malformed value is dropped (docs/finder.md).
 */
import type { Profile } from './evaluate.ts';
import { CARE, ECONOMIC, FAMILY, HOME, HUKOU, MILITARY } from '../../model/vocab.ts';

export interface FinderState {
  region?: string;
  profile: Profile;
}

const pick = <T extends readonly string[]>(values: T, v: string | null): T[number] | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T[number]) : undefined;

export function readFragment(hash: string): FinderState {
  const q = new URLSearchParams(hash.replace(/^#/u, ''));
  const profile: Profile = {};
  const age = q.get('age');
  if (age !== null && /^\d{1,3}$/u.test(age) && Number(age) <= 130) profile.age = Number(age);
  const hukou = pick(HUKOU, q.get('hukou'));
  if (hukou) profile.hukou = hukou;
  const home = pick(HOME, q.get('home'));
  if (home) profile.home = home;
  const economic = pick(ECONOMIC, q.get('econ'));
  if (economic) profile.economic = economic;
  const care = pick(CARE, q.get('care'));
  if (care) profile.care = care;
  const dis = q.get('dis');
  if (dis !== null && /^[0-4]$/u.test(dis)) profile.disability = Number(dis);
  const family = q.get('family');
  if (family !== null) {
    const known = family
      .split(',')
      .map((f) => pick(FAMILY, f))
      .filter((f) => f !== undefined);
    // "" is “none of these”; values that are all unknown are no answer at all, not “none”.
    if (family === '' || known.length > 0) profile.family = known;
  }
  const military = pick(MILITARY, q.get('mil'));
  if (military) profile.military = military;
  const region = q.get('r');
  return { ...(region && /^[a-z0-9-]+$/u.test(region) ? { region } : {}), profile };
}

export function writeFragment({ region, profile: p }: FinderState): string {
  const q = new URLSearchParams();
  if (region) q.set('r', region);
  if (p.age !== undefined) q.set('age', String(p.age));
  if (p.hukou) q.set('hukou', p.hukou);
  if (p.home) q.set('home', p.home);
  if (p.economic) q.set('econ', p.economic);
  if (p.care) q.set('care', p.care);
  if (p.disability !== undefined) q.set('dis', String(p.disability));
  if (p.family) q.set('family', p.family.join(','));
  if (p.military) q.set('mil', p.military);
  return `#${q.toString()}`;
}
