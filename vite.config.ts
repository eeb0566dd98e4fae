import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Target = 'chrome' | 'firefox';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The Firefox gecko id; also used by the e2e tests to pin the extension's UUID. */
export const GECKO_ID = 'backstory@backstory.invalid';

/**
 * One manifest source for both browsers. Firefox differs in three ways: it wants an
 * event page (`background.scripts`), its own add-on id, and the data-collection
 * declaration that AMO requires since Firefox 140.
 */
function manifestFor(target: Target): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...baseManifest, version: pkg.version };
  if (target === 'firefox') {
    const background = baseManifest.background as { service_worker: string };
    manifest.background = { scripts: [background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Nothing about the page leaves the browser unless the reader turns on Wikipedia
        // lookups, which send the names of people, organisations and places (website
        // content) to Wikipedia and Wikidata: optional, asked for in the options page.
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * crxjs lists a content script imported with `?script` as a web-accessible resource, which
 * would let any page detect that Backstory is installed. The script is only ever injected
 * through the scripting API, which needs no such listing: take it out.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'backstory:no-web-accessible-resources',
    enforce: 'post',
    // After crxjs has written the final manifest (it finishes it last, so a bundle hook is too early).
    writeBundle(options) {
      const file = join(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (!('web_accessible_resources' in manifest)) return;
      delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // Self-contained content script: no loader (and see noWebAccessibleResources).
        contentScripts: { standaloneFiles: ['src/content/content-script.ts'] },
      }),
      noWebAccessibleResources(),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
    },
  };
});
