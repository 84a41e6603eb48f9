import { createRequire } from 'node:module';

import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:browser`: the SDK's ES module build in Debian's Chromium, calling the API from another
 * origin. Kept apart from `npm test` because it needs a browser on the machine (`/usr/bin/chromium`).
 */
export default defineConfig({
  resolve: {
    // The same single copy of graphql as in vitest.config.mts: the server's schema is built with it.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql/index.js') }],
  },
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
