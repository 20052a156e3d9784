import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The product's data folder (the shared product is started on a fresh one by setup.ts, which
 * does not pass it on): DATA_DIR when the tests are pointed at a running product, otherwise the
 * folder that holds the build the CMS reports as live.
 */
export function dataDir(buildId: string): string {
  const candidates = [process.env.E2E_DATA_DIR, process.env.DATA_DIR].filter((dir): dir is string => Boolean(dir))
  for (const name of readdirSync(tmpdir()))
    if (name.startsWith('heritage-e2e-')) candidates.push(path.join(tmpdir(), name))
  const found = candidates.find(
    (dir) => existsSync(path.join(dir, 'heritage.db')) && existsSync(path.join(dir, 'site', 'builds', buildId)),
  )
  if (!found) throw new Error(`No data folder with build ${buildId}: set E2E_DATA_DIR.`)
  return found
}
