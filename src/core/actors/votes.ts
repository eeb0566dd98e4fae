/**
 * What the words around a capitalised name say about its type: votes for person, organisation and place from the
 * words before and after it ("in X" a place, "X said" a person, "X shares" a company, "the carmaker X"), and the word
 * lists and small predicates the votes read. candidates.ts calls contextVotes for every name it finds; merge.ts sums
 * the votes of a name's mentions.
 */
import { HONORIFICS, ORG_WORDS, PLACE_WORDS, ROLE_WORDS } from '../refdata/curated.ts';
import { isRegion, lookup, weakPlace, words } from '../refdata/index.ts';
import type { Token } from '../text/types.ts';
import { IRREGULAR_PAST } from '../text/english.ts';

export interface TypeVotes {
  person: number;
  organization: number;
  place: number;
  /**
   * Evidence of a person from the name's shape alone ("Hunter Biden": a first name that is also a word, then a word
   * that is only a name). The same on every mention, so read once per name, not summed like the context votes
   * ("Con Edison officials", "Con Edison, which…" outweigh it however often the name recurs).
   */
  shape?: number;
}

export const ROLE_SINGLE = ROLE_WORDS;

export const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'throughout', 'toward', 'towards', 'via', 'around']);

export const PERSON_VERBS = new Set('said|says|asked|asks|told|tells|added|adds|recalled|stated|noted|asserted|affirmed|lamented|wrote|urged|argued|explained|insisted|replied|commented|tweeted|thanked|admitted|who|whose|himself|herself'.split('|'));

/** Nouns that, right after a name or its possessive, show the name is an organisation ("Yahoo shareholders", "Ennahda's secretariat", "the Mercosur summit"). */
export const ORG_CONTEXT = new Set(
  'summit|summits|bloc|chief|commander|shareholders|shareholder|investors|executives|executive|employees|staff|stock|shares|subsidiary|subsidiaries|board|headquarters|founder|founders|ceo|chairman|chairwoman|customers|users|subscribers|stake|stakes|sale|acquisition|merger|buyout|deal|patents|products|brand|app|platform|website|spokesman|spokeswoman|spokesperson|secretariat|members|member|membership|party|movement|tribe|leadership|division|unit|chapter|branch|offices|office|plant|factory|stores|store|shares|earnings|revenue|profits|profit|magazine|newspaper|website|blog|network|channel|broadcaster|firm|company|agency|airline|startup|retailer|officials|executives|spokesperson'.split('|'),
);

/** Adverbs between a subject and its verb ("Elon Musk once tweeted", "Lee later said", "Cole reportedly told"). */
export const ADVERB_BEFORE_VERB = /^(?:once|also|later|then|recently|previously|famously|reportedly|allegedly|repeatedly|publicly|privately|separately|earlier|often|never|first|again|\p{Ll}+ly)$/u;

/** Verbs of a game's result, before the losing side and the score ("beat Brentford 3-0"). */
const WIN_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'thrashed', 'routed', 'downed', 'stunned', 'upset', 'overcame', 'outlasted', 'blanked', 'shut', 'topped', 'crushed', 'hammered', 'swept']);

/** Nouns after an airline's name ("a Delta jet", "the United flight"). */
const AIRLINE_NOUNS = new Set(['jet', 'jets', 'jetliner', 'airliner', 'flight', 'flights', 'plane', 'planes', 'aircraft', 'pilot', 'pilots', 'crew']);

const TEAM_CONTEXT = new Set('manager managers coach coaches boss striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers forward forwards captain fans supporters squad players roster lineup'.split(' '));

/** Lowercase nouns that, right after a name, make it a place ("the Bardo museum", "the Kabul airport"). */
export const PLACE_NOUNS_AFTER = new Set('museum|airport|river|valley|rainforest|forest|jungle|basin|mosque|church|cathedral|temple|stadium|hospital|prison|jail|farm|village|town|city|province|region|district|county|neighbourhood|neighborhood|suburb|island|coast|harbour|harbor|port|border|mountains|desert|lake|beach|park|square|bridge|dam|camp|base|embassy|consulate|palace|hotel|campus'.split('|'));

/** What follows a company's "shares" (a verb, an auxiliary, a preposition), not an object of the verb "shares". */
const STOCK_NEXT = /^(?:\p{Ll}+ed|are|were|have|had|has|will|would|could|may|might|rose|fell|sank|slid|jumped|surged|soared|dipped|plunged|gained|lost|traded|closed|ended|of|in|on|at|for|by|from|to|since|after|before|during|over|under|than|and|or)$/u;

/** Nouns after a possessive name that make it a company's ("Revolut's chief executive", "Palantir's shares"). */
const ORG_POSSESSIONS = new Set('shares stock revenue revenues profit profits sales customers subscribers employees subsidiary subsidiaries chief ceo cfo founder co-founder cofounder chairman chairwoman shareholders investors headquarters app platform website stores factories brand'.split(' '));

/** Nouns before "of" and a name that make the name a company: what a company has ("customers of", "shares of", "a subsidiary of"). */
const COMPANY_OF = new Set([...ORG_POSSESSIONS, ...'staff unit division owner owners parent acquisition'.split(' ')]);

/** Words before "with" and a name that make the name a company ("partnered with", "a merger with"). */
const PARTNER_WORDS = new Set('partnered partnering partners partnership merger merged merging'.split(' '));

/** Participles before "by" and a name that make the name a company ("owned by", "acquired by"). */
const OWNED_WORDS = new Set('owned acquired bought purchased manufactured operated conducted commissioned funded sponsored financed'.split(' '));

/** Words before "in" and a name that make the name a company ("a stake in", "investors in"). */
const INVESTMENT_NOUNS = new Set('stake stakes shares investment investments investors invested investing invest'.split(' '));

