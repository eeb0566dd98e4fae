/**
 * Passes over the whole article that add, type or drop candidates after the sentence-by-sentence scan of
 * candidates.ts: names in headings, datelines ("KYIV, Ukraine (AP) —"), transcript speaker labels, campus names,
 * lowercase handles, a name right after its class noun ("the news portal bdnews24.com"), shared surnames, possessive
 * brands, a body's officers, and the stock listings, wire codes and photo credits that name no actor.
 */
import { classModifier, isRegion, lookup, titleCase, weakPlace, words, type GazetteerEntry } from '../refdata/index.ts';
import { DATELINE_AGENCY, DATELINE_DATE, SPEAKER_LABEL } from '../text/segment.ts';
import type { Segmented, Token } from '../text/types.ts';
import type { EntityType } from '../types.ts';
import { ORG_CLASS_NOUNS } from './votes.ts';
import type { Candidate } from './candidates.ts';

/** A stock listing in brackets after a company's name: "(NYSE: NEB)", "(Nasdaq: QTWW)", "(TSX: ABC.B)". */
const TICKER = /\((?:NYSE(?: American| MKT| Arca)?|NASDAQ|Nasdaq(?:GS|GM|CM)?|AMEX|TSXV?|TSX-V|LSE|AIM|ASX|NZX|SIX|Euronext|OTC(?:QX|QB|BB)?|OTC Markets|CSE|NSE|BSE|HKEX|SGX|JSE|Xetra|FWB|Frankfurt)\s*:\s*[\p{Lu}\d.\-]{1,8}(?:\s*[;,]\s*[\p{L}\s]{2,15}:\s*[\p{Lu}\d.\-]{1,8})*\)/gu;

/**
 * A wire's instrument code in angle brackets: "<.DJI>", "<.SPX>", "<EBAY.O>"; or in round ones after a company's name,
 * an exchange's suffix after its dot: "Hyundai Motor Co (005380.KS)", "Microsoft Corp (MSFT.O)".
 */
const WIRE_CODE = /<\.?[A-Z0-9][A-Z0-9.=^_-]{1,11}>|\([A-Z0-9]{1,8}\.[A-Z]{1,2}\)/g;

/**
 * A photo credit in brackets: "(AP Photo/Kin Cheung)", "(Photo by Richard Shotwell/Invision/AP, File)", "(Photo: Eraldo
 * Peres, AP)", "(Victoria Jones/PA)", "(Thomas Coex/AFP/Getty Images)".
 */
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L}.]*\s)?(?:Photo|Photos|Photograph|Image|Picture|Video)(?:\s+by)?\s*[/:]?\s*[^()\n]{2,80}\)|\((?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]+\/(?:PA|AP|AFP|EPA|Reuters|Getty Images|Getty|Shutterstock|Alamy|Invision|Bloomberg|Xinhua|ANI|PTI)[^()\n]{0,40}\)/gu;

/**
 * The exchange and the ticker inside a listing are no actors of their own (the company named before it is); nor are
 * the photographer and the agency of a photo credit, which name no one in the story.
 */
export function withoutListingsAndCredits(text: string, out: Candidate[]): Candidate[] {
  const spans = [...text.matchAll(TICKER), ...text.matchAll(PHOTO_CREDIT), ...text.matchAll(WIRE_CODE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return out;
  return out.filter((c) => !spans.some(([a, b]) => c.start > a && c.end < b));
}

/**
 * "The Bank of England… Its governor, Andrew Bailey, has said…": the officer of "its" works for the organisation
 * named last, in the same sentence or the one before.
 */
export function itsOfficers(text: string, out: Candidate[]): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.kind !== 'name' || c.type !== 'person' || !c.role || c.affiliation) continue;
    const lead = /\b[Ii]ts\s+([\p{Ll}\s-]{2,40}?),?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u.exec(text.slice(Math.max(0, c.start - 60), c.start));
    if (!lead || !lead[1]!.trim().endsWith(c.role.toLowerCase())) continue;
    for (let k = n - 1; k >= 0; k--) {
      const o = out[k]!;
      if (o.sentence < c.sentence - 1) break;
      if (o.kind === 'name' && o.type === 'organization' && o.end <= c.start) {
        c.affiliation = { country: o.gaz?.country ?? null, name: o.gaz?.canonical ?? o.text };
        break;
      }
    }
  }
}

