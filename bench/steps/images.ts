/** The photo pipeline against plain sharp single-threaded: bench/images.ts, run as its own process. */
import path from 'node:path'
import { BENCH, env } from '../lib/config.ts'
import { say, section } from '../lib/output.ts'
import { run } from '../lib/process.ts'
import { measured } from '../lib/targets.ts'

/** Four photos keep the suite short; `npm run bench:images` runs eight and prints the whole table. */
const PHOTOS = 4

export async function imagesStep() {
  const output = await run(process.execPath, [path.join(BENCH, 'images.ts'), '--count', String(PHOTOS)], {
    cwd: BENCH,
    env,
  })
  const times = /vs plain sharp single-threaded:\s+([\d.]+)×/.exec(output)?.[1]
  if (!times) throw new Error(`bench/images.ts printed no comparison:\n${output.slice(-2000)}`)
  const jemalloc = (env.LD_PRELOAD ?? '').includes('jemalloc')
  say(`images: ${times}× plain sharp single-threaded`)
  section('Photos (bench/images.ts)', [
    [
      `derivative sets of ${PHOTOS} photos of 12 MP, photos/s`,
      `${times}× plain sharp single-threaded`,
      jemalloc ? 'jemalloc preloaded' : 'without jemalloc: libvips at one thread per operation',
    ],
  ])
  measured('images', `${times}×`, Number(times) >= 1.7)
}