/** Verbs whose object is a company when it is a name ("bought Snapchat", "acquired Whole Foods"). */
const ACQUISITION_VERBS = new Set('bought buys buy buying acquired acquires acquire acquiring sold sells sell selling'.split(' '));

/** Lowercase class nouns that, right before a name, say it is an organisation. */
export const ORG_CLASS_NOUNS = new Set('company|firm|startup|start-up|website|site|blog|app|platform|engine|network|bank|retailer|carmaker|automaker|airline|carrier|agency|newspaper|magazine|tabloid|broadcaster|channel|publisher|party|band|club|charity|group|insurer|lender|conglomerate|giant|chain|brand|label|studio|developer|manufacturer|maker|operator|provider|supplier|outlet|daily|weekly|service|union|university|college|school|institute|thinktank|think-tank|nonprofit|non-profit|organisation|organization|militia|movement|utility|coalition|alliance|bloc'.split('|'));

/** Class nouns that after a name more often name its product, place or outlet ("the Kootenay site", "the Certified Sustainable Seafood label"). */
const CLASS_NOUNS_NOT_AFTER = new Set('website site blog app platform engine network channel giant chain brand label studio developer manufacturer maker operator provider supplier outlet daily weekly service school coalition alliance bloc'.split(' '));

/** Class nouns of organisations that, right after a name, say what it is ("the Verdi union", "the Wagner group"). */
const ORG_CLASS_AFTER = new Set([...ORG_CLASS_NOUNS].filter((w) => !CLASS_NOUNS_NOT_AFTER.has(w)));

/** Lowercase words between a name and the class noun of organisations it heads ("Verdi labor union", "Exor holding company"). */
const ORG_CLASS_MODIFIERS = new Set('labor labour trade workers political militant armed rebel opposition ruling holding media tech technology investment private insurance energy oil mining software'.split(' '));

/** Lowercase nouns before "of" that make the next name a place ("residents of Pukenui", "the outskirts of Gao"). */
const PLACE_OF_NOUNS = new Set('residents|inhabitants|citizens|natives|population|streets|outskirts|suburbs|centre|center|heart|edge|north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|parts|part|rest|map|mayor|governor|shores|banks|skies'.split('|'));

/** Words before "to" that address or hand over to someone rather than go somewhere. */
export const NOT_MOTION_TO = new Set('out|spoke|speak|speaking|talked|talk|talking|wrote|write|writing|written|replied|reply|responded|sold|sell|selling|according|belongs|belonged|belonging|letter|message|statement|compared|compare|compares|comparing|similar|thanks|due|owed|owes|lent|loaned|donated|gave|given|sent|referred|apologised|apologized|appealed|turned|listened|reported|reports|fair|unfair|loyal|close|closer|married|grateful|opposed|related|devoted|hostile|friendly|kind|cruel|known|important|unknown|nice|mean|rude|polite|thanks|lost|fell|succumbed|endorsement|support|challenge|answer|reply|advisor|adviser|advisers|advisors|aide|aides|successor|heir|assistant|counselor|counsellor|confidant|loyalist|loyalists|surrogate|surrogates'.split('|'));

/** Past tenses that do not end in -ed, for the "X laid out his plan" evidence. */

export const STRONG_PLACE_PREPS = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'around']);

/** Person nouns that a company, a country or a team can be called too ("a leader in chips", "a major player"). */
const ORG_PREDICATES = /^(?:makers?|leaders?|pioneers?|champions?|partners?|employers?|customers?|hosts?|players?|operators?|developers?|creators?|innovators?|contributors?|dealers?|traders?|brokers?|users?|winners?|losers?|icons?|idols?|population|populations|people|phrases?|characters?|spirits?|souls?|ghosts?|gods?|humans?|beings|enemy|enemies|foes?|affiliates?|agents?|examiners?|recruits?|giants?|underwriters?|planners?|organizers?|producers?|designers?|builders?|natives?|parents?|children|child|babies|baby|heroes|hero|villains?|outlaws?|pariahs?|rogues?|misfits?|patrons?|sponsors?|tenants?|originators?|progenitors?|forerunners?|monarch|monarches|rulers?)$/;

export const PLURAL_VERBS = new Set(['are', 'were', 'have', 'believe', 'say', 'want', 'need']);

/** A place noun, or its plural ("villages", "beaches", "cities"). */
export function placeNoun(w: string): boolean {
  return PLACE_WORDS.has(w) || (w.endsWith('s') && (PLACE_WORDS.has(w.slice(0, -1)) || PLACE_WORDS.has(w.replace(/ies$/, 'y')) || PLACE_WORDS.has(w.replace(/es$/, ''))));
}

/**
 * Up to three capitalised words right before the comma at `comma`, after "in", "near" or "outside", name a place that
 * is no country or state the reference data knows (a town, whose county or state may follow).
 */
function townBefore(toks: Token[], lw: string[], comma: number): boolean {
  for (let c = comma - 1; c >= 1 && c >= comma - 3 && /^\p{Lu}/u.test(toks[c]!.text); c--) {
    if (!/^(?:in|near|outside)$/.test(lw[c - 1]!)) continue;
    const known = lookup(toks.slice(c, comma).map((t) => t.text).join(' '));
    return !known?.some((g) => g.kind === 'country' || g.type !== 'place' || isRegion(g.canonical));
  }
  return false;
}

/**
 * Evidence of the type of the name at tokens [a, b) from the words around it. `docSurnames`: the words the document
 * writes after a first name (see DocFacts in candidates.ts).
 */
