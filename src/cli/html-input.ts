/** HTML input for the CLI: the same article extraction as the extension, on jsdom. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../page/article-text.ts';

export function readHtmlArticle(html: string): { text: string; title: string | null } | null {
  // Scripts never run and resources never load: jsdom's defaults, stated for the reader.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: 'https://article.invalid/', runScripts: undefined, resources: undefined, virtualConsole });
  try {
    const article = extractArticle(dom.window.document);
    return article ? { text: article.text, title: article.title } : null;
  } finally {
    dom.window.close();
  }
}