/** A verb right after a name's "'s", which makes the "'s" part of the name ("McDonald's said", "Wendy's has"). */
const VERB_AFTER_BRAND = /^['’]s\s+(?:said|says|has|had|is|was|will|would|announced|reported|declined|confirmed|denied|added|told|agreed|did|does|also|later)\b/;

/**
 * "McDonald's said it was cooperating", "a Wendy's drive-thru": a name whose "'s" a verb follows, or that an indefinite
 * article opens, is a company's name with its "'s" (no one's possessive); every mention of it is, the "'s" included.
 */
export function possessiveBrands(text: string, out: Candidate[]): void {
  const brands = new Set<string>();
  for (const c of out) {
    if (c.kind !== 'name' || c.gaz || !/^['’]s\b/.test(text.slice(c.end, c.end + 3))) continue;
    // Not a contraction ("Let's say", "It's"), nor a title's possessive ("A User's Guide").
    if (/(?:^|\s)(?:let|it|that|here|there|what|who|he|she|where|how)$/i.test(c.text)) continue;
    const article = /(?:^|[^\p{L}])(?:a|an|A|An)\s+$/u.test(text.slice(Math.max(0, c.start - 4), c.start)) && /^['’]s\s+\p{Ll}/u.test(text.slice(c.end, c.end + 5));
    if (VERB_AFTER_BRAND.test(text.slice(c.end, c.end + 16)) || article) brands.add(c.text);
  }
  if (!brands.size) return;
  for (const c of out) {
    if (c.kind !== 'name' || !brands.has(c.text) || !/^['’]s\b/.test(text.slice(c.end, c.end + 3))) continue;
    c.end += 2;
    c.text = text.slice(c.start, c.end);
    c.type = 'organization';
    c.needsSupport = false;
    c.role = null;
    c.votes = { ...c.votes, organization: c.votes.organization + 3 };
  }
}

/** A page's or an archive's field labels, no speakers ("BYLINE: Amber Phillips.", "DATELINE:", "LOAD-DATE:"). */
const METADATA_LABELS = new Set('byline by dateline source sources photo photos credit credits caption graphic section length highlight highlights abstract tags topics subject filed published load-date language copyright disclosure disclaimer contact email related'.split(' '));

/**
 * Transcript labels name people: "PENCE" (also a common word) is Mike Pence's surname in capitals, so the label
 * is read in title case ("Pence") to meet the name the article gives.
 */
export function speakerLabels(doc: Segmented, out: Candidate[]): void {
  const { text, paragraphs, sentences } = doc;
  const labels = paragraphs.filter((p) => SPEAKER_LABEL.test(text.slice(p.start, p.end))).length;
  for (const p of paragraphs) {
    const m = SPEAKER_LABEL.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const start = p.start + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (METADATA_LABELS.has(m[1]!.toLowerCase())) {
      // The label itself names no actor either.
      const label = out.findIndex((x) => x.start === start && x.end === end);
      if (label >= 0) out.splice(label, 1);
      continue;
    }
    if (lookup(m[1]!)?.some((e) => e.type !== 'person')) continue;
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    // "THIRUVANANTHAPURAM: At least 30 people…", "NEW DELHI:": a dateline's town, no speaker (in a transcript's run
    // of labels, "JACKSON:" is a speaker still).
    const town = labels === 1 ? placeInCapitals(m[1]!) : null;
    if (town) {
      const c = bareName(start, end, m[1]!, Math.max(0, sentence), 'place', { gaz: town, votes: { person: 0, organization: 0, place: 5 } });
      const at = out.findIndex((x) => x.start < end && start < x.end);
      if (at >= 0) out.splice(at, 1, c);
      else insertInOrder(out, c);
      continue;
    }
    // "UPDATE:", "CORRECTION:", "PENCE:": a label that is also a word names someone only if the article does.
    const word = m[1]!.split(' ').some((w) => words().common.has(w.toLowerCase()));
    const c = bareName(start, end, titleCase(m[1]!.toLowerCase()), Math.max(0, sentence), word ? null : 'person', { beforeSpeechVerb: true, votes: { person: 5, organization: 0, place: 0 }, needsSupport: word });
    const at = out.findIndex((x) => x.start < end && start < x.end);
    if (at >= 0) out.splice(at, 1, c);
    else insertInOrder(out, c);
  }
}

/** A name found outside the sentence pass (a handle, a transcript's label), with no evidence from its context. */
function bareName(start: number, end: number, text: string, sentence: number, type: EntityType | null, extra: Partial<Candidate> = {}): Candidate {
  return { start, end, text, type, kind: 'name', sentence, gaz: null, role: null, title: null, affiliation: null, groupKey: null, metonym: false, heading: false, afterPlacePrep: false, beforeSpeechVerb: false, votes: { person: 0, organization: 0, place: 0 }, ...extra };
}

/** Adds a candidate where its start puts it among the others. */
function insertInOrder(out: Candidate[], c: Candidate): void {
  const after = out.findIndex((x) => x.start > c.start);
  out.splice(after < 0 ? out.length : after, 0, c);
}

/** Nothing but blanks between the paragraph's start and `at`. */
export function opensParagraph(text: string, at: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The place the reference data knows by a name written in capitals ("HOUSTON", "MEXICO CITY"), or null. */
function placeInCapitals(name: string): GazetteerEntry | null {
  return lookup(titleCase(name.toLowerCase()))?.find((e) => e.type === 'place') ?? null;
}

/** A dateline's date and agency before its dash (", March 3, 2025 /PRNewswire/ --", ", Jan. 5 (Reuters) -"). */
const DATED_DATELINE = new RegExp(`^${DATELINE_DATE}\\s*${DATELINE_AGENCY}?\\s*[-–—]{1,2}\\s`);

/**
 * "CHARLOTTE - Nearly a week after…", "KABUL (Reuters) — …": a paragraph that opens with a name in capitals, then
 * a dash (perhaps after the agency in brackets), opens with its dateline: a place, whatever else the name could be.
 */
export function datelines(text: string, out: Candidate[]): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    // "MEXICO CITY —": a place in capitals the reference data knows in title case, for its canonical name.
    if (c.kind === 'name' && c.type === 'place' && !c.gaz && /^\p{Lu}[\p{Lu} .'’-]{2,}$/u.test(c.text) && opensParagraph(text, c.start)) {
      c.gaz = placeInCapitals(c.text);
    }
    // "BADEN, Switzerland, Nov. 12 /PRNewswire/ --", "AUSTIN, Texas —": a dateline, a town then its country or state.
    const next = out[n + 1];
    const countryNext = !!next && next.start === c.end + 2 && text.slice(c.end, next.start) === ', ' && next.gaz?.type === 'place' && (next.gaz.kind === 'country' || regionLike(next.gaz)) && /^(?:,|\s+[-–—]{1,2}\s)/u.test(text.slice(next.end, next.end + 5));
    const dated = DATED_DATELINE.test(text.slice(c.end, c.end + 60));
    // "HOUSTON --": a town the reference data knows, though its capitals read like an acronym's.
    const town = c.type === 'organization' && !c.gaz && /^\p{Lu}[\p{Lu} ]{3,}$/u.test(c.text) ? placeInCapitals(c.text) : null;
    // "WALLACE – A Wallace residence…": a word in capitals too long for an acronym, then the dateline's dash, is a town
    // the reference data does not know.
    const longCaps = c.type === 'organization' && !c.gaz && /^\p{Lu}{5,}$/u.test(c.text) && /^\s+[-–—]{1,2}\s/u.test(text.slice(c.end, c.end + 5));
    if (c.kind !== 'name' || c.type === 'place' || (c.type === 'organization' && (!!c.gaz || !(countryNext || dated || town || longCaps))) || /\p{Ll}/u.test(c.text) || !opensParagraph(text, c.start)) continue;
    // Not an acronym ("NATO - the alliance - met"): towns have names, unless the reference data knows the place, or a
    // country and a date follow as a dateline's do ("BAAR, Switzerland, Nov. 20, 2019 /PRNewswire/ --").
    if (/^\p{Lu}{2,4}$/u.test(c.text) && !weakPlace(c.text) && !lookup(c.text)?.some((e) => e.type === 'place') && !(countryNext && DATED_DATELINE.test(text.slice(next!.end, next!.end + 60)))) continue;
    if (!countryNext && !/^(?:\s*\([^)\n]{1,40}\))?\s+[-–—]{1,2}\s/u.test(text.slice(c.end, c.end + 50)) && !dated) continue;
    c.type = 'place';
    c.votes.place += 5;
    // "HOUSTON": the reference data's Houston, for its canonical name.
    c.gaz ??= town ?? placeInCapitals(c.text);
  }
}

/**
 * "Sarah and Timothy Rogers", "Bill and Hillary Clinton": a first name joined by "and" to a full name shares its
 * surname; the mention stays the first name as written, the name it reads is the full one.
 */
export function sharedSurnames(text: string, out: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i]!;
    const next = out[i + 1]!;
    const first = c.text.toLowerCase();
    // Not "Prince Harry and Meghan Markle": a titled first name is no member of a family named after it.
    if (c.kind !== 'name' || c.type === 'place' || c.type === 'organization' || c.title || /\s/.test(c.text) || !(words().firstNames.has(first) || words().wordyFirstNames.has(first)) || words().lastNames.has(first)) continue;
    if (next.type !== 'person' || next.kind !== 'name' || text.slice(c.end, next.start) !== ' and ') continue;
    const parts = next.text.split(' ');
    if (parts.length !== 2 || !words().firstNames.has(parts[0]!.toLowerCase())) continue;
    // Not "Hillary and Tim Kaine" in an article that names Hillary Clinton: a first name the article gives another
    // surname keeps it.
    if (out.some((o) => o.type === 'person' && o.text.startsWith(`${c.text} `) && o.text.split(' ')[1] !== parts[1])) continue;
    c.text = `${c.text} ${parts[1]}`;
    c.type = 'person';
    c.needsSupport = false;
  }
}

/** "President Xi Jinping of China", "Narendra Modi of India": the country after "of" is the person's. */
export function nameOfItsCountry(text: string, out: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i]!;
    const place = out[i + 1]!;
    // "Sen. John McCain of Arizona", "Rep. Jim Jordan of Ohio": a titled person's state or province is theirs too.
    const region = !!c.role && place.gaz?.type === 'place' && !!place.gaz.country && regionLike(place.gaz);
    if (c.type !== 'person' || c.kind !== 'name' || c.affiliation?.country || !(place.gaz?.kind === 'country' || region) || text.slice(c.end, place.start) !== ' of ') continue;
    c.affiliation = { country: place.gaz!.country, name: place.gaz!.canonical };
  }
}

/**
 * "Hillary Clinton campaigned in Ohio with her husband": the first he/his/him or she/her after a full name, in
 * the same sentence and before any other person's name, gives that person's sex (so that "Mrs. Clinton" finds her).
 */
export function pronounSex(doc: Segmented, out: Candidate[]): void {
  const { text, sentences } = doc;
  // The start of the next candidate that may be a person, from the end backwards (linear).
  const nextPerson: number[] = new Array<number>(out.length);
  let after = Infinity;
  for (let i = out.length - 1; i >= 0; i--) {
    nextPerson[i] = after;
    if (out[i]!.type !== 'place' && out[i]!.type !== 'organization') after = out[i]!.start;
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.type !== 'person' || c.kind !== 'name' || !/\s/.test(c.text)) continue;
    const sent = sentences[c.sentence];
    if (!sent) continue;
    const next = nextPerson[i]!;
    const end = Math.min(sent.end, next > c.end ? next : sent.end);
    const m = /\b(?:(he|his|him)|(she|her))\b/i.exec(text.slice(c.end, end).replace(/[“"][^”"]*[”"]/g, ' '));
    if (m) c.sex = m[1] ? 'male' : 'female';
  }
}

/**
 * "University of California, San Francisco", "University of Texas at Austin": a university's campus town is part
 * of its name, not a place of its own (a state or a country after it is where the university is).
 */
export function campusNames(text: string, out: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const org = out[i]!;
    const place = out[i + 1]!;
    if (org.type !== 'organization' || place.type === 'person' || place.type === 'organization' || !/^(?:University|College|Institute) of \p{Lu}|\bUniversity$/u.test(org.text)) continue;
    const town = (lookup(place.text) ?? []).concat(weakPlace(place.text) ?? []).find((e) => e.type === 'place');
    if (!town || town.kind === 'country' || town.region) continue;
    const gap = text.slice(org.end, place.start);
    const fits = (gap === ', ' && /^(?:[,.;:)]|\s*$)/.test(text.slice(place.end, place.end + 1) || ' ')) || gap === ' at ';
    if (!fits) continue;
    org.end = place.end;
    org.text = text.slice(org.start, org.end);
    out.splice(i + 1, 1);
  }
}

/**
 * "the Ministry of Trade, Industry and Energy", "the Bureau of Alcohol, Tobacco, Firearms and Explosives": an
 * organisation's name that ends in "of", "on" or "for" and a word goes on through a list of single capitalised words
 * closed by "and", which the run splitter cut at each comma. The listed words are no actors of their own.
 */
export function listedPortfolios(text: string, out: Candidate[]): void {
  for (let i = 0; i < out.length; i++) {
    const org = out[i]!;
    if (org.type !== 'organization' || !/\b(?:of|on|for) \p{Lu}[\p{L}-]+$/u.test(org.text)) continue;
    const list = /^(?:, \p{Lu}[\p{L}-]+)+,? and \p{Lu}[\p{L}-]+(?![\p{L}-])/u.exec(text.slice(org.end, org.end + 160));
    if (!list) continue;
    const end = org.end + list[0].length;
    let k = i + 1;
    while (k < out.length && out[k]!.start < end) k++;
    // Only words that are nothing else: no person or known place among them.
    if (out.slice(i + 1, k).some((c) => c.type === 'person' || (c.type === 'place' && !!c.gaz))) continue;
    org.end = end;
    org.text = text.slice(org.start, end);
    // Known by its acronym too ("ATF").
    org.gaz = lookup(org.text)?.find((e) => e.type === 'organization') ?? org.gaz;
    out.splice(i + 1, k - i - 1);
  }
}

/** A lowercase handle with a digit or an underscore ("elmo666", "jayk1984", "dark_lord"). */
const HANDLE = /^[a-z][a-z0-9_]*[0-9_][a-z0-9_]*$/;

/** Words for the people of forums and social networks, besides the reference data's person nouns. */
const HANDLE_NOUNS = new Set('buyer|buyers|seller|sellers|vendor|vendors|poster|member|redditor|gamer|username|handle|account'.split('|'));

/**
 * "wrote user jayk1984", "one buyer on the Evolution market, elmo666, wrote": a lowercase handle right
 * after a word for a person, or set off by commas after one, names that person; so do its other mentions.
 */
export function lowercaseHandles(doc: Segmented, out: Candidate[]): void {
  const { tokens, sentences, paragraphs } = doc;
  const personWord = (t: Token | undefined): boolean => !!t && (words().personNouns.has(t.text) || HANDLE_NOUNS.has(t.text));
  const known = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (known.has(t.text) || !HANDLE.test(t.text) || t.text.replace(/[^a-z]/g, '').length < 3) continue;
    const prev = tokens[i - 1]!;
    let named = personWord(prev) && prev.sentence === t.sentence;
    if (!named && prev.text === ',' && tokens[i + 1]?.text === ',') {
      for (let k = i - 2; k >= Math.max(0, i - 9) && tokens[k]!.sentence === t.sentence && !/^[,.;:]$/.test(tokens[k]!.text); k--) {
        if (personWord(tokens[k])) {
          named = true;
          break;
        }
      }
    }
    if (named) known.add(t.text);
  }
  if (known.size === 0) return;
  for (const t of tokens) {
    if (!known.has(t.text) || !paragraphs[sentences[t.sentence]!.paragraph]!.prose || out.some((c) => c.start < t.end && t.start < c.end)) continue;
    insertInOrder(out, bareName(t.start, t.end, t.text, t.sentence, 'person'));
  }
}

