/**
 * The commands that make web versions of photos run on jemalloc when Debian's libjemalloc2 is
 * installed (scripts/jemalloc.sh, preloaded by scripts/run.sh; `npm test` installs it), so that
 * sharp lets libvips use every core instead of one thread per operation.
 */
import { execFile } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const exec = promisify(execFile)
const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined
const glibcLinux = os.platform() === 'linux' && Boolean(report?.header?.glibcVersionRuntime)

describe.runIf(glibcLinux)('jemalloc for photos (glibc Linux)', () => {
  it('npm run media-tools runs with jemalloc preloaded, and sharp then uses every core per operation', async () => {
    const { stdout } = await exec('bash', [path.join(root, 'scripts/run.sh'), 'media-tools', 'info'], {
      cwd: root,
      env: { ...process.env, LD_PRELOAD: '' },
      timeout: 120_000,
    })
    const info = JSON.parse(stdout) as { threadsPerOperation: number; cores: number }
    expect(info.threadsPerOperation).toBe(os.availableParallelism())
  })

  it('without it (plain node), sharp keeps libvips at one thread per operation', async () => {
    const { stdout } = await exec(process.execPath, [path.join(root, 'media-tools/bin/media-tools.mjs'), 'info'], {
      env: { ...process.env, LD_PRELOAD: '' },
      timeout: 60_000,
    })
    expect(JSON.parse(stdout).threadsPerOperation).toBe(1)
  })
})
