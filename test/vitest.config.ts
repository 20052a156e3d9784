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
    // What a person waits for in a browser (a toast, a rebuilt page) may take seconds on a loaded
    // CI machine: vitest's default of 1 s for expect.poll made tests fail there and pass here.
    expect: { poll: { timeout: 15_000 } },
    // Starting the product may include the first `next build` of the admin.
    hookTimeout: 15 * 60_000,
  },
})
