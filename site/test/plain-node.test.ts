/**
 * What runs under plain `node` (type stripping, no tsx) loads there: the publishing tool
 * (`npm run site:publish`) and every step of the benchmark (`npm run bench`). A site module
 * that imports the site's JSON without an import attribute, say, loads under Astro and vitest
 * but stops plain node at once; neither the type check nor the other tests would notice.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '..', '..')
const modules = [
  'site/tools/publish.ts',
  ...readdirSync(path.join(repo, 'bench', 'steps'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `bench/steps/${f}`),
]

describe('modules plain node runs', () => {
  it.each(modules)('%s loads', (file) => {
    const url = pathToFileURL(path.join(repo, file)).href
    const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)})`], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
      timeout: 60_000,
    })
    expect(loaded.status, loaded.stderr).toBe(0)
  })
})
