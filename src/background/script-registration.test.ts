import { describe, expect, it } from 'vitest';
import { registrationSync, type ContentScriptSpec, type ScriptingApi } from './script-registration.ts';

const ID = 'backstory-content';
const spec = (excludeMatches?: string[]): ContentScriptSpec => ({
  id: ID,
  matches: ['http://*/*', 'https://*/*'],
  ...(excludeMatches ? { excludeMatches } : {}),
  js: ['content.js'],
  css: ['highlights.css'],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
});

/** A scripting API that answers asynchronously, as the browser does, and logs every call. */
function fakeScripting() {
  const registered = new Map<string, ContentScriptSpec>();
  const calls: string[] = [];
  let wasMissing = false;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  const api: ScriptingApi = {
    async getRegisteredContentScripts(filter) {
      await tick();
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => ({ ...s }));
    },
    async registerContentScripts(scripts) {
      calls.push('register');
      await tick();
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    async updateContentScripts(scripts) {
      calls.push('update');
      await tick();
      // As the browsers do: fields left out keep their registered values.
      for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
    },
    async unregisterContentScripts(filter) {
      calls.push('unregister');
      await tick();
      for (const id of filter?.ids ?? []) registered.delete(id);
      wasMissing = true;
    },
  };
  return { api, registered, calls, missedOnce: () => wasMissing };
}

describe('content script registration', () => {
  it('registers once, and a settings change that does not move the script (lookups) touches nothing', async () => {
    const fake = fakeScripting();
    const sync = registrationSync(fake.api, ID, (e) => { throw e; });
    await sync(spec());
    await sync(spec());
    expect(fake.calls).toEqual(['register']);
    expect(fake.registered.get(ID)).toEqual(spec());
  });

  it('turning a site off updates the script in place: a page loading meanwhile is never left without it', async () => {
    const fake = fakeScripting();
    const sync = registrationSync(fake.api, ID, (e) => { throw e; });
    await sync(spec());
    await sync(spec(['*://example.org/*']));
    expect(fake.calls).toEqual(['register', 'update']);
    expect(fake.missedOnce()).toBe(false);
    expect(fake.registered.get(ID)?.excludeMatches).toEqual(['*://example.org/*']);
  });

  it('turning the last turned-off site back on removes its exclusion', async () => {
    const fake = fakeScripting();
    const sync = registrationSync(fake.api, ID, (e) => { throw e; });
    await sync(spec(['*://example.org/*']));
    await sync(spec());
    expect(fake.registered.get(ID)).toEqual(spec());
  });

  it('quick successive changes are applied in order and end with exactly the last one', async () => {
    const fake = fakeScripting();
    const errors: unknown[] = [];
    const sync = registrationSync(fake.api, ID, (e) => errors.push(e));
    await Promise.all([sync(spec()), sync(spec()), sync(spec(['*://a.test/*'])), sync(null), sync(spec(['*://b.test/*']))]);
    expect(errors).toEqual([]);
    expect(fake.registered.get(ID)?.excludeMatches).toEqual(['*://b.test/*']);
  });

  it('"only when I ask" removes the script; a failing call is reported and later calls still run', async () => {
    const fake = fakeScripting();
    const errors: unknown[] = [];
    const sync = registrationSync(fake.api, ID, (e) => errors.push(e));
    await sync(spec());
    await sync(null);
    expect(fake.registered.size).toBe(0);
    fake.api.registerContentScripts = () => Promise.reject(new Error('quota'));
    await sync(spec());
    expect(errors).toHaveLength(1);
    fake.api.registerContentScripts = async (scripts) => { for (const s of scripts) fake.registered.set(s.id, s); };
    await sync(spec());
    expect(fake.registered.has(ID)).toBe(true);
  });
});
