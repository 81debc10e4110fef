import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

const nodeExternals = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
];

/** The main process: ESM, Node built-ins and dependencies left to node_modules. */
const main: UserConfig = {
  build: {
    outDir: 'dist-electron',
    emptyOutDir: false,
    target: 'node22',
    ssr: 'electron/main/index.ts',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: nodeExternals,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
};

/** The preload of a sandboxed window: one CommonJS file that requires nothing but electron. */
const preload: UserConfig = {
  build: {
    outDir: 'dist-electron',
    emptyOutDir: false,
    target: 'chrome130',
    ssr: 'electron/preload/index.ts',
    minify: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs', inlineDynamicImports: true },
    },
  },
  ssr: { noExternal: true },
};

/** The renderer, loaded by the desktop window from disk and by the HTTP host. */
const renderer: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
};

export default defineConfig(({ mode }) => (mode === 'main' ? main : mode === 'preload' ? preload : renderer));
