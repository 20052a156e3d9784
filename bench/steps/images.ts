/**
 * The photo pipeline against plain sharp single-threaded: bench/images.ts, run as its own process;
 * then an officer's upload of 12 MP photos through REST (bench/lib/upload.ts).
 */
import os from 'node:os'
import path from 'node:path'
import { BENCH, env } from '../lib/config.ts'
import { say, section } from '../lib/output.ts'
import { run } from '../lib/process.ts'
import { measured } from '../lib/targets.ts'
import { benchUpload } from '../lib/upload.ts'

/** Four photos keep the suite short; `npm run bench:images` runs eight and prints the whole table. */
const PHOTOS = 4
/** Uploads through REST: five give a p95 that is the slowest, with the worker busy on the earlier ones. */
const UPLOADS = 5

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

  const upload = await benchUpload({ photos: UPLOADS, log: say })
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  say(`upload: p95 ${s(upload.p95)} until the response; web versions ready after ${upload.ready.map(s).join(', ')}`)
  section('Upload of a 12 MP photo through REST (bench/lib/upload.ts)', [
    [
      `${upload.photos} photos of 4032×3024, ${upload.megabytes.toFixed(1)} MB each, one after another: until the response, p95`,
      s(upload.p95),
      `each: ${upload.responses.map(s).join(', ')}`,
    ],
    [
      'from each upload until its web versions were ready (made one at a time by the server)',
      s(Math.max(...upload.ready)),
      `each: ${upload.ready.map(s).join(', ')}; load average ${os.loadavg()[0]?.toFixed(1)}`,
    ],
  ])
  measured(
    'upload',
    s(upload.p95),
    upload.p95 <= 2000,
    `web versions ready ${s(Math.min(...upload.ready))}–${s(Math.max(...upload.ready))} after the upload`,
  )
}
