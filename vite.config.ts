import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build: relative asset paths so both app:// and the browser host serve it. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'chrome130',
  },
});
