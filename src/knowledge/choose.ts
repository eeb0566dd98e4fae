/**
 * Picks the Wikidata item an article's actor is, among the items a name search returned,
 * or decides that it cannot tell. Pure: no network, no DOM.
 *
 * Evidence, each scored separately so the decision can be explained:
 * - name: the item's label or aliases against the actor's name (exact label > alias > contains);
 * - type: a person must be human (Q5); a place a country, city or region; an organisation not a person;
 *   Wikimedia pages (disambiguation, family/given names) are never an answer;
 * - role: the article's role ("Information Minister") against the item's description
 *   ("Pakistani politician" agrees, "Pakistani cricketer" conflicts: a namesake);
 * - country: the affiliation (Pakistan) or the article's countries against the countries the
 *   description names ("Pakistani", "capital of Afghanistan");
 * - the gazetteer: a name the offline data knows as a country or capital prefers that reading;
 *   a metonym ("Kabul" for its government) prefers the capital city.
 * It only answers when one item stands clearly above the others; among namesakes (several people
 * with the same name) only the article's role or affiliation may decide.
 */
import { fold, lookup } from '../core/refdata/index.ts';
import type { Candidate, ChoiceContext } from './types.ts';

const HUMAN = 'Q5';
/** Wikimedia pages that list or describe names rather than being the thing itself. */
const META_CLASSES = new Set([
  'Q4167410', // Wikimedia disambiguation page
  'Q22808320', // Wikimedia human name disambiguation page
  'Q101352', // family name
  'Q202444', // given name
  'Q12308941', // male given name
  'Q11879590', // female given name
  'Q13406463', // Wikimedia list article
  'Q4167836', // Wikimedia category
  'Q11266439', // Wikimedia template
]);
const META_DESCRIPTION = /^(wikimedia (disambiguation|list|category|template)|(male |female |unisex )?(given name|family name|surname)\b|topics referred to by the same term)/i;

const COUNTRY_CLASSES = new Set(['Q6256', 'Q3624078', 'Q7275', 'Q3024240', 'Q1763527', 'Q112099', 'Q15634554', 'Q51576574']);
const CAPITAL_CLASSES = new Set(['Q5119', 'Q1637706', 'Q174844', 'Q1549591', 'Q200250', 'Q515', 'Q208511']);
const PLACE_CLASSES = new Set([
  ...COUNTRY_CLASSES,
  ...CAPITAL_CLASSES,
  'Q486972', 'Q532', 'Q3957', 'Q15284', 'Q1093829', 'Q34876', 'Q35657', 'Q107390', 'Q10864048', 'Q13220204', 'Q56061',
  'Q82794', 'Q1620908', 'Q5107', 'Q23442', 'Q4022', 'Q8502', 'Q46831', 'Q23397', 'Q165', 'Q28575', 'Q2221906', 'Q123705', 'Q3455524', 'Q6465',
]);
const ORG_CLASSES = new Set([
  'Q43229', 'Q7278', 'Q7210356', 'Q17127659', 'Q4830453', 'Q783794', 'Q891723', 'Q6881511', 'Q327333', 'Q2659904', 'Q163740',
  'Q15911314', 'Q484652', 'Q1156831', 'Q3918', 'Q11032', 'Q1002697', 'Q2385804', 'Q245065', 'Q12973014', 'Q847017', 'Q176799',
  'Q1752346', 'Q4438121', 'Q17149090', 'Q2088357', 'Q8413', 'Q210167', 'Q1331793', 'Q1616075', 'Q192350',
]);
const PLACE_WORDS = /\b(country|nation|state|city|capital|town|village|municipality|commune|province|region|district|county|territory|island|archipelago|river|lake|sea|mountain|peninsula|metropolis|borough|neighbourhood|neighborhood|settlement|emirate|kingdom|republic)\b/i;
const ORG_WORDS = /\b(organi[sz]ation|party|movement|group|company|corporation|conglomerate|agency|ministry|department|government|militia|network|union|association|institution|institute|university|college|newspaper|broadcaster|channel|bank|club|team|army|navy|force|forces|council|committee|commission|alliance|coalition|federation|league|foundation|charity|ngo|court|parliament|assembly|insurgency|insurgent|militant|faction|firm|manufacturer|retailer|airline|publisher|brand)\b/i;

