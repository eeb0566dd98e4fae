/**
 * Title abbreviations spelled out, so that a role reads as a reader would say it ("Republican Gov."
 * → "Republican Governor") and a later "the governor" can find the person who holds it.
 */
const SPELLED_OUT: Record<string, string> = {
  gov: 'Governor',
  sen: 'Senator',
  rep: 'Representative',
  // The plurals before a list of holders ("Reps. Michael Cloud, Chip Roy and…"): each holds the singular.
  reps: 'Representative',
  sens: 'Senator',
  govs: 'Governor',
  lt: 'Lieutenant',
  gen: 'General',
  col: 'Colonel',
  maj: 'Major',
  capt: 'Captain',
  cpt: 'Captain',
  cllr: 'Councillor',
  cr: 'Councillor',
  coun: 'Councillor',
  cmdr: 'Commander',
  adm: 'Admiral',
  sgt: 'Sergeant',
  cpl: 'Corporal',
  pvt: 'Private',
  insp: 'Inspector',
  det: 'Detective',
  supt: 'Superintendent',
  atty: 'Attorney',
  pres: 'President',
  amb: 'Ambassador',
  prof: 'Professor',
  sec: 'Secretary',
  asst: 'Assistant',
  dep: 'Deputy',
};

/** "Lt. Gov." → "Lieutenant Governor", "Sen" → "Senator"; other words are kept as written. */
export function spellOutTitle(role: string): string {
  return role.replace(/\b(\p{L}+)\.?(?=\s|$)/gu, (whole, word: string) => {
    const full = SPELLED_OUT[word.toLowerCase()];
    // Only a capitalised abbreviation is a title ("rep" in lowercase may be a sales rep).
    return full && /^\p{Lu}/u.test(word) ? full : whole;
  });
}
