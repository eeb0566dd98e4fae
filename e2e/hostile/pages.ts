/**
 * Hostile pages for the reliability suite, made by code (served by e2e/support/fixture-server.ts
 * under /hostile/…). Each one attacks one assumption the extension could make about a page.
 */
import type { RoutedPage } from '../support/fixture-server.ts';
import { STORY_PARAGRAPHS, STORY_TITLE, articlePage, storyHtml } from './story.ts';

/** What a payload does if it ever runs: marks the document (visible to every world). */
const PWN = (tag: string) => `document.documentElement.setAttribute('data-pwned','${tag}')`;
/** HTML payloads, escaped so that the page shows them as TEXT. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const PAYLOADS = {
  img: `<img src=x onerror="${PWN('img')}">`,
  script: `<script>${PWN('script')}</script>`,
  svg: `<svg onload="${PWN('svg')}"></svg>`,
  attr: `"><img src=x onerror=${PWN('attr')}>`,
};

function xss(): RoutedPage {
  const p = [...STORY_PARAGRAPHS];
  p[1] = `“${escape(PAYLOADS.img)} We came here to sign a fair deal, and we will not sign an unfair one,” said Harbour Minister Lars Eklund, who led the Norwegian delegation. Eklund told reporters that ${escape(PAYLOADS.script)} Norway would continue to fund the dredging work.`;
  p[2] = `Nigeria’s ${escape(PAYLOADS.svg)} Transport Minister, Amina Okonkwo, said the Norwegian offer ignored the terminal’s debts. “The numbers ${escape(PAYLOADS.attr)} on the table are not the numbers in the ledger,” Okonkwo said at a press conference in Lagos.`;
  p.push(`“${escape(PAYLOADS.script)}” is what the consultancy’s invoice said in its memo line, according to Bonny Maritime Holdings.`);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `${STORY_TITLE} ${PAYLOADS.img}`,
    author: { '@type': 'Person', name: PAYLOADS.attr },
  }).replace(/</g, '\\u003c');
  return {
    body: articlePage({
      title: `${escape(STORY_TITLE)} ${escape(PAYLOADS.img)}`,
      head: `<script type="application/ld+json">${jsonLd}</script>`,
      body: storyHtml(p),
    }),
  };
}

/** Re-renders the whole article every 500 ms, as a client-side framework would; `window.__stopRerender()` stops it. */
function rerender(): RoutedPage {
  return {
    body: articlePage({
      body: `<div id="app">${storyHtml()}</div>`,
      after: `<script>
        const app = document.getElementById('app');
        const html = app.innerHTML;
        window.__renders = 0;
        const timer = setInterval(() => { app.innerHTML = html; window.__renders++; }, 500);
        window.__stopRerender = () => clearInterval(timer);
      </script>`,
    }),
  };
}

/** Appends another story each time the reader nears the bottom. */
function infiniteScroll(): RoutedPage {
  return {
    body: articlePage({
      body: `${storyHtml()}<div id="more"></div><div id="sentinel" style="height:1px"></div>`,
      after: `<script>
        const more = document.getElementById('more');
        const paragraphs = ${JSON.stringify(STORY_PARAGRAPHS)};
        window.__appended = 0;
        // Loads the next story whenever the sentinel below the article comes into view.
        const sentinel = document.getElementById('sentinel');
        const io = new IntersectionObserver((entries) => {
          if (!entries.some((e) => e.isIntersecting) || window.__appended >= 5) return;
          const section = document.createElement('section');
          section.innerHTML = '<h2>More: part ' + (++window.__appended) + '</h2>' + paragraphs.map((p) => '<p>' + p + '</p>').join('');
          more.append(section);
          io.unobserve(sentinel);
          io.observe(sentinel);
        });
        io.observe(sentinel);
      </script>`,
    }),
  };
}

function iframes(): RoutedPage {
  const framed = escape(`<p>${STORY_PARAGRAPHS[1]}</p><p>${STORY_PARAGRAPHS[2]}</p>`);
  const p = [...STORY_PARAGRAPHS];
  p.splice(2, 0, `<iframe id="srcdoc-frame" srcdoc="${framed}" width="600" height="200"></iframe>`);
  p.splice(4, 0, `<iframe id="src-frame" src="/hostile/framed-article.html" width="600" height="300"></iframe>`);
  return { body: articlePage({ body: p.map((x) => (x.startsWith('<iframe') ? x : `<p>${x}</p>`)).join('\n') }) };
}

/** A whole article page of its own, shown inside a frame. */
function framedArticle(): RoutedPage {
  return { body: articlePage({ body: storyHtml() }) };
}

