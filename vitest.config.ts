import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: pure logic and DOM code (jsdom per file via `// @vitest-environment jsdom`), fast.
 * - e2e: real Chromium and Firefox ESR with the built extension (needs `npm run build`);
 *   one file at a time, long timeouts.
 *
 * This file deliberately does not extend vite.config.ts: the extension build plugins
 * have no business in tests.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The English strings, as browser.i18n gives them in the extension.
          setupFiles: ['./src/shared/i18n-catalogue.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'],
          environment: 'node',
          // Files run in parallel on 2-core CI machines; jsdom property tests need headroom.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          retry: 0,
        },
      },
    ],
  },
});
