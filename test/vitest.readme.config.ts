import { defineConfig } from 'vitest/config'

// The README test (test/readme): runs after the browser tests, whose admin build it reuses.
export default defineConfig({
  test: {
    include: ['readme/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
  },
})