/** Fields of work: words a role may use, and words a description uses for the same field. */
const FIELDS: Array<{ role: RegExp; description: RegExp }> = [
  {
    role: /\b(minister|president|premier|senator|governor|mayor|lawmaker|legislator|mp|chancellor|secretary|spokes(?:man|woman|person)|congress\w*|parliamentarian|prince|princess|king|queen|emir|sultan|sheikh|monarch|leader|ambassador|envoy|diplomat|councillor|speaker|official|negotiator|adviser|advisor|candidate|politician)\b/i,
    description: /\b(politician|statesman|stateswoman|minister|president|prime minister|premier|senator|governor|mayor|diplomat|ambassador|member of (?:the )?(?:parliament|national assembly|congress|senate)|legislator|monarch|king|queen|prince|princess|emir|sultan|leader|official|civil servant|spokes\w+|chancellor|secretary|ruler|head of state|activist)\b/i,
  },
  {
    role: /\b(general|colonel|admiral|commander|major|lieutenant|marshal|brigadier|sergeant|officer)\b/i,
    description: /\b(military|officer|general|army|admiral|soldier|commander|air force|navy)\b/i,
  },
  {
    role: /\b(player|striker|goalkeeper|coach|captain|batsman|batter|bowler|athlete|manager)\b/i,
    description: /\b(player|footballer|cricketer|athlete|boxer|wrestler|swimmer|runner|sprinter|coach|tennis|golfer|cyclist|basketball|baseball|football|sportsperson|racing driver|jockey|skier|manager)\b/i,
  },
  {
    role: /\b(professor|lecturer|researcher|scientist|academic|economist|historian|scholar|expert|analyst)\b/i,
    description: /\b(scientist|professor|academic|researcher|economist|historian|scholar|mathematician|physicist|chemist|biologist|statistician|philosopher|engineer|physician|analyst)\b/i,
  },
  {
    role: /\b(judge|justice|magistrate|prosecutor|attorney|lawyer|counsel|solicitor)\b/i,
    description: /\b(judge|jurist|lawyer|attorney|prosecutor|barrister|solicitor|justice)\b/i,
  },
  {
    role: /\b(journalist|reporter|correspondent|editor|columnist|anchor|presenter|commentator|broadcaster)\b/i,
    description: /\b(journalist|reporter|editor|columnist|broadcaster|presenter|writer|anchor|commentator)\b/i,
  },
  {
    role: /\b(ceo|chief executive|founder|co-founder|chair(?:man|woman)?|executive|businessman|businesswoman|investor|entrepreneur|owner|banker|tycoon)\b/i,
    description: /\b(business\w*|entrepreneur|executive|investor|ceo|founder|billionaire|banker|industrialist|tycoon)\b/i,
  },
  {
    role: /\b(actor|actress|singer|musician|rapper|artist|author|writer|novelist|poet|filmmaker|director|comedian|producer)\b/i,
    description: /\b(actor|actress|singer|musician|rapper|artist|author|writer|novelist|poet|filmmaker|film director|comedian|composer|painter|model|media personality|television personality|producer)\b/i,
  },
  {
    role: /\b(imam|cleric|bishop|cardinal|pope|rabbi|pastor|priest|ayatollah|mullah|mufti)\b/i,
    description: /\b(cleric|bishop|cardinal|pope|rabbi|priest|imam|religious|theologian|mullah|mufti|ayatollah)\b/i,
  },
];

export interface Scored {
  candidate: Candidate;
  /** Total; higher is better. */
  score: number;
  /** Why the item can never be the answer, or null. */
  excluded: string | null;
  name: number;
  role: number;
  country: number;
}

