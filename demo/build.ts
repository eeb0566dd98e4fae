/**
 * Generates demo/index.html from demo/seed-article.txt: a realistic news page
 * around the seed text, with page chrome (navigation, related stories, footer)
 * that names other people, so tests can check that only the article body is
 * annotated.
 *
 * The seed text is kept verbatim, one <p> per line; short lines without
 * closing punctuation are the seed's section headings and become <h2>.
 *
 * Run: npx tsx demo/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const HEADLINE = 'Pakistan–Afghan Taliban talks in Istanbul end without agreement';

export type Block = { tag: 'p' | 'h2'; text: string };

/** A seed line is a heading when it is short and does not end like a sentence. */
export function isHeading(line: string): boolean {
  return line.length <= 80 && !/[.?!:;,"”’)]$/.test(line);
}

export function seedBlocks(seed: string): Block[] {
  return seed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ tag: isHeading(text) ? 'h2' : 'p', text }));
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderPage(seed: string): string {
  const blocks = seedBlocks(seed);
  const firstParagraph = blocks.find((b) => b.tag === 'p')?.text ?? '';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: HEADLINE,
    description: firstParagraph.slice(0, 200),
    datePublished: '2025-10-30T09:00:00+00:00',
    dateModified: '2025-10-30T11:30:00+00:00',
    author: [{ '@type': 'Person', name: 'Staff Correspondent' }],
    publisher: { '@type': 'Organization', name: 'The Frontier Ledger' },
    articleSection: 'World',
    inLanguage: 'en',
  };
  const body = blocks.map((b) => `        <${b.tag}>${escapeHtml(b.text)}</${b.tag}>`).join('\n');
  // JSON-LD inside <script>: "</" must not appear literally.
  const ld = JSON.stringify(jsonLd, null, 2).replace(/<\//g, '<\\/');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(HEADLINE)} | The Frontier Ledger</title>
  <meta name="description" content="${escapeHtml(firstParagraph.slice(0, 160))}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${escapeHtml(HEADLINE)}">
  <meta property="og:site_name" content="The Frontier Ledger">
  <meta property="article:published_time" content="2025-10-30T09:00:00+00:00">
  <script type="application/ld+json">
${ld}
  </script>
  <style>
    :root { color-scheme: light; }
    body { margin: 0; font: 18px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fafaf7; }
    header.site { background: #13294b; color: #fff; }
    header.site .brand { font: 700 26px/1.2 Arial, sans-serif; padding: 14px 24px 6px; }
    nav ul { list-style: none; margin: 0; padding: 0 24px 10px; display: flex; flex-wrap: wrap; gap: 18px; font: 14px Arial, sans-serif; }
    nav a { color: #d6e2ff; text-decoration: none; }
    .layout { display: flex; gap: 40px; max-width: 1100px; margin: 0 auto; padding: 24px; }
    article { flex: 1 1 0; max-width: 700px; }
    article h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
    article .byline { font: 14px Arial, sans-serif; color: #555; margin-bottom: 24px; }
    article h2 { font-size: 22px; margin: 28px 0 8px; }
    aside { flex: 0 0 260px; font: 15px/1.4 Arial, sans-serif; }
    aside h2 { font-size: 16px; text-transform: uppercase; letter-spacing: .05em; border-bottom: 2px solid #13294b; }
    aside li { margin-bottom: 12px; }
    aside a, footer a { color: #13294b; }
    footer { border-top: 1px solid #ccc; padding: 16px 24px 32px; font: 13px Arial, sans-serif; color: #555; max-width: 1100px; margin: 0 auto; }
  </style>
</head>
<body>
  <header class="site">
    <div class="brand">The Frontier Ledger</div>
    <nav aria-label="Sections">
      <ul>
        <li><a href="#">World</a></li>
        <li><a href="#">South Asia</a></li>
        <li><a href="#">Politics: Shehbaz Sharif's coalition</a></li>
        <li><a href="#">Business</a></li>
        <li><a href="#">Opinion</a></li>
      </ul>
    </nav>
  </header>
  <div class="layout">
    <main>
      <article>
        <h1>${escapeHtml(HEADLINE)}</h1>
        <div class="byline">By <span class="author">Staff Correspondent</span> · <time datetime="2025-10-30T09:00:00+00:00">30 October 2025</time></div>
${body}
      </article>
    </main>
    <aside aria-label="Related stories">
      <h2>Related stories</h2>
      <ul>
        <li><a href="#">Shehbaz Sharif meets Recep Tayyip Erdoğan in Ankara to discuss trade</a></li>
        <li><a href="#">Zabihullah Mujahid rejects claims of militant camps in Kunar</a></li>
        <li><a href="#">Narendra Modi and Ishaq Dar trade barbs over water treaty</a></li>
        <li><a href="#">World Bank approves new loan for Karachi port upgrade</a></li>
      </ul>
    </aside>
  </div>
  <footer>
    <p>© 2025 The Frontier Ledger. Editor-in-chief: Farah Siddiqui. Reporting team: Imran Qadir, Laila Rahimi.</p>
    <p><a href="#">About us</a> · <a href="#">Contact</a> · <a href="#">Privacy</a></p>
  </footer>
</body>
</html>
`;
}

/** Names that appear only in the page chrome (nav, aside, footer), never in the article. */
export const CHROME_ONLY_NAMES = [
  'Shehbaz Sharif',
  'Recep Tayyip Erdoğan',
  'Zabihullah Mujahid',
  'Narendra Modi',
  'Ishaq Dar',
  'Farah Siddiqui',
  'Imran Qadir',
  'Laila Rahimi',
  'Ankara',
  'Karachi',
  'World Bank',
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = readFileSync(join(here, 'seed-article.txt'), 'utf8');
  writeFileSync(join(here, 'index.html'), renderPage(seed));
  console.log(`wrote ${join(here, 'index.html')}`);
}
