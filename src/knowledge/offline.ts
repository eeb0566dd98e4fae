/**
 * The card an actor gets with no network: the article's own facts (role, affiliation, what
 * they said here) always, plus the extension's built-in facts for countries and capitals.
 */
import { countryByCode, countryByName, lookup } from '../core/refdata/index.ts';
import { speakerIds } from '../core/sourcing.ts';
import type { Analysis, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import type { BackgroundCard, CardFact } from './types.ts';

const SAID_MAX = 3;
const SAID_CHARS = 200;

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Role, affiliation and what the actor said, from the analysis. */
export function articleFacts(entity: Entity, analysis: Analysis): CardFact[] {
  const facts: CardFact[] = [];
  if (entity.role) facts.push({ label: t('bgFactRole'), value: entity.role, origin: 'article' });
  const affiliation = entity.affiliation ? analysis.entities.find((e) => e.id === entity.affiliation) : undefined;
  if (affiliation) facts.push({ label: t('bgFactAffiliation'), value: affiliation.name, origin: 'article' });
  const said = analysis.claims.filter((c) => speakerIds(c.speaker).includes(entity.id)).slice(0, SAID_MAX);
  for (const claim of said) facts.push({ label: t('bgFactSaid'), value: clip(claim.text, SAID_CHARS), origin: 'article' });
  return facts;
}

export interface OfflineFacts {
  title: string;
  description: string;
  facts: CardFact[];
}

/** Built-in facts for a country ("Türkiye", "Turkey") or a capital ("Kabul"), or null. */
export function builtInFacts(entity: Entity): OfflineFacts | null {
  if (entity.type !== 'place' && !entity.metonym) return null;
  for (const name of [entity.name, ...entity.aliases]) {
    const country = countryByName(name);
    if (country) {
      const facts: CardFact[] = [];
      if (country.officialName && country.officialName !== country.name) facts.push({ label: t('bgFactOfficialName'), value: country.officialName, origin: 'built-in' });
      if (country.capital) facts.push({ label: t('bgFactCapital'), value: country.capital, origin: 'built-in' });
      if (country.region) facts.push({ label: t('bgFactRegion'), value: country.region, origin: 'built-in' });
      if (country.flag) facts.push({ label: t('bgFactFlag'), value: country.flag, origin: 'built-in' });
      return { title: country.name, description: country.region ? t('bgCountryIn', country.region) : country.name, facts };
    }
    const capital = (lookup(name) ?? []).find((e) => e.kind === 'capital' && e.country);
    const of = capital?.country ? countryByCode(capital.country) : null;
    if (capital && of) {
      const facts: CardFact[] = [{ label: t('bgFactCountry'), value: `${of.flag} ${of.name}`.trim(), origin: 'built-in' }];
      if (of.region) facts.push({ label: t('bgFactRegion'), value: of.region, origin: 'built-in' });
      return { title: capital.canonical, description: t('bgCapitalOf', of.name), facts };
    }
  }
  return null;
}

/** The card with no network: source 'offline' for known countries and capitals, else 'article'. */
export function offlineCard(entity: Entity, analysis: Analysis): BackgroundCard {
  const builtIn = builtInFacts(entity);
  const article = articleFacts(entity, analysis);
  return {
    entity: entity.id,
    title: builtIn?.title ?? entity.name,
    description: builtIn?.description ?? null,
    extract: null,
    url: null,
    thumbnail: null,
    wikidata: null,
    source: builtIn ? 'offline' : 'article',
    confidence: builtIn ? 1 : 0,
    candidates: [],
    note: null,
    facts: [...article, ...(builtIn?.facts ?? [])],
  };
}
