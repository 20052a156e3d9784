import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pointAtFileDatabase } from './database'

// Runs before each test file (vitest.config.ts setupFiles). Test files run two at a time, so each
// gets a data folder of its own inside the run's scratch folder (DATA_DIR there): its uploads, and
// a snapshot or site it makes without naming a folder, never meet another file's. The run's
// scratch folder, with these in it, is removed when the run ends.
process.env.DATA_DIR = mkdtempSync(path.join(process.env.DATA_DIR ?? tmpdir(), 'file-'))

// On a database server (npm run test:db), this file's own database, copied from the migrated template.
pointAtFileDatabase()
