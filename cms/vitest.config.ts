import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Uploads made by tests go to a scratch folder of this run's own, never into cms/data, removed when
// the run ends: two runs at once (two checkouts on one machine) do not empty each other's folder.
const scratch = mkdtempSync(path.join(tmpdir(), 'heritage-cms-test-uploads-'))
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }))

export default defineConfig({
  // Server components are called as functions in tests (tsconfig keeps JSX for Next to compile).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Each test file boots its own Payload on its own in-memory SQLite database.
    env: {
      DATABASE_URL: ':memory:',
      DATA_DIR: scratch,
      PAYLOAD_SECRET: 'test-secret-for-vitest-only',
      NODE_ENV: 'test',
      // No site builds from saves in tests; test/publish.test.ts turns it back on for itself.
      SITE_AUTOBUILD: '0',
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
