/**
 * Content script entry: one Annotator per page, driven by the settings and by messages
 * from the background and the popup (see src/shared/protocol.ts).
 */
import browser from '../shared/browser.ts';
import { isContentMessage, type ContentMessage, type ContentReply } from '../shared/protocol.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { Annotator } from './annotator.ts';

/** Set once per page in the content script's own world, so a second injection is a no-op. */
const LOADED = Symbol.for('backstory.content');

async function main(): Promise<void> {
  // Only the top frame: an article is the page, not its ads' frames.
  if (window.top !== window) return;
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  // Listen before anything is awaited: a script injected on demand is sent a command at once.
  const ready = loadSettings().then((settings) => new Annotator(document, settings));
  browser.runtime.onMessage.addListener((message: unknown): Promise<ContentReply> | undefined => {
    if (!isContentMessage(message)) return undefined;
    return ready.then((annotator) => handle(annotator, message)).catch((error: unknown) => ({ ok: false, error: String(error) }));
  });
  const annotator = await ready;
  onSettingsChanged((settings) => annotator.updateSettings(settings));
  await annotator.start(false);
}

async function handle(annotator: Annotator, message: ContentMessage): Promise<ContentReply> {
  switch (message.type) {
    case 'annotate':
      await annotator.start(message.force);
      return annotator.reply();
    case 'set-highlights':
      return annotator.setHighlights(message.on);
    case 'reveal':
      return annotator.reveal(message.target);
    case 'step-highlight':
      return annotator.step(message.direction);
  }
}

main().catch((error: unknown) => {
  // Never let Backstory's failure become the page's: report quietly.
  console.debug('[backstory]', error);
});
