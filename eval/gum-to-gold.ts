/**
 * Converts a GUM news document (github.com/amir-zeldes/gum, `dep/GUM_news_NAME.conllu`, whose MISC column carries
 * the entity and coreference annotation as `Entity=(person-14 … person-14)`) into the gold format of
 * `eval/gold/wikinews/` (see its README):
 *
 *   npx tsx eval/gum-to-gold.ts /path/GUM_news_NAME.conllu COMMIT   → writes eval/gold/wikinews/wikinews-NAME.json
 *
 * Text layout: GUM gives sentences, not paragraphs, so each sentence is its own line, except that a sentence
 * ending inside an open quotation is joined to the next (a quotation of several sentences stays on one line).
 * Mentions kept: person, organization and place mentions that contain a proper noun (XPOS NNP/NNPS) outside the
 * mentions nested in them; a person entity all of whose kept mentions end in a plural proper noun ("Bangladeshis"),
 * or whose Wikipedia identifier is a people's ("Rohingya_people"), is typed `group`, our convention for
 * nationalities and members used as people.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Token {
  form: string;
  xpos: string;
  spaceAfter: boolean;
  start: number;
  end: number;
}
interface Mention {
  key: string;
  type: string;
  ident: string;
  first: number;
  last: number;
}

const KEPT = new Set(['person', 'organization', 'place']);

export function convert(conllu: string): { text: string; entities: { id: string; type: string; name: string; aliases: string[]; mentions: { start: number; end: number; text: string }[] }[] } {
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  const open: Mention[] = [];
  const lines: string[] = [];
  let line = '';
  let quoteOpen = false;
  let offset = 0;
  for (const block of conllu.split(/\n\s*\n/)) {
    const rows = block.split('\n').filter((r) => r.trim() !== '');
    const textRow = rows.find((r) => r.startsWith('# text = '));
    if (!textRow) continue;
    const sentence = textRow.slice('# text = '.length);
    if (line) line += ' ';
    const base = offset + line.length;
    let pos = 0;
    for (const row of rows) {
      if (row.startsWith('#')) continue;
      const cols = row.split('\t');
      if (cols.length !== 10) throw new Error(`bad row: ${row}`);
      if (!/^\d+$/.test(cols[0]!)) continue; // multiword ranges and empty nodes
      const form = cols[1]!;
      const at = sentence.indexOf(form, pos);
      if (at < 0 || sentence.slice(pos, at).trim() !== '') throw new Error(`token ${form} not found in: ${sentence}`);
      const misc = cols[9]!;
      const index = tokens.length;
      tokens.push({ form, xpos: cols[4]!, spaceAfter: !/SpaceAfter=No/.test(misc), start: base + at, end: base + at + form.length });
      pos = at + form.length;
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
      if (!entity) continue;
      // Two formats: GUM 9 writes `(person-14-Ident` … `person-14-Ident)`; GUM 10 writes
      // `(14-person-new-cf1-1-coref-Ident` … `14)`, identity after six fields.
      for (const m of entity.matchAll(/(\()?([^()]+)(\))?/g)) {
        const [, opens, label, closes] = m;
        const fields = label!.split('-');
        const v10 = /^\d+$/.test(fields[0]!);
        const key = v10 ? fields[0]! : `${fields[0]}-${fields[1]}`;
        if (opens) {
          const type = v10 ? fields[1]! : fields[0]!;
          const ident = (v10 ? fields.slice(6) : fields.slice(2)).join('-');
          const mention = { key, type, ident, first: index, last: index };
          if (closes) mentions.push(mention);
          else open.push(mention);
        } else if (closes) {
          const i = open.map((o) => o.key).lastIndexOf(key);
          if (i < 0) throw new Error(`unopened ${key} at ${form}`);
          const [mention] = open.splice(i, 1);
          mention!.last = index;
          mentions.push(mention!);
        }
      }
    }
    line += sentence;
    quoteOpen = ((sentence.match(/["“”]/g) ?? []).length % 2 === 1) !== quoteOpen;
    if (!quoteOpen) {
      lines.push(line);
      offset += line.length + 1;
      line = '';
    }
  }
  if (line) lines.push(line);
  if (open.length) throw new Error(`unclosed: ${open.map((o) => o.key).join(', ')}`);
  const text = lines.join('\n');

  const byKey = new Map<string, { type: string; ident: string; spans: { start: number; end: number; text: string; plural: boolean; name: boolean }[] }>();
  const proper = (t: Token): boolean => t.xpos === 'NNP' || t.xpos === 'NNPS';
  for (const m of mentions.sort((a, b) => a.first - b.first)) {
    if (!KEPT.has(m.type)) continue;
    const span = tokens.slice(m.first, m.last + 1);
    // Named: a proper noun of its own, not only inside another entity's mention ("Thailand's foreign
    // minister", "the coast of Aceh, Indonesia" are descriptions; "Malaysia's Prime Minister" is a title).
    const nested = mentions.filter((o) => o.key !== m.key && o.first >= m.first && o.last <= m.last && (o.first > m.first || o.last < m.last));
    if (!span.some((t, x) => proper(t) && !nested.some((o) => o.first <= m.first + x && o.last >= m.first + x))) continue;
    const start = span[0]!.start;
    const end = span[span.length - 1]!.end;
    const entry = byKey.get(m.key) ?? { type: m.type, ident: m.ident, spans: [] };
    if (!entry.ident && m.ident) entry.ident = m.ident;
    const words = span.filter((t) => /\p{L}/u.test(t.form) && !/^(?:the|The)$/.test(t.form));
    entry.spans.push({ start, end, text: text.slice(start, end), plural: span[span.length - 1]!.xpos === 'NNPS', name: words.every(proper) && !/['’]s?$/.test(span[span.length - 1]!.form) });
    byKey.set(m.key, entry);
  }
  const strip = (s: string): string => s.replace(/^(?:the|The)\s+/, '').replace(/[’']s$/u, '');
  const entities = [...byKey.values()].map((e, i) => {
    const type = e.type === 'person' && (e.spans.every((s) => s.plural) || /_people$/.test(e.ident)) ? 'group' : e.type;
    // The Wikipedia identifier GUM gives, else the first mention made only of proper nouns ("Najib Razak", not
    // "Malaysia's Prime Minister"), else the first.
    const names = e.spans.filter((x) => x.name).map((x) => strip(x.text));
    const name = e.ident ? e.ident.replace(/_/g, ' ') : (names[0] ?? strip(e.spans[0]!.text));
    const aliases = [...new Set(e.spans.map((s) => strip(s.text)))].filter((a) => a !== name);
    return { id: `e${i + 1}`, type, name, aliases, mentions: e.spans.map(({ start, end, text: t }) => ({ start, end, text: t })) };
  });
  return { text, entities };
}

if (process.argv[1] && basename(process.argv[1]).startsWith('gum-to-gold')) {
  const [file, commit] = process.argv.slice(2);
  if (!file || !commit) throw new Error('usage: gum-to-gold.ts GUM_news_NAME.conllu COMMIT');
  const name = basename(file).replace(/^GUM_news_/, '').replace(/\.conllu$/, '');
  const { text, entities } = convert(readFileSync(file, 'utf8'));
  const doc = {
    doc: `wikinews-${name}`,
    source: `amir-zeldes/gum dep/GUM_news_${name}.conllu@${commit}`,
    license: 'text CC BY 2.5 (Wikinews), annotations CC BY 4.0 (GUM)',
    text,
    entities,
    quotes: [],
    claims: [],
  };
  writeFileSync(new URL(`./gold/wikinews/wikinews-${name}.json`, import.meta.url), JSON.stringify(doc) + '\n');
  console.log(`wikinews-${name}: ${text.split('\n').length} lines, ${entities.length} entities`);
}
