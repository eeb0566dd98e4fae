/** The page contract: `<html data-backstory="STATE">`, which tests and user styles rely on. */
import type { PageState } from '../shared/protocol.ts';

const ATTR = 'data-backstory';

export function setPageState(doc: Document, state: PageState): void {
  doc.documentElement.setAttribute(ATTR, state);
}

export function clearPageState(doc: Document): void {
  doc.documentElement.removeAttribute(ATTR);
}
