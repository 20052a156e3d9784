import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { run } from './run'

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotDir: string
  }
}

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')

const payload = (args: string[], env: NodeJS.ProcessEnv) =>
  run(path.join(cmsDir, 'node_modules/.bin/payload'), args, cmsDir, env)

/**
 * The site is tested on a real snapshot: the demo content, seeded into a scratch SQLite database
 * and exported by the CMS exactly as a publish does. SNAPSHOT_DIR reuses an existing one instead.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_SNAPSHOT_DIR) {
    project.provide('snapshotDir', path.resolve(process.env.TEST_SNAPSHOT_DIR))
    return
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'heritage-site-test-'))
  mkdirSync(dataDir, { recursive: true })
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PAYLOAD_SECRET: 'site-tests-only',
    SITE_URL: 'https://disan.example.vn',
    SITE_AUTOBUILD: '0',
    SEED_QUIET_ACCOUNTS: '1',
    NODE_OPTIONS: '--no-deprecation',
  }
  await payload(['run', 'src/seed/run.ts'], env)
  await payload(['run', 'src/snapshot/run.ts'], env)
  project.provide('snapshotDir', path.join(dataDir, 'snapshot'))
  return () => rmSync(dataDir, { recursive: true, force: true })
}