/**
 * A body's name that the sentence pass cannot read, right after a lowercase class noun that says what it is: a name
 * in quotation marks ("Human rights group “Mayer Dak” organised…", read as a scare quote otherwise) or a web
 * address in lowercase ("news portal bdnews24.com said").
 */
const CLASS_NOUN_THEN_NAME = new RegExp(String.raw`\b(?:${[...ORG_CLASS_NOUNS, 'portal', 'campaign'].join('|')})\s+(?:“(\p{Lu}[^”\n]{1,40})”|"(\p{Lu}[^"\n]{1,40})"|((?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|info|news|tv|in|pk|bd|ng|ke|za|co\.uk|com\.au)))(?![\p{L}\d])`, 'gu');

export function namedAfterClassNoun(doc: Segmented, out: Candidate[]): void {
  const { text, sentences } = doc;
  for (const m of text.matchAll(CLASS_NOUN_THEN_NAME)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    // A name's words, each capitalised or a short function word ("Doctors of the World"), not a slogan or a quotation.
    const parts = name.replace(/[,.]$/, '').split(/\s+/);
    if (!m[3] && (parts.length > 5 || !parts.every((w, x) => /^[\p{Lu}\d]/u.test(w) || (x > 0 && x < parts.length - 1 && /^(?:of|the|and|for|in|de|du|la|el|al)$/.test(w))))) continue;
    const start = m.index + m[0].length - name.length - (m[3] ? 0 : 1);
    const end = start + name.length;
    if (out.some((c) => c.start === start && c.end === end && c.type === 'organization')) continue;
    const sentence = sentences.findIndex((x) => x.start <= start && start < x.end);
    const c = bareName(start, end, name, Math.max(0, sentence), 'organization', { votes: { person: 0, organization: 4, place: 0 } });
    for (let at = out.findIndex((x) => x.start < end && start < x.end); at >= 0; at = out.findIndex((x) => x.start < end && start < x.end)) out.splice(at, 1);
    insertInOrder(out, c);
  }
}

