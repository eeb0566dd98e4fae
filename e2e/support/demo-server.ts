/** Starts the demo server for a test file; fixture pages are mounted under /pages/ with scripts stripped. */
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve-demo.ts';
import { demoDir, repoRoot } from './paths.ts';

/** Saved pages shared with the src/page tests (one copy in the repo, with their licence files). */
export const fixturePagesDir = join(repoRoot, 'src', 'page', 'fixtures');

export function startDemoServer(): Promise<RunningServer> {
  return startServer(demoDir, 0, { mounts: { '/pages/': fixturePagesDir }, stripScripts: true });
}
