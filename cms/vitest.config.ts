import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Each test file boots its own Payload on its own in-memory SQLite database.
    env: { DATABASE_URL: ':memory:', PAYLOAD_SECRET: 'test-secret-for-vitest-only', NODE_ENV: 'test' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