/**
 * "Vidyard introduced new features. The Toronto-based company said…": an untyped name that opens a
 * sentence, with the next sentence opening on "the … company", is that company.
 */
export function companyThenClassNoun(doc: Segmented, cands: Candidate[]): void {
  const { text, sentences } = doc;
  let s = 0;
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== null || c.heading) continue;
    while (s < sentences.length && sentences[s]!.end <= c.start) s++;
    const sent = sentences[s];
    const next = sentences[s + 1];
    if (!sent || !next || text.slice(sent.start, c.start).trim() !== '' || next.paragraph !== sent.paragraph) continue;
    const m = /^(?:The|Its|the)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}-]+)\b/u.exec(text.slice(next.start, next.start + 80));
    if (m && ORG_CLASS_NOUNS.has(m[2]!) && (m[1] ?? '').split(/\s+/).every((w) => !w || classModifier(w))) c.votes.organization += 2;
  }
}

/**
 * "Matt Egan of Macworld", "David Pierce of the Verge": an untyped name right after a person's name and "of" is where
 * they work, an organisation. (Not a town written with its state or country after it, "Jane Doe of Whitefish, Mont.",
 * nor a name the reference data knows as a place.)
 */
export function employerAfterPerson(text: string, cands: Candidate[]): void {
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    const p = cands[k - 1]!;
    if (c.kind !== 'name' || c.type !== null || c.gaz || c.heading || p.type !== 'person') continue;
    if (!/^\s+of\s+(?:the\s+)?$/.test(text.slice(p.end, c.start)) || /^,\s*\p{Lu}/u.test(text.slice(c.end, c.end + 3))) continue;
    c.votes.organization += 2;
  }
}