export function contextVotes(toks: Token[], lw: string[], a: number, b: number, docSurnames: ReadonlySet<string>): TypeVotes {
  const v: TypeVotes = { person: 0, organization: 0, place: 0 };
  const prev = a > 0 ? lw[a - 1]! : '';
  const next = b < lw.length ? lw[b]! : '';
  const poss = next === '’s' || next === "'s";
  const after = poss ? (lw[b + 1] ?? '') : next;
  // "at Sarah and Telv’s wedding": the first of two possessors joined by "and" modifies the noun too.
  let other = b + 1;
  while (next === 'and' && other < b + 4 && /^\p{Lu}/u.test(toks[other]?.text ?? '')) other++;
  const jointPoss = other > b + 1 && /^['’]s$/.test(lw[other] ?? '');
  // "in Trump's mouth": a possessive name modifies the next noun; the preposition is not about it.
  if (poss || jointPoss) {
    /* no place vote */
  } else if (STRONG_PLACE_PREPS.has(prev) || (PLACE_MODIFIERS.has(prev) && /^\p{Ll}/u.test(toks[a - 1]!.text))) v.place += 2;
  // "the city of Sirte", "the coast of Kaupokonui".
  else if (prev === 'of' && a > 1 && ((placeNoun(lw[a - 2]!) && /^\p{Ll}/u.test(toks[a - 2]!.text)) || (PLACE_OF_NOUNS.has(lw[a - 2]!) && (a === 2 || /^\p{Ll}/u.test(toks[a - 2]!.text))))) v.place += 3;
  // "the villages of Arquata del Tronto and Pescara del Tronto": the second name of the pair too.
  else if (prev === 'and' && a > 3) {
    let x = a - 2;
    while (x > 0 && x > a - 6 && /^\p{Lu}|^(?:del|de|di|da|la|le|du|des|al|el)$/u.test(toks[x]!.text)) x--;
    if (x < a - 2 && lw[x] === 'of' && x > 0 && /^\p{Ll}/u.test(toks[x - 1]!.text) && /s$/.test(lw[x - 1]!) && placeNoun(lw[x - 1]!)) v.place += 3;
  }
  // Not "reached out to Walikali", "sold Hipcricket to Augme", "according to Reuters": someone is written to or sold to.
  else if (PLACE_PREPS.has(prev) && !(prev === 'to' && a > 1 && NOT_MOTION_TO.has(lw[a - 2]!))) v.place += 1;
  // ("Denzel Washington shares surprising plans", "… shares a photo": with an object after it, "shares" is the verb,
  // no company's stock, which goes on with a verb, an auxiliary, a preposition or a figure: "Rivian shares fell".)
  const sharesVerb = !poss && after === 'shares' && /^\p{Ll}/u.test(toks[b + 1]?.text ?? '') && !STOCK_NEXT.test(lw[b + 1] ?? '');
  if (ORG_CONTEXT.has(after) && /^\p{Ll}/u.test(toks[poss ? b + 1 : b]?.text ?? '') && !sharesVerb) v.organization += 2;
  // "According to Kotaku, the service mostly works": a source of one word no list of names knows is a publication or a
  // body, not a person, whom the article would name in full.
  if (b - a === 1 && prev === 'to' && lw[a - 2] === 'according' && !words().firstNames.has(lw[a]!) && !words().lastNames.has(lw[a]!) && !docSurnames.has(lw[a]!) && !words().common.has(lw[a]!)) v.organization += 2;
  // "the Narendra Modi government", "the Sharif administration": a leader's name before the government they lead
  // (a country's is the reference data's, which outweighs this).
  // (A full name, or a known surname: "the Conservative government" is a party's.)
  if (!poss && /^(?:government|administration|regime|cabinet|presidency)$/.test(next) && /^\p{Ll}/u.test(toks[b]?.text ?? '') && /^(?:the|a)$/.test(prev) && (b - a >= 2 || (words().lastNames.has(lw[a]!) && !words().common.has(lw[a]!)))) v.person += 2;
  // "a Delta jet", "the United flight", "an American Airlines plane": an airline's.
  if (!poss && AIRLINE_NOUNS.has(next) && a > 0 && /^(?:a|an|the)$/.test(prev)) v.organization += 2;
  // "Chelsea manager Frank Lampard", "Tottenham fans": a team's staff and players, right after its name
  // (not "Swift's manager", a person's).
  // Not "Bernie Sanders supporters": a first name and a surname are a person's, whose fans they are.
  if (!poss && TEAM_CONTEXT.has(next) && /^\p{Ll}/u.test(toks[b]?.text ?? '') && !(b - a >= 2 && words().firstNames.has(lw[a]!))) v.organization += 2;
  // An article before a one-word name ("the Retina display", "a Superbug", "the Python plugins") is
  // no organisation evidence: products, works and common words take it as often.
  // "the Bardo museum", "his Pātaua farm": a lowercase place noun right after the name.
  if (!poss && PLACE_NOUNS_AFTER.has(next) && /^\p{Ll}/u.test(toks[b]?.text ?? '') && !(b - a === 1 && candidatesPeople(toks[a]!.text, next))) v.place += 2;
  // "in St Albans, Herts, where…": a lone name after a known town and its comma, closed by a comma or a full stop,
  // is the town's county or state.
  if (b - a === 1 && prev === ',' && /^[,.;]?$/.test(next) && !words().firstNames.has(lw[a]!) && townBefore(toks, lw, a - 1)) v.place += 3;
  // "Barry, Berrien, Calhoun and Cass counties": every name of a list that a plural place noun closes.
  if (!poss && inPlaceList(toks, lw, b)) v.place += 3;
  // "…and St. Lucie counties": the last name of such a list stands right before the plural.
  if (!poss && PLACE_PLURALS.has(next) && /^\p{Ll}/u.test(toks[b]?.text ?? '')) v.place += 3;
  // "the search engine Mozilla", "the carmaker Tesla": a class noun right before the name.
  // A one-word name so introduced ("the ride-hailing company Grab said") outweighs the verb after it.
  // ("pharmaceutical company Novo Nordisk": a longer name too, when its first word is no first name: "the company
  // Ann Lee founded" is a person's.)
  if (ORG_CLASS_NOUNS.has(prev) && a > 0 && /^\p{Ll}/u.test(toks[a - 1]!.text)) v.organization += b - a === 1 ? 4 : words().firstNames.has(lw[a]!) || words().wordyFirstNames.has(lw[a]!) ? 2 : 3;
  // "The utility, Con Edison, maintains…": the class noun an appositive name follows.
  // "A new electric vehicle startup, Slate Auto, teased…": past the class noun's modifiers too.
  if (prev === ',' && a > 2 && ORG_CLASS_NOUNS.has(lw[a - 2]!) && /^\p{Ll}/u.test(toks[a - 2]!.text)) {
    let d = a - 3;
    while (d > 0 && d >= a - 7 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[d]!.text) && !/^(?:the|a|an|its|their)$/.test(lw[d]!) && !PERSON_VERBS.has(lw[d]!) && !/ed$/.test(lw[d]!)) d--;
    if (d >= 0 && /^(?:the|a|an|its|their)$/.test(lw[d]!)) v.organization += 3;
  }
  // "Toronto-based Centerra Gold", "the London-based Wellcome Trust": what is based somewhere is an organisation
  // (a person so described has a role noun between: "Toronto-based artist Jane Doe").
  if (a > 0 && /^\p{L}[\p{L}.-]*-based$/u.test(toks[a - 1]!.text)) v.organization += 2;
  // "a stake in Anthropic", "investors in Klarna": what is invested in is a company, not a place.
  if (prev === 'in' && a > 1 && INVESTMENT_NOUNS.has(lw[a - 2]!)) v.organization += 4;
  // "customers of Wealthfront", "shares of Rivian", "partnered with Chime", "acquired by Adobe": a company's.
  // "the CEO of Hipcricket": the officer's acronym too.
  if (a > 1 && (a === 2 || /^(?:\p{Ll}|CEO$|CFO$|CTO$|COO$)/u.test(toks[a - 2]!.text)) && ((prev === 'of' && COMPANY_OF.has(lw[a - 2]!)) || (prev === 'with' && PARTNER_WORDS.has(lw[a - 2]!)) || (prev === 'by' && OWNED_WORDS.has(lw[a - 2]!)))) v.organization += 3;
  // "if only Yahoo had bought Snapchat": what is bought, sold or merged is a company.
  if (ACQUISITION_VERBS.has(prev) && a > 0 && /^\p{Ll}/u.test(toks[a - 1]!.text)) v.organization += 2;
  // "Germany’s Verdi labor union", "the Wagner group": a class noun of organisations right after the name (a lowercase
  // modifier between) is its kind; not after a person's name ("Bernie Sanders campaign").
  // (Not "the Kurdish militia", a demonym's; nor "his annual Guy Fawkes party", an event's.)
  const classAt = ORG_CLASS_MODIFIERS.has(after) ? b + 1 : b;
  const classNoun = lw[classAt] ?? '';
  if (!poss && ORG_CLASS_AFTER.has(classNoun) && !(classNoun === 'party' && b - a > 1) && /^\p{Ll}/u.test(toks[classAt]?.text ?? '') && /^\p{Ll}/u.test(toks[b]?.text ?? '') && !(b - a >= 2 && words().firstNames.has(lw[a]!)) && !words().lastNames.has(lw[b - 1]!) && !lookup(toks.slice(a, b).map((t) => t.text).join(' ')) && !(b - a === 1 && /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ic|an)$/u.test(toks[a]!.text))) v.organization += 2;
  // "Exor, the Agnelli family holding company that owns…": an appositive whose head is such a class noun.
  if (next === ',' && /^(?:the|a|an)$/.test(lw[b + 1] ?? '')) {
    let k = b + 2;
    // (Its head comes before any preposition: not "Sennar State, the last strongholds of the paramilitary group".)
    while (k < b + 8 && k < lw.length && /^[\p{L}-]+$/u.test(toks[k]!.text) && !ORG_CLASS_NOUNS.has(lw[k]!) && !PLACE_PREPS.has(lw[k]!) && lw[k] !== 'of') k++;
    if (ORG_CLASS_NOUNS.has(lw[k] ?? '') && /^\p{Ll}/u.test(toks[k]!.text) && /^(?:,|\.|;|that|which|based|in|with|whose)$/.test(lw[k + 1] ?? '.')) v.organization += 3;
  }
  // "Lizzo, who…", "Lizzo, whose real name is Melissa Viviane Jefferson, …": said of a person.
  if (next === ',' && lw[b + 1] === 'who') v.person += 2;
  if (next === ',' && lw[b + 1] === 'whose' && /^(?:real|birth|given|full|legal)$/.test(lw[b + 2] ?? '') && lw[b + 3] === 'name') v.person += 4;
  // "Chelsea's 2-4 defeat against Wolves", "Leeds' 1-0 win": a score's side is a team.
  const resultAt = (x: number): boolean => /^\d{1,2}$/.test(lw[x] ?? '') && /^[-–]$/.test(lw[x + 1] ?? '') && /^\d{1,2}$/.test(lw[x + 2] ?? '') && /^(?:win|victory|defeat|loss|draw|triumph|thrashing|drubbing|rout|comeback)$/.test(lw[x + 3] ?? '');
  if ((poss || next === "'" || next === '’') && resultAt(b + 1)) v.organization += 3;
  // "Dr Robert Adams of Letchworth, Kent who…": a person's town and county after "of" (the "who" is the person's).
  const surnameAt = (x: number): boolean => x >= 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[x]?.text ?? '') && (words().lastNames.has(lw[x]!) || docSurnames.has(lw[x]!)) && !ORG_WORDS.has(lw[x]!) && !PLACE_WORDS.has(lw[x]!) && !ROLE_SINGLE.has(lw[x]!);
  const countyAfter = (x: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(toks[x]?.text ?? '') && /^(?:,|\.|who|which|and|;)$/.test(lw[x + 1] ?? '.');
  const townCounty = (b - a === 1 && prev === 'of' && surnameAt(a - 2) && next === ',' && countyAfter(b + 1)) || (b - a === 1 && prev === ',' && a >= 4 && lw[a - 3] === 'of' && /^\p{Lu}\p{Ll}+$/u.test(toks[a - 2]!.text) && surnameAt(a - 4) && countyAfter(a));
  if (townCounty) v.place += 4;
  // "since (President) Alpha Conde came to power": a title an editor put in brackets before the name.
  if (prev === ')' && a > 2 && lw[a - 3] === '(' && ROLE_SINGLE.has(lw[a - 2]!) && /^\p{Lu}/u.test(toks[a - 2]!.text)) v.person += 3;
  // "38-year-old Sarah revealed…": an age before a name is a person's.
  if (/^years?-old$/.test(prev) && a > 1 && lw[a - 2] === '-') v.person += 3;
  // "Elon Musk once tweeted", "Ann Lee later said": an adverb may stand between.
  if ((PERSON_VERBS.has(next) || (ADVERB_BEFORE_VERB.test(next) && PERSON_VERBS.has(lw[b + 1] ?? ''))) && prev !== 'of') v.person += 2;
  // "Tottenham posted an image … from its Twitter account": a one-word subject that "its" may refer back to in its
  // sentence is evidence against a person (not for any one type: things take "its" too).
  if (b - a === 1 && !poss && (a === 0 || !PLACE_PREPS.has(prev)) && /^\p{Ll}/u.test(toks[b]?.text ?? '')) {
    for (let c = b + 1; c < Math.min(lw.length, b + 22); c++) {
      if (/^[;.!?“”"]$/.test(lw[c]!)) break;
      if (lw[c] === 'its' || lw[c] === 'itself') {
        v.person -= 2;
        break;
      }
    }
  }
  // "Trump launched his underdog bid", "Merkel laid out her plan": a verb right after, then "his" or "her" before
  // any other name or break, is evidence for a person.
  // (A past tense only: an -s form may be a plural noun, "Democratic speechwriters implored him".)
  // "Elon Musk is “probably just trying to slow us down” with his bid": "is" or "was" and a longer reach, quotation
  // marks passed over.
  if (b - a <= 3 && !poss && b < lw.length && /^\p{Ll}/u.test(toks[b]!.text) && (a === 0 || !PLACE_PREPS.has(prev))) {
    // (Not "It was her idea", "There was…": one common word is no name before a copula.)
    const copula = (lw[b] === 'is' || lw[b] === 'was') && !(b - a === 1 && words().common.has(lw[a]!));
    // (A past tense after one word only: "The Virginia AFL-CIO endorsed her" has "her" for its object.)
    const verb = copula || (b - a === 1 && (/^\p{Ll}{2,}ed$/u.test(toks[b]!.text) || IRREGULAR_PAST.has(lw[b]!)));
    if (verb) {
      for (let c = b + 1; c < Math.min(lw.length, b + (copula ? 13 : 5)); c++) {
        if (copula && /^[“”"‘’']$/.test(toks[c]!.text)) continue;
        if (!/^\p{Ll}/u.test(toks[c]!.text)) break;
        if (/^(?:his|her|himself|herself)$/.test(lw[c]!)) {
          v.person += 1;
          break;
        }
      }
    }
  }
  // "the Bruins beat the Devils", "the Sabres signed": one plural name after "the" is a team, a band or a body,
  // never one person ("the Clintons", a family, is the plural of a surname).
  if (b - a === 1 && prev === 'the' && /^\p{Lu}\p{Ll}+[^siu]s$/u.test(toks[a]!.text)) {
    const stem = lw[a]!.slice(0, -1);
    if (!words().lastNames.has(stem) && !words().firstNames.has(stem) && !docSurnames.has(stem) && !words().common.has(stem)) {
      v.person -= 3;
      v.organization += 2;
    }
  }
  // "Hunter Biden", "Con Edison": a first name that is also a word, then a word that is only a name; a vote, as
  // companies take such names too.
  // "Bill Smith of Fox News": or a surname that is also a word.
  if (b - a === 2 && words().wordyFirstNames.has(lw[a]!) && (nameOnlyWord(toks[a + 1]!.text) || words().lastNames.has(lw[a + 1]!))) v.shape = 2;
  // "Zuckerberg, testifying in a Delaware court, said…": the subject of a verb of speech past an aside.
  // "Northrop Grumman, which lost, said…": "which" is said of things and bodies, not of people (evidence against
  // a person, not for any one type: ships, drugs and places take it too); but a thing that speaks past its "which"
  // aside is a body ("Ticketmaster, which faced criticism over the presale, said…").
  const which = next === 'which' || (next === ',' && lw[b + 1] === 'which');
  if (which) v.person -= 1.5;
  if (next === ',' && speaksAfterAside(toks, lw, b, which ? 25 : 14)) {
    if (which) v.organization += 2;
    else v.person += 1.5;
  }
  // "Raven Klaasen of South Africa" (kept apart by nameOfCountry): a person and their country.
  if (next === 'of' && b - a >= 2 && b - a <= 3 && countryAt(toks, b + 1)) v.person += 2;
  // "…,” said Will Tjernlund, a consultant": a two- or three-word name after an inverted verb of speech.
  if (PERSON_VERBS.has(prev) && /^\p{Ll}/u.test(toks[a - 1]!.text) && b - a >= 2 && b - a <= 3 && (next === ',' || next === '.' || next === '')) v.person += 2;
  // "the Obama administration", "the Carter years": a leader's name before the era they led.
  if (!poss && b - a === 1 && LEADER_ERA.has(next) && /^\p{Ll}/u.test(toks[b]?.text ?? '')) v.person += 3;
  // "Alphabet's Sundar Pichai", "Meta Platforms' Mark Zuckerberg": whose person a named person is, an organisation.
  const possMark = poss || ((next === "'" || next === '’') && /s$/.test(lw[b - 1]!));
  if (possMark && personNameAt(toks, lw, b + 1)) v.organization += 2;
  // "Revolut's chief executive", "Palantir's shares": what only a company has.
  if (poss && ORG_POSSESSIONS.has(lw[b + 1] ?? '')) v.organization += 2;
  if (orgAppositive(toks, lw, b)) v.organization += 3;
  // Not "the Wild, who improved to 4-2-1": a one-word name after "the" is a team's or a band's, not a person's.
  if (whoAside(lw, b) && !(prev === 'the' && b - a === 1)) v.person += 3;
  else if (roleAside(toks, lw, b)) v.person += 2;
  // "at" outweighs its own place vote: "a professor at Stanford"; "supervisor for Queens", a town, stays a place.
  // (Not a possessor, whose organisation fills the slot: "the spokesman for Aung San Suu Kyi's National League".)
  if (orgSlotBefore(toks, lw, a) && !poss && !(prev === 'for' && weakPlace(toks.slice(a, b).map((t) => t.text).join(' ')))) v.organization += prev === 'at' ? 3 : 2;
  // Outweighs the place vote of "at": "an undergraduate at Yale".
  if (studySlotBefore(toks, lw, a)) v.organization += 4;
  // "told The Sun", "writes for The Spectator": a capitalised "The" inside a sentence belongs to the title of a paper,
  // a magazine or a show.
  // (Only after a word of telling or writing: "of The Hermit in grey" is a tarot card's.)
  if (b - a === 1 && a >= 2 && toks[a - 1]!.text === 'The' && (/^(?:tell|telling|write|writes|writing|by|for|with)$/.test(lw[a - 2]!) || PERSON_VERBS.has(lw[a - 2]!))) v.organization += 2;
  // "the rep told People", "confirmed the split to People", "a source tells Us Weekly": a capitalised ordinary word
  // that someone tells something to, inside a sentence, is a publication's name.
  const toldTo = /^(?:told|tells|telling)$/.test(prev) || (prev === 'to' && lw.slice(Math.max(0, a - 6), a - 1).some((x) => /^(?:said|says|told|confirmed|confirms|revealed|reveals|explained|explains|spoke|speaking|talked|talking|admitted|insisted|denied)$/.test(x)));
  if (toldTo && b - a === 1 && a > 0 && words().common.has(lw[a]!) && !words().firstNames.has(lw[a]!) && !words().lastNames.has(lw[a]!) && !lookup(toks[a]!.text)) v.organization += 3;
  // "Mary and Annette are warriors currently battling the disease", "Smith was a teacher": a person noun for the
  // predicate (not one a company or a place can be too: "Apple is a leader", "Texas is a player").
  if (/^(?:is|are|was|were)$/.test(next)) {
    let c = b + 1;
    if (/^(?:a|an|the|both|all|proud|former|now|also|still)$/.test(lw[c] ?? '')) c++;
    const noun = lw[c] ?? '';
    if (words().personNouns.has(noun) && !ORG_PREDICATES.test(noun) && !/^\p{Lu}/u.test(toks[c]?.text ?? '')) v.person += 2;
  }
  // (Not after "and" and a person's name: "Leah and Janice are survivors", "Deval Patrick and Bloomberg are moving into
  // the race" take their plural from the two people.)
  const afterPerson = (prev === 'and' || prev === '&') && a >= 2 && words().firstNames.has(lw[a - 2]!);
  if (PLURAL_VERBS.has(next) && !afterPerson) {
    v.organization += 1;
    // "Chelsea have paid the fee", "Arsenal are top": one word that is no plural takes a plural verb as a club or a
    // company does in British English; a person's name never does.
    if (b - a === 1 && !/s$/.test(lw[a]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[a]!.text)) v.person -= 2;
  }
  // "Bruins 5, Devils 1": teams (a poll's "Clinton 45, Trump 41" are people, named in full elsewhere or known surnames).
  if (scoreLineAt(toks, a, b) && !(b - a === 1 && (words().lastNames.has(lw[a]!) || words().firstNames.has(lw[a]!)))) v.organization += 3;
  // "Liverpool, who beat Brentford 3-0", "Carolina edged Tampa Bay 4–3": the side a result is read against is a team.
  const scoreAt = (x: number): boolean => /^\d{1,3}$/.test(toks[x]?.text ?? '') && /^[-–]$/.test(toks[x + 1]?.text ?? '') && /^\d{1,3}$/.test(toks[x + 2]?.text ?? '');
  // (A team by one word or by its town: "Vasek Pospisil beat Yoshihito Nishioka 7-6" names players.)
  // (Nor a known surname: "Nadal beat Federer 6-3".)
  const teamShaped = (): boolean => (b - a === 1 && !words().lastNames.has(lw[a]!)) || !!lookup(toks.slice(a, b).map((t) => t.text).join(' '))?.some((g) => g.type === 'place');
  // The loser after the verb, or the winner before it when the score follows the loser's name.
  const result = (WIN_VERBS.has(prev) && scoreAt(b)) || (WIN_VERBS.has(next) && /^\p{Lu}/u.test(toks[b + 1]?.text ?? '') && [b + 2, b + 3, b + 4].some(scoreAt));
  if (result && teamShaped()) v.organization += 3;
  // "the Sabres", "Buffalo Sabres", "the Washington Capitals": a capitalised plural of an ordinary noun,
  // alone after "the" or after a place's name, is a team, a band or a company. ("The Force Awakens",
  // a title, has neither shape.)
  if (pluralNounName(toks, lw, b) && ((prev === 'the' && b - a === 1) || (b - a >= 2 && !!lookup(toks[a]!.text)?.some((g) => g.type === 'place')))) v.organization += 2;
  // "the Girl Scouts", "Goo Goo Dolls", "Field Promotions": a name that ends on the plural of an ordinary noun, no first
  // name or surname before it, is a body's or a band's, never one person's ("Tom Hanks" opens on a first name).
  const firstWord = lw[a]!;
  if (b - a >= 2 && pluralNounName(toks, lw, b) && !words().lastNames.has(lw[b - 1]!) && !words().firstNames.has(firstWord) && !words().wordyFirstNames.has(firstWord) && !words().lastNames.has(firstWord) && !HONORIFICS.has(firstWord) && !ROLE_SINGLE.has(firstWord)) v.person -= 3;
  return v;
}

/** After the comma at b, an aside closed by a comma within `limit` tokens and then a verb of speech ("Acme, which lost, said"). */
function speaksAfterAside(toks: Token[], lw: string[], b: number, limit: number): boolean {
  for (let c = b + 2; c < Math.min(lw.length - 1, b + limit); c++) {
    if (/^[;:.!?“”"()]$/.test(lw[c]!)) return false;
    if (lw[c] === ',') return PERSON_VERBS.has(lw[c + 1]!) && /^\p{Ll}/u.test(toks[c + 1]!.text);
  }
  return false;
}

/** Words that may follow the head noun of an appositive that names a kind of organisation. */
const AFTER_CLASS_HEAD = new Set([',', '.', ';', 'of', 'for', 'that', 'which', 'whose', 'based', 'founded', 'owned', 'run', 'backed', 'with']);

/**
 * "Stripe, the payments firm, cut…", "Resolution Copper, a subsidiary of Rio Tinto", "The White Helmets, a rescue group
 * that…": an appositive after the name at b whose head says what kind of organisation. Not "Rex, a member of the party
 * that…" (whose head is "member") nor "Jane, a union leader" (a role after the class noun).
 */
export function orgAppositive(toks: Token[], lw: string[], b: number): boolean {
  // "Itamaraty, Brazil's foreign ministry,": or a name's possessive before the class.
  const possessor = /^\p{Lu}/u.test(toks[b + 1]?.text ?? '') && /^['’]s$/.test(lw[b + 2] ?? '');
  // "Live Nation, its parent company,", "Destination Toronto, the city's tourism agency,".
  if (lw[b] !== ',' || !(/^(?:the|a|an|its|their)$/.test(lw[b + 1] ?? '') || possessor)) return false;
  for (let x = b + (possessor ? 3 : 2); x < Math.min(lw.length, b + 7); x++) {
    if (/^['’]s$/.test(lw[x]!) && /^\p{Ll}/u.test(toks[x - 1]!.text)) continue;
    // "Bavarian Nordic, the Danish company that…": a nationality may qualify the class.
    const demonym = /^\p{Lu}/u.test(toks[x]!.text) && !!lookup(toks[x]!.text)?.some((g) => g.kind === 'demonym');
    if ((!/^\p{Ll}/u.test(toks[x]!.text) && !demonym) || AFTER_CLASS_HEAD.has(lw[x]!)) return false;
    if ((ORG_CLASS_NOUNS.has(lw[x]!) || ORG_UNIT_NOUNS.has(lw[x]!)) && AFTER_CLASS_HEAD.has(lw[x + 1] ?? '.')) return true;
  }
  return false;
}

/** Appositive heads that make a part of another body ("a subsidiary of", "a unit of"): no class noun before a name. */
const ORG_UNIT_NOUNS = new Set(['ministry', 'department', 'subsidiary', 'unit', 'division', 'affiliate', 'offshoot', 'arm', 'spinoff', 'spin-off', 'coalition', 'alliance', 'consortium', 'association', 'federation', 'foundation', 'watchdog', 'regulator', 'nonprofit', 'ngo', 'outfit', 'collective']);

/**
 * "ScreamMyName, who has…", "PlutoPete, a vendor from the original Silk Road who sold…": "who" is said of
 * people (a class noun of organisations in between takes it for its members: "a group of activists who").
 */
export function whoAside(lw: string[], b: number): boolean {
  if (lw[b] !== ',') return false;
  for (let x = b + 1; x < Math.min(lw.length, b + 12); x++) {
    // "a former state party chairman who…": a class noun that qualifies a role is no head.
    if (/^[,;:.!?()“”"]$/.test(lw[x]!) || (ORG_CLASS_NOUNS.has(lw[x]!) && !ROLE_SINGLE.has(lw[x + 1] ?? ''))) return false;
    if (lw[x] === 'who') return x === b + 1 || /^(?:a|an|the|one)$/.test(lw[b + 1]!);
  }
  return false;
}

/**
 * "Rex Early, a former state party chairman, said…", "Ann Lee, the company's chief economist at…": an appositive
 * whose head is a role or a person noun (not "Stripe, the payments firm,").
 */
function roleAside(toks: Token[], lw: string[], b: number): boolean {
  if (lw[b] !== ',' || !/^(?:a|an|the)$/.test(lw[b + 1] ?? '')) return false;
  for (let x = b + 2; x < Math.min(lw.length, b + 8); x++) {
    if (!/^\p{Ll}/u.test(toks[x]!.text) && !/^['’]s$/.test(lw[x]!)) return false;
    // "the company’s chief economist": a possessor is no head either.
    if (ORG_CLASS_NOUNS.has(lw[x]!) && !ROLE_SINGLE.has(lw[x + 1] ?? '') && !/^['’]s$/.test(lw[x + 1] ?? '')) return false;
    if ((ROLE_SINGLE.has(lw[x]!) || words().personNouns.has(lw[x]!)) && /^(?:,|\.|;|of|at|for|in|with|who|from)$/.test(lw[x + 1] ?? '.')) return true;
  }
  return false;
}

/** Two capitalised words at token i that read as a person's name: a first name, or two words that are no common words, titles or organisation words. */
function personNameAt(toks: Token[], lw: string[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(toks[i]?.text ?? '') || !/^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.text ?? '')) return false;
  if (words().firstNames.has(lw[i]!)) return true;
  const plain = (x: string): boolean => !words().common.has(x) && !ORG_WORDS.has(x) && !ROLE_SINGLE.has(x) && !PLACE_WORDS.has(x);
  return plain(lw[i]!) && plain(lw[i + 1]!) && !/^\p{Lu}/u.test(toks[i + 2]?.text ?? '');
}

/** Plural nouns that close a list of places' names ("… and Van Buren counties"). */
const PLACE_PLURALS = new Set('counties|provinces|states|districts|regions|cities|towns|villages|islands|countries|prefectures|municipalities|neighbourhoods|neighborhoods|suburbs|parishes|boroughs|townships'.split('|'));

/** The name ending before token b is one of a comma or "and" list of names closed by a plural place noun. */
function inPlaceList(toks: Token[], lw: string[], b: number): boolean {
  let joined = false;
  for (let j = b; j < Math.min(toks.length, b + 40); j++) {
    const t = toks[j]!.text;
    if (lw[j] === ',' || lw[j] === 'and' || lw[j] === 'or') {
      joined = true;
      continue;
    }
    if (/^\p{Lu}/u.test(t)) continue;
    return joined && PLACE_PLURALS.has(lw[j]!);
  }
  return false;
}

/** The name's last word is the capitalised plural of a common noun ("Sabres", "Capitals", "Brothers"). */
export function pluralNounName(toks: Token[], lw: string[], b: number): boolean {
  const last = toks[b - 1]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(last) || /(?:ss|us|is)$/.test(last)) return false;
  const w = lw[b - 1]!;
  // "LeBron James", "Gladys Knight & the Pips": a first name ("james" is no plural of "jam").
  if (words().firstNames.has(w)) return false;
  const common = words().common;
  return common.has(w) || common.has(w.slice(0, -1)) || (w.endsWith('es') && common.has(w.slice(0, -2)));
}

/** Nouns after a leader's surname that name the time or team they led. */
const LEADER_ERA = new Set(['administration', 'presidency', 'premiership', 'era', 'years', 'campaign', 'doctrine', 'cabinet', 'White House'.toLowerCase()]);

/** Verbs of working for an employer ("works for X", "writes for X"). */
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'write', 'writes', 'wrote', 'writing', 'joined', 'joins', 'left', 'leaves', 'reports', 'reported', 'speaks', 'spoke', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Words of study before "at", "of" or "from" and a school's name. */
const STUDY_WORDS = new Set('graduate graduates graduated undergraduate undergraduates student students alumnus alumna alumni studied studies studying enrolled attended taught teaches teaching degree degrees doctorate phd'.split(' '));

/** "a graduate of Mount Holyoke", "an undergraduate at Yale", "a degree from Florida State": a school, an organisation. */
export function studySlotBefore(toks: Token[], lw: string[], k: number): boolean {
  if (k < 2 || !/^(?:at|of|from)$/.test(lw[k - 1]!)) return false;
  return STUDY_WORDS.has(lw[k - 2]!) && /^\p{Ll}|^PhD$/u.test(toks[k - 2]!.text);
}

/** "a reporter for X", "professor at X", "works for X": the slot of an employer, an organisation. */
export function orgSlotBefore(toks: Token[], lw: string[], k: number): boolean {
  if (k < 2 || (lw[k - 1] !== 'for' && lw[k - 1] !== 'at') || !(/^\p{Ll}/u.test(toks[k - 2]!.text) || k === 2)) return false;
  const w = lw[k - 2]!;
  // "analysts at Bernstein", "researchers at Stanford": people of a trade, plural, work there too.
  const one = w.replace(/s$/, '');
  return ROLE_SINGLE.has(w) || WORK_VERBS.has(w) || words().personNouns.has(w) || (w !== one && (ROLE_SINGLE.has(one) || words().personNouns.has(one)));
}

/** Words that turn a following place into a larger or smaller place ("North Africa", "Western Australia"). */
export const PLACE_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'new', 'old', 'inner', 'outer', 'midtown', 'downtown', 'uptown', 'upstate', 'downstate', 'rural', 'coastal', 'suburban']);

/** A capitalised word that is no common word, organisation or place word, nor a place's name ("Vogel", "Buffett"). */
export function nameOnlyWord(t: string): boolean {
  const lw = t.toLowerCase();
  // "O'Reilly", "D’Souza" too.
  return /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(t) && !words().common.has(lw) && !ORG_WORDS.has(lw) && !PLACE_WORDS.has(lw) && !lookup(t);
}

/**
 * "the Sanders camp", "the Trump base": a known surname that is no known place, before "camp" or "base", names a
 * candidate's people, not a place.
 */
export function candidatesPeople(name: string, noun: string): boolean {
  return /^(?:camp|base)$/.test(noun) && words().lastNames.has(name.toLowerCase()) && !lookup(name);
}

/** A country's name (one to three words) starts at token i ("South Africa", "New Zealand"). */
export function countryAt(toks: Token[], i: number): boolean {
  return [1, 2, 3].some((n) => i + n <= toks.length && !!lookup(toks.slice(i, i + n).map((t) => t.text).join(' '))?.some((g) => g.kind === 'country'));
}

/**
 * "Bruins 5, Devils 1:", "Arsenal 2 Chelsea 1": the name at a..b is one side of a score line, each side a name and its
 * goals or points. Neither side is a model number ("Windows 7") or a sentence's common first word.
 */
export function scoreLineAt(toks: Token[], a: number, b: number): boolean {
  const num = (i: number): boolean => /^\d{1,3}$/.test(toks[i]?.text ?? '');
  const cap = (i: number): boolean => /^\p{Lu}/u.test(toks[i]?.text ?? '');
  if (!num(b)) return false;
  if (a >= 2 && toks[a - 1]!.text === ',' && num(a - 2) && cap(a - 3)) return true;
  // The other side: a name of one to three words, then its number.
  const from = toks[b + 1]?.text === ',' ? b + 2 : b + 1;
  for (let i = from; i < from + 3 && cap(i); i++) if (num(i + 1)) return true;
  return false;
}