export interface Choice {
  /** The item the actor is, or null when none may be presented. */
  chosen: Candidate | null;
  /** 0..1 for the chosen item; 0 when none. */
  confidence: number;
  /** 'sure': chosen; 'unsure': plausible items, none clearly right; 'none': nothing plausible. */
  outcome: 'sure' | 'unsure' | 'none';
  /** Every candidate, best first, with its evidence. */
  ranked: Scored[];
}

/** Lowercase, no diacritics, punctuation as spaces: "Kim Jong-un" ≡ "Kim Jong Un". */
export function normalizeName(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(s: string): string[] {
  return normalizeName(s).split(' ').filter(Boolean);
}

function nameScore(ctx: ChoiceContext, c: Candidate): number {
  const name = normalizeName(ctx.name);
  const ownAliases = ctx.aliases.map(normalizeName).filter((a) => a && a !== name);
  const label = normalizeName(c.label);
  const itemAliases = c.aliases.map(normalizeName);
  if (label === name) return 1;
  if (itemAliases.includes(name)) return 0.85;
  if (ownAliases.includes(label)) return 0.8;
  if (itemAliases.some((a) => ownAliases.includes(a))) return 0.7;
  const nt = tokens(ctx.name);
  const lt = tokens(c.label);
  if (nt.length > 0 && nt.every((w) => lt.includes(w))) return 0.6;
  if (lt.length > 0 && lt.every((w) => nt.includes(w))) return 0.5;
  const shared = nt.filter((w) => lt.includes(w)).length;
  return nt.length > 0 ? (0.4 * shared) / nt.length : 0;
}

function typeScore(ctx: ChoiceContext, c: Candidate): { score: number; excluded: string | null } {
  const classes = new Set(c.classes);
  const desc = c.description ?? '';
  if (c.classes.some((q) => META_CLASSES.has(q)) || META_DESCRIPTION.test(desc)) return { score: 0, excluded: 'not an article about one thing' };
  const human = classes.has(HUMAN);
  const place = c.classes.some((q) => PLACE_CLASSES.has(q));
  const org = c.classes.some((q) => ORG_CLASSES.has(q));
  switch (ctx.type) {
    case 'person':
      return human ? { score: 1, excluded: null } : { score: 0, excluded: 'not a person' };
    case 'place':
      if (human) return { score: 0, excluded: 'a person, not a place' };
      if (place) return { score: 1, excluded: null };
      if (PLACE_WORDS.test(desc)) return { score: 0.7, excluded: null };
      return { score: org ? -0.5 : 0, excluded: null };
    case 'organization':
    case 'group':
      if (human) return { score: 0, excluded: 'a person, not an organisation' };
      if (org) return { score: 1, excluded: null };
      if (ORG_WORDS.test(desc)) return { score: 0.7, excluded: null };
      return { score: place ? -0.7 : 0, excluded: null };
  }
}

/** Countries a text names ("Pakistani politician" → PK; "capital of Afghanistan" → AF). */
export function countriesIn(text: string): Set<string> {
  const found = new Set<string>();
  const words = text.split(/[\s,;()]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ').replace(/[.]$/, '');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const hits = lookup(phrase);
      const codes = (hits ?? []).filter((e) => e.country && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'place')).map((e) => e.country!);
      if (codes.length > 0) {
        for (const code of codes) found.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

function roleScore(ctx: ChoiceContext, c: Candidate): number {
  if (!ctx.role || !c.description) return 0;
  const fields = FIELDS.filter((f) => f.role.test(ctx.role!));
  if (fields.length === 0) return 0;
  if (fields.some((f) => f.description.test(c.description!))) return 1;
  // Another field's words in the description: a namesake ("Pakistani cricketer" for a minister).
  if (FIELDS.some((f) => !fields.includes(f) && f.description.test(c.description!))) return -1;
  return 0;
}

function countryScore(ctx: ChoiceContext, c: Candidate): number {
  const desc = c.description ?? '';
  if (!desc) return 0;
  const named = countriesIn(desc);
  const aff = ctx.affiliation;
  if (aff) {
    if (aff.country) {
      if (named.has(aff.country)) return 1;
      if (named.size > 0) return -1;
    } else if (aff.words.some((w) => w && normalizeName(desc).includes(normalizeName(w)))) {
      return 1;
    }
  }
  if (named.size === 0 || ctx.countries.length === 0) return 0;
  return [...named].some((code) => ctx.countries.includes(code)) ? 0.5 : -0.5;
}

function gazetteerReading(ctx: ChoiceContext): 'country' | 'capital' | null {
  if (ctx.gazetteer !== undefined) return ctx.gazetteer;
  if (ctx.type !== 'place') return null;
  const hits = lookup(ctx.name) ?? [];
  if (hits.some((e) => e.kind === 'country')) return 'country';
  if (hits.some((e) => e.kind === 'capital')) return 'capital';
  return null;
}

const NAME_WEIGHT = 1.5;
/** Below this total nothing is presented. */
const MIN_SCORE = 2;
/** The best item must lead the next one by this much. */
const MIN_MARGIN = 0.5;

export function scoreCandidates(ctx: ChoiceContext, candidates: Candidate[]): Scored[] {
  const reading = gazetteerReading(ctx);
  return candidates
    .map((c): Scored => {
      const name = nameScore(ctx, c);
      const type = typeScore(ctx, c);
      const role = roleScore(ctx, c);
      const country = countryScore(ctx, c);
      let bonus = 0.2 * Math.max(0, 1 - c.rank / 10);
      const classes = c.classes;
      if (reading === 'country' && classes.some((q) => COUNTRY_CLASSES.has(q))) bonus += 0.5;
      if ((reading === 'capital' || ctx.metonym) && (classes.some((q) => CAPITAL_CLASSES.has(q)) || /\bcapital\b/i.test(c.description ?? ''))) bonus += 0.5;
      let excluded = type.excluded;
      if (!excluded && role < 0) excluded = 'a namesake: the description does not fit the role';
      if (!excluded && ctx.type === 'person' && ctx.affiliation?.country && country < 0) excluded = 'a namesake: from another country';
      if (!excluded && !c.enwiki) excluded = 'no English Wikipedia article';
      if (!excluded && name < 0.5) excluded = 'the name does not match';
      const score = NAME_WEIGHT * name + type.score + 1.2 * role + country + bonus;
      return { candidate: c, score, excluded, name, role, country };
    })
    .sort((a, b) => (a.excluded === null ? 0 : 1) - (b.excluded === null ? 0 : 1) || b.score - a.score);
}

export function choose(ctx: ChoiceContext, candidates: Candidate[]): Choice {
  const ranked = scoreCandidates(ctx, candidates);
  const viable = ranked.filter((s) => s.excluded === null);
  const top = viable[0];
  if (!top) return { chosen: null, confidence: 0, outcome: ranked.some((s) => s.name >= 0.5 && s.excluded?.startsWith('a namesake')) ? 'unsure' : 'none', ranked };
  const rivals = viable.slice(1).filter((s) => s.candidate.enwiki !== top.candidate.enwiki);
  const second = rivals[0];
  const margin = second ? top.score - second.score : Infinity;
  // Namesakes: several people who all carry the name. Only what the article says about the
  // actor (role, affiliation) may tell them apart, not search order or the article's countries.
  if (ctx.type === 'person' && second && second.name >= 0.85 && top.name >= 0.85) {
    const evidence = (s: Scored) => Math.max(0, s.role) + (ctx.affiliation ? Math.max(0, s.country) : 0);
    if (evidence(top) - evidence(second) < 1) return { chosen: null, confidence: 0, outcome: 'unsure', ranked };
  }
  if (top.score < MIN_SCORE || margin < MIN_MARGIN) return { chosen: null, confidence: 0, outcome: 'unsure', ranked };
  const support = Math.max(0, top.role) + Math.max(0, top.country) + (top.name >= 1 ? 0.5 : 0);
  const confidence = second ? 0.55 + 0.15 * Math.min(2, margin) + 0.05 * support : 0.6 + 0.1 * support;
  return { chosen: top.candidate, confidence: Math.min(0.95, Math.round(confidence * 100) / 100), outcome: 'sure', ranked };
}
