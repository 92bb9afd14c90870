import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The same stand-in as the bundle (scripts/build.mjs): secretlint's profiler is quadratic.
    alias: { '@secretlint/profiler': fileURLToPath(new URL('./src/vendor/secretlint-profiler.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vite resolves the imports of inlined dependencies, so the alias reaches secretlint's own import.
    server: { deps: { inline: ['@secretlint/core'] } },
  },
});
