/**
 * The news story the hostile pages tell (written for these tests, MIT like the project):
 * named people with titles, organisations, places, quotes and reported speech, so that
 * the analysis has actors and claims to find on every page.
 */
export const STORY_TITLE = 'Harbour talks between Norway and Nigeria end without a deal';

export const STORY_PARAGRAPHS = [
  'Talks in Oslo between Norway and Nigeria over the future of the Bonny Island shipping terminal ended on Friday without an agreement, after four days of negotiations that both delegations had described as decisive.',
  '“We came here to sign a fair deal, and we will not sign an unfair one,” said Harbour Minister Lars Eklund, who led the Norwegian delegation. Eklund told reporters that Norway would continue to fund the dredging work until the end of the year.',
  'Nigeria’s Transport Minister, Amina Okonkwo, said the Norwegian offer ignored the terminal’s debts. “The numbers on the table are not the numbers in the ledger,” Okonkwo said at a press conference in Lagos on Saturday.',
  'According to officials at the World Trade Organization, the dispute has already delayed shipments of liquefied gas to Portugal and Spain. Sources close to the talks suggest that a second round could take place in Geneva next month.',
  'It is alleged that a consultancy hired by the terminal’s operator inflated the cost of the dredging contract. The operator, Bonny Maritime Holdings, denied the allegation in a statement and said it would cooperate with any inquiry.',
  'Eklund warned that Norway might consider other options if the terminal’s accounts were not opened to inspection. Okonkwo replied that Nigeria would not accept conditions that no other partner had been asked to meet.',
];

export function storyHtml(paragraphs: string[] = STORY_PARAGRAPHS): string {
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

/** A whole article page: head with og:type article, nav, the article, an aside and a footer. */
export function articlePage(options: { title?: string; head?: string; body: string; after?: string; lang?: string }): string {
  const title = options.title ?? STORY_TITLE;
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:type" content="article">
${options.head ?? ''}
</head>
<body>
<header class="site-header"><a href="/">The Harbour Herald</a> <nav><a href="/world">World</a> <a href="/business">Business</a> Lars Eklund in the news</nav></header>
<main>
<article>
<h1>${title}</h1>
<p class="byline">By Staff Reporter, Oslo</p>
${options.body}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Amina Okonkwo visits Norway</a></li><li><a href="/b">World Trade Organization report on Portugal</a></li></ul></aside>
</main>
<footer>© The Harbour Herald. Contact Lars Eklund’s office.</footer>
${options.after ?? ''}
</body>
</html>
`;
}
