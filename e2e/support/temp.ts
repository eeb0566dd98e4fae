/** Throwaway HOME/TMPDIR/profile folders: headless browsers write into all of them. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sandbox {
  root: string;
  home: string;
  tmp: string;
  profile: string;
  /** process.env with HOME and TMPDIR pointed into the sandbox. */
  env: Record<string, string>;
  remove(): void;
}

export function makeSandbox(label: string): Sandbox {
  const root = mkdtempSync(join(tmpdir(), `backstory-${label}-`));
  const home = join(root, 'home');
  const tmp = join(root, 'tmp');
  const profile = join(root, 'profile');
  for (const d of [home, tmp, profile]) mkdirSync(d, { recursive: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') });
  return {
    root,
    home,
    tmp,
    profile,
    env,
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 3 }),
  };
}
