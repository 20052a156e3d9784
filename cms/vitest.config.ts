import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { DATABASE_SUITE, requestedTestDatabase } from './test/database.ts'

// Uploads made by tests go to a scratch folder of this run's own, never into cms/data, removed when
// the run ends: two runs at once (two checkouts on one machine) do not empty each other's folder.
const scratch = mkdtempSync(path.join(tmpdir(), 'heritage-cms-test-uploads-'))
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }))

// `npm run test:db -- [URL]` runs the database suite on a database server (test/database.ts).
const onServer = requestedTestDatabase() !== null

export default defineConfig({
  // Server components are called as functions in tests (tsconfig keeps JSX for Next to compile).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: onServer ? DATABASE_SUITE : ['test/**/*.test.ts'],
    // The server (a throw-away PostgreSQL cluster, or the one named) and its migrated template.
    globalSetup: ['test/databaseServer.ts'],
    environment: 'node',
    pool: 'forks',
    // Two test files at a time even on two cores (Vitest's default is one fewer worker than cores,
    // one file at a time there): most of a file's time is one process loading and booting Payload,
    // which keeps one core busy, so a second file in parallel nearly halves the run. At most four
    // (each holds a Payload in memory).
    maxWorkers: Math.min(Math.max(availableParallelism(), 2), 4),
    // Each file's own data folder (uploads, default snapshot and site folders) inside `scratch`,
    // and its own database.
    setupFiles: ['test/setup-data-dir.ts'],
    // Each test file boots its own Payload on its own database: in-memory SQLite, or on a server
    // a database of its own that test/setup-data-dir.ts points DATABASE_URL at.
    env: {
      DATABASE_URL: ':memory:',
      DATA_DIR: scratch,
      PAYLOAD_SECRET: 'test-secret-for-vitest-only',
      NODE_ENV: 'test',
      // No site builds from saves in tests; test/publish.test.ts turns it back on for itself.
      SITE_AUTOBUILD: '0',
    },
    // A database server answers over a socket, one round trip per query: the access matrix's
    // longest tests take longer on it than on in-memory SQLite (a minute and more on a busy machine).
    testTimeout: onServer ? 180_000 : 60_000,
    hookTimeout: 120_000,
  },
})
