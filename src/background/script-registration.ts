/**
 * Keeping one dynamically registered content script in step with the settings, without a
 * moment where it is missing. The scripting API is passed in, so this runs in node tests
 * against a fake as well as in the extension.
 *
 * Why not "unregister, then register" on every settings change: a page that starts loading
 * between the two calls gets no content script at all, and most settings (lookups, the
 * card's delay) have nothing to do with where the script runs. So a change is applied only
 * when the registration would differ, in place (`updateContentScripts`), and changes are
 * applied one at a time so that two quick saves cannot interleave their calls.
 */

export interface ContentScriptSpec {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** What the browser reports back of a registered script (the fields compared). */
interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
}

/** The part of chrome.scripting / browser.scripting this needs. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
  updateContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a registered script already is the wanted one (fields the browser reports back). */
function matchesSpec(registered: RegisteredScript, wanted: ContentScriptSpec): boolean {
  return (
    sameList(registered.matches, wanted.matches) &&
    sameList(registered.excludeMatches, wanted.excludeMatches) &&
    sameList(registered.js, wanted.js) &&
    sameList(registered.css, wanted.css)
  );
}

/** Makes the registration under `id` be `wanted` (or absent when null). */
async function apply(scripting: ScriptingApi, id: string, wanted: ContentScriptSpec | null): Promise<void> {
  const [registered] = await scripting.getRegisteredContentScripts({ ids: [id] });
  if (wanted === null) {
    if (registered) await scripting.unregisterContentScripts({ ids: [id] });
  } else if (!registered) {
    await scripting.registerContentScripts([wanted]);
  } else if (!matchesSpec(registered, wanted)) {
    if (registered.excludeMatches?.length && !wanted.excludeMatches?.length) {
      // An update leaves out fields it is not given, so it cannot drop the last excluded
      // site; only this rare change (the last turned-off site back on) re-registers.
      await scripting.unregisterContentScripts({ ids: [id] });
      await scripting.registerContentScripts([wanted]);
    } else {
      await scripting.updateContentScripts([wanted]);
    }
  }
}

/**
 * Returns a function that brings the registration to the spec it is given, applying calls
 * in order; a failure is reported and does not stop later calls.
 */
export function registrationSync(
  scripting: ScriptingApi,
  id: string,
  onError: (error: unknown) => void,
): (wanted: ContentScriptSpec | null) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (wanted) => {
    queue = queue.then(() => apply(scripting, id, wanted)).catch(onError);
    return queue;
  };
}
