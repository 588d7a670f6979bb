import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * electron-vite builds the three processes into `out/`:
 * - main (ESM) from `electron/main/index.ts`,
 * - preload as CommonJS (`out/preload/index.cjs`), because an ESM preload would force `sandbox: false`,
 * - the renderer from `renderer/` (React + reveal.js, everything bundled, nothing from a CDN).
 */
/**
 * JSON files imported from dependencies (i18n-iso-countries' locale) are bundled into main: left external, Node's
 * ESM loader refuses them without an import attribute, which Rollup does not keep.
 */
function bundleJsonDependencies(): Plugin {
  return {
    name: 'briefdeck-bundle-json-deps',
    options(options) {
      const external = options.external;
      if (!external) return null;
      const listed = typeof external === 'function' ? [] : [external].flat();
      const matches = (id: string): boolean =>
        listed.some((e) => (typeof e === 'string' ? e === id : e.test(id)));
      return {
        ...options,
        external: (id, importer, isResolved) =>
          id.endsWith('.json')
            ? false
            : typeof external === 'function'
              ? external(id, importer, isResolved)
              : matches(id),
      };
    },
  };
}

export default defineConfig({
  main: {
    plugins: [bundleJsonDependencies()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Worker entries: the import worker and the drafting step it loads (see importInWorker, draftStep).
          importWorker: resolve(__dirname, 'electron/services/import/importWorker.ts'),
          draftStep: resolve(__dirname, 'electron/services/import/draftStep.ts'),
        },
        // Chunks beside the entries, not in chunks/: code that finds `./importWorker.js` or `./draftStep.js`
        // beside itself (import.meta.url) works from whichever chunk it lands in (the CLI commands load lazily).
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          print: resolve(__dirname, 'renderer/print.html'),
          present: resolve(__dirname, 'renderer/present.html'),
        },
      },
    },
  },
});