/**
 * Headlines name the article's main actors, but Title Case hides which words are names: a heading
 * takes, besides reference data, the names the body itself gives ("'Neutral' Snopes Fact-Checker
 * David Emery" when the body says "David Emery").
 */
export function namesInHeadings(text: string, headings: { toks: Token[]; sentence: number }[], out: Candidate[]): void {
  if (!headings.length) return;
  const body = new Map<string, Candidate>();
  for (const c of out) if (!c.heading && c.kind === 'name' && c.type !== null && !c.needsSupport && !c.product) body.set(c.text, c);
  const taken = out.filter((c) => c.heading);
  for (const h of headings) {
    for (let i = 0; i < h.toks.length; i++) {
      for (let j = Math.min(h.toks.length, i + 5); j > i; j--) {
        const a = h.toks[i]!;
        const b = h.toks[j - 1]!;
        const hit = body.get(text.slice(a.start, b.end));
        if (!hit || taken.some((c) => c.start < b.end && c.end > a.start)) continue;
        const c: Candidate = { ...hit, start: a.start, end: b.end, sentence: h.sentence, heading: true, role: null, title: null, metonym: false, displayStart: undefined, votes: { person: 0, organization: 0, place: 0 } };
        out.push(c);
        taken.push(c);
        i = j - 1;
        break;
      }
    }
  }
  out.sort((x, y) => x.start - y.start);
}

/** A state, province or country-sized place rather than a town. */
export function regionLike(e: GazetteerEntry): boolean {
  return e.region === true || isRegion(e.canonical);
}
