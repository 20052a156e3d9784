import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './run'

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `astro build` of the real site from a snapshot into `outDir`; rejects with the build's output. */
export const astroBuild = (snapshotDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<string> =>
  run(path.join(siteDir, 'node_modules/.bin/astro'), ['build'], siteDir, {
    ...process.env,
    SNAPSHOT_DIR: snapshotDir,
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  })
