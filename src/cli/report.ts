/** The CLI's report for a person: who is who, who said what, and the summary. */
import type { Analysis } from '../core/types.ts';
import { claimsBySpeaker, entityById, groupEntities } from '../ui/model.ts';

const GROUP_TITLE = { person: 'People', organization: 'Organisations', place: 'Places', group: 'Groups' } as const;

function wrap(text: string, width = 88, indent = '    '): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function formatReport(analysis: Analysis): string {
  const out: string[] = [];
  out.push(analysis.title ? `${analysis.title}\n${'='.repeat(Math.min(analysis.title.length, 88))}` : 'Backstory report');
  const words = analysis.text.split(/\s+/).filter(Boolean).length;
  out.push(`language: ${analysis.language} · ${words} words · ${analysis.entities.length} actors · ${analysis.claims.length} claims`);
  if (analysis.language !== 'en') out.push('\nThis text is not in English: Backstory reads English news only, so it names no actors here.');

  if (analysis.summary.length > 0) {
    out.push('\nSummary');
    for (const sentence of analysis.summary) out.push('  - ' + wrap(sentence).trimStart());
  }

  for (const group of groupEntities(analysis.entities)) {
    out.push(`\n${GROUP_TITLE[group.type]}`);
    for (const e of group.entities) {
      const affiliation = entityById(analysis, e.affiliation)?.name;
      const facts = [e.role, affiliation ? `(${affiliation})` : null, e.metonym ? '[stands for its government]' : null].filter(Boolean).join(' ');
      const count = `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
      out.push(`  ${e.name}${facts ? ` — ${facts}` : ''} · ${count}`);
      const others = e.aliases.filter((a) => a !== e.name);
      if (others.length > 0) out.push(`      also: ${others.join(', ')}`);
    }
  }

  const speakers = claimsBySpeaker(analysis, { anonymous: 'Unnamed sources', impersonal: 'Unsigned' });
  if (speakers.length > 0) {
    out.push('\nWho said what');
    for (const group of speakers) {
      out.push(`  ${group.name} (${group.claims.length})`);
      for (const claim of group.claims) out.push(wrap(`[${claim.kind}] ${claim.text}`));
    }
  }
  return out.join('\n') + '\n';
}
