import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://localhost:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    // The manifest tells the sign-in budget test (bundle-budget.test.ts) which files a route loads.
    manifest: true,
    // Fonts stay files, fetched only for the characters a page shows (unicode-range), instead of
    // base64 inside the stylesheet every page downloads.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    // The entry names every page's chunk; listing each page's shared Mantine chunks beside it for
    // preloading cost the sign-in page ~2 kB. Pages now fetch their imports when they load (one
    // round trip more on a page's first visit, cached after); stylesheets are still preloaded.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'js' && /(^|\/)index-[^/]*\.js$/.test(hostId) ? [] : deps,
    },
  },
  server: {
    proxy: {
      // ws: the live socket (/api/v1/live) is an upgrade of the same path.
      '/api': { target: backend, changeOrigin: false, ws: true },
      '/metrics': { target: backend, changeOrigin: false },
    },
  },
});
