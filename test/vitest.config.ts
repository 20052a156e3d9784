import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup.ts'],
    environment: 'node',
    pool: 'forks',
    // One product instance is shared by the whole run; files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    // Starting the product may include the first `next build` of the admin.
    hookTimeout: 15 * 60_000,
  },
})
