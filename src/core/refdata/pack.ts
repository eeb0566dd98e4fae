/**
 * Compact storage of word lists, shared by the build script (which packs) and the reference
 * data (which unpacks on first use): front-coded sorted lists, and the inflections a base form
 * stands for, so that only base forms need to ship.
 */

/**
 * Front coding of a sorted list: each word is written as the length of the prefix it shares with
 * the word before (one digit, 1–9, omitted when 0) and the rest, "|"-joined. Words hold no digits.
 */
export function frontCode(sorted: readonly string[]): string {
  const out: string[] = [];
  let prev = '';
  for (const w of sorted) {
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    out.push((k ? String(k) : '') + w.slice(k));
    prev = w;
  }
  return out.join('|');
}

/** Inverse of {@link frontCode}. */
export function unfrontCode(packed: string): string[] {
  if (!packed) return [];
  const out: string[] = [];
  let prev = '';
  for (const part of packed.split('|')) {
    const d = part.charCodeAt(0) - 48;
    const w = d >= 1 && d <= 9 ? prev.slice(0, d) + part.slice(1) : part;
    out.push(w);
    prev = w;
  }
  return out;
}

/**
 * The base forms an English word may be an inflection of ("studies" → "study", "stopped" →
 * "stop", "quickly" → "quick"). Over-generates on purpose: callers check each against a list.
 */
export function baseForms(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (n < 4) return out;
  const doubled = (i: number): boolean => w[i] === w[i - 1];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    out.push(w.slice(0, -2), w.slice(0, -1));
    if (n > 5 && doubled(n - 3)) out.push(w.slice(0, -3));
  }
  if (w.endsWith('ing') && n > 5) {
    out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
    if (doubled(n - 4)) out.push(w.slice(0, -4));
  }
  if (w.endsWith('ily')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  if (w.endsWith('er')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('est')) out.push(w.slice(0, -3), w.slice(0, -2));
  // Agent nouns: "illustrator" → "illustrate", "editor" → "edit".
  if (w.endsWith('or') && n > 6) out.push(w.slice(0, -2), w.slice(0, -2) + 'e');
  return out.filter((b) => b.length >= 3);
}

/** True when `w` or a base form of it is in `set`. */
export function hasWordForm(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  for (const b of baseForms(w)) if (set.has(b)) return true;
  return false;
}
