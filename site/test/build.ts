import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `astro build` of the real site from a snapshot into `outDir`; rejects with the build's output. */
export function astroBuild(snapshotDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(path.join(siteDir, 'node_modules/.bin/astro'), ['build'], {
      cwd: siteDir,
      env: { ...process.env, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`astro build failed:\n${output.slice(-4000)}`)),
    )
  })
}
