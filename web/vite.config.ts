/**
 * The web application: Preact + ECharts, built by Vite into web/dist, which `luoshi serve` serves as static files.
 * No inline scripts or styles end up in index.html (the server sends CSP default-src 'self').
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // the modulepreload polyfill would be an inline script; Chromium, Firefox and Safari support modulepreload
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