/** Names inside the page's own shadow roots: one declarative, one attached by script. */
function shadow(): RoutedPage {
  const p = STORY_PARAGRAPHS.map((x) => `<p>${x}</p>`);
  p.splice(2, 0, `<div id="declarative"><template shadowrootmode="open"><p>${STORY_PARAGRAPHS[1]}</p></template></div>`);
  p.splice(4, 0, `<story-quote id="scripted"></story-quote>`);
  return {
    body: articlePage({
      body: p.join('\n'),
      after: `<script>
        const host = document.getElementById('scripted');
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>' + ${JSON.stringify(STORY_PARAGRAPHS[2])} + '</p>';
        window.__shadowBefore = [document.getElementById('declarative').shadowRoot.innerHTML, host.shadowRoot.innerHTML];
      </script>`,
    }),
  };
}

/** Editable regions and form fields holding names, inside the article. */
function editable(): RoutedPage {
  const p = STORY_PARAGRAPHS.map((x) => `<p>${x}</p>`);
  p.splice(2, 0, `<div id="editor" contenteditable="true"><p>${STORY_PARAGRAPHS[1]}</p><p>Draft: Lars Eklund and Amina Okonkwo met in Oslo.</p></div>`);
  p.splice(4, 0, `<form><label>Comment <textarea id="comment" rows="4" cols="60">Harbour Minister Lars Eklund said Norway would pay. Amina Okonkwo said Nigeria would not.</textarea></label>
    <input id="name" value="Amina Okonkwo"> <select id="country"><option>Norway</option><option>Nigeria</option></select></form>`);
  return { body: articlePage({ body: p.join('\n') }) };
}

/** The strictest CSP a page can send: nothing loads, no inline style or script, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

function csp(): RoutedPage {
  return { body: articlePage({ body: storyHtml() }), headers: { 'Content-Security-Policy': STRICT_CSP } };
}

/** A French news article: people, places and quotes, none of it English. */
function nonEnglish(): RoutedPage {
  const fr = [
    'Les négociations entre la Norvège et le Nigeria sur l’avenir du terminal de Bonny Island se sont achevées vendredi à Oslo sans accord, après quatre jours de discussions que les deux délégations jugeaient décisives.',
    '« Nous sommes venus signer un accord équitable, et nous ne signerons pas un accord injuste », a déclaré le ministre des Ports, Lars Eklund, qui dirigeait la délégation norvégienne. Selon lui, la Norvège continuera de financer les travaux de dragage jusqu’à la fin de l’année.',
    'La ministre nigériane des Transports, Amina Okonkwo, a estimé que l’offre norvégienne ignorait les dettes du terminal. « Les chiffres sur la table ne sont pas ceux du registre », a-t-elle affirmé samedi lors d’une conférence de presse à Lagos.',
    'Selon des responsables de l’Organisation mondiale du commerce, le différend a déjà retardé des livraisons de gaz naturel liquéfié vers le Portugal et l’Espagne. Des sources proches des négociations évoquent un second cycle à Genève le mois prochain.',
    'Il est allégué qu’un cabinet de conseil engagé par l’exploitant du terminal a gonflé le coût du contrat de dragage. L’exploitant a démenti ces accusations dans un communiqué et s’est dit prêt à coopérer avec toute enquête.',
  ];
  return { body: articlePage({ lang: 'fr', title: 'Les négociations portuaires entre la Norvège et le Nigeria échouent', body: storyHtml(fr) }) };
}

/** The story repeated to `words` words, paragraph by paragraph, each paragraph numbered. */
export function longArticle(words: number): RoutedPage {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = STORY_PARAGRAPHS[i % STORY_PARAGRAPHS.length]!;
    if (i % STORY_PARAGRAPHS.length === 0) out.push(`<h2>Part ${i / STORY_PARAGRAPHS.length + 1}</h2>`);
    out.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  return { body: articlePage({ body: out.join('\n') }) };
}

export const HOSTILE_ROUTES: Record<string, () => RoutedPage> = {
  '/hostile/xss.html': xss,
  '/hostile/rerender.html': rerender,
  '/hostile/infinite-scroll.html': infiniteScroll,
  '/hostile/iframes.html': iframes,
  '/hostile/framed-article.html': framedArticle,
  '/hostile/shadow.html': shadow,
  '/hostile/editable.html': editable,
  '/hostile/csp.html': csp,
  '/hostile/non-english.html': nonEnglish,
  '/hostile/long-100k.html': () => longArticle(100_000),
  '/hostile/long-40k.html': () => longArticle(40_000),
};
