/** Starts the demo server for a test file; fixture pages are mounted under /pages/ with scripts stripped. */
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve-demo.ts';
import { demoDir, repoRoot } from './paths.ts';

export const fixturePagesDir = join(repoRoot, 'e2e', 'fixtures', 'pages');

export function startDemoServer(): Promise<RunningServer> {
  return startServer(demoDir, 0, { mounts: { '/pages/': fixturePagesDir }, stripScripts: true });
}
