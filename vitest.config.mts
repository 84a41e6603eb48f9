import { createRequire } from 'node:module';

import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (`main`) and ESM (`module`) builds. Node loads the CommonJS one for the
    // server's dependencies (type-graphql, Apollo); Vite would pick the ESM one for our sources, and
    // two copies of graphql cannot share a schema. Point both at the same file.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql/index.js') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // test/browser needs Chromium and runs on its own: `npm run test:browser` (vitest.browser.config.mts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    globalSetup: ['test/setup/global-setup.ts'],
    // Each integration file gets its own database cloned from a prepared template (test/setup).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
