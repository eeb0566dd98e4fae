/**
 * Whether an acronym can be read off a name. Organisations coin acronyms loosely: "IGAD" takes two letters of
 * "Intergovernmental", "UNMISS" the whole of "UN" and two letters of "Mission", "NAACP" skips "for the", "BIS"
 * keeps the "for" of "Bank for International Settlements". So each capitalised word gives its first letter and
 * may give more of its letters, in order; a lowercase function word gives its first letter or nothing.
 */
const FUNCTION_WORDS = new Set('of for and in on the de du des la le el against to at on'.split(' '));

export function spellsAcronym(name: readonly string[], acronym: string, prefixOnly = false): boolean {
  const target = acronym.replace(/[.&-]/g, '').toUpperCase();
  if (target.length < 2 || target.length > 10) return false;
  const parts = name.filter((w) => /\p{L}/u.test(w));
  if (parts.length < 2) return false;
  // memo[i][j]: parts from i on can spell target from j on.
  const memo = new Map<number, boolean>();
  // `inner`: one word has given the X of its "Ex-" instead of its first letter ("JAXA": "Exploration"), which only an
  // acronym in brackets right after its name (`prefixOnly`) may do, once.
  const can = (i: number, j: number, inner: boolean): boolean => {
    // `prefixOnly`: the acronym may stop before the name does ("UNRWA" for "UN Relief and Works Agency for
    // Palestine Refugees"), after two words at least.
    if (prefixOnly && j === target.length && i >= 2) return true;
    if (i === parts.length) return j === target.length;
    const key = (i * 64 + j) * 2 + (inner ? 1 : 0);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = parts[i]!;
    const upper = w.toUpperCase();
    // The letters from `from` on, in order, after the one at target[j] was taken.
    const rest = (k: number, from: number, usedInner: boolean): boolean => {
      let ok = can(i + 1, k, usedInner);
      while (!ok && k < target.length) {
        const at = upper.indexOf(target[k]!, from);
        if (at < 0) break;
        from = at + 1;
        k++;
        ok = can(i + 1, k, usedInner);
      }
      return ok;
    };
    let ok = false;
    if (FUNCTION_WORDS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w) && can(i + 1, j, inner)) ok = true;
    else if (j < target.length && upper[0] === target[j]) ok = rest(j + 1, 1, inner);
    // Acronyms spell "ex-" words by their X ("Exploration", "Exchange", "Express").
    if (!ok && prefixOnly && !inner && target[j] === 'X' && /^Ex\p{Ll}{2,}$/u.test(w)) ok = rest(j + 1, 2, true);
    memo.set(key, ok);
    return ok;
  };
  return can(0, 0, false);
}
