/**
 * Image pipeline benchmark: media-tools' processImage, as the product runs it, against plain sharp
 * single-threaded doing the same resizes and formats, on generated photos. Each run is its own
 * child process, so that its peak memory and its sharp settings are its own. Prints numbers only;
 * see bench/README.md.
 *
 *   node bench/images.ts [--count 8] [--width 4000] [--height 3000]
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  DEFAULT_WIDTHS,
  ENCODER_OPTIONS,
  FILE_EXTENSIONS,
  IMAGE_FORMATS,
  plannedWidths,
  processImage,
} from '../media-tools/src/images.ts'
import { photo } from '../media-tools/test/fixtures/images.ts'

// sharp is a dependency of media-tools, not of the repository root.
const require = createRequire(new URL('../media-tools/package.json', import.meta.url))
const sharp: typeof import('sharp') = require('sharp')

const RUNS = ['baseline', 'ours', 'cached'] as const
type RunName = (typeof RUNS)[number]

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '8' },
    width: { type: 'string', default: '4000' },
    height: { type: 'string', default: '3000' },
    // Internal: one run in a child process, on the photos of a folder.
    run: { type: 'string' },
    work: { type: 'string' },
  },
})

function positiveInteger(name: string, value: string | undefined): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    console.error(`--${name} must be a positive integer, got ${value}`)
    process.exit(2)
  }
  return number
}

interface Run {
  seconds: number
  /** User + system CPU time of the whole process, every thread. */
  cpuSeconds: number
  outputBytes: number
  /** Peak resident memory of the process (getrusage maxrss), photos and sharp's buffers included. */
  peakRssBytes: number
  concurrency: number
}

/** What a straightforward caller would write: one sharp pipeline per output, each decoding the input. */
async function baseline(file: string, outDir: string): Promise<number> {
  const input = await readFile(file)
  const { autoOrient } = await sharp(input).metadata()
  const widths = plannedWidths(DEFAULT_WIDTHS, autoOrient.width)
  const name = path.basename(file, path.extname(file))
  const sizes = await Promise.all(
    IMAGE_FORMATS.flatMap((format) =>
      widths.map(async (outputWidth) => {
        const info = await sharp(input)
          .rotate()
          .resize(outputWidth)
          .toFormat(format, ENCODER_OPTIONS[format])
          .toFile(path.join(outDir, `${name}-${outputWidth}.${FILE_EXTENSIONS[format]}`))
        return info.size
      }),
    ),
  )
  return sizes.reduce((sum, size) => sum + size, 0)
}

/** One run, in this (child) process: the photos of `work/photos`, one after another. */
async function runChild(name: RunName, work: string): Promise<Run> {
  // The baseline is sharp single-threaded, whatever the allocator: libvips one thread per operation.
  if (name === 'baseline') sharp.concurrency(1)
  const photosDir = path.join(work, 'photos')
  const files = (await readdir(photosDir)).sort().map((file) => path.join(photosDir, file))
  const outDir = path.join(work, name === 'baseline' ? 'baseline' : 'ours')
  await mkdir(outDir, { recursive: true })
  // Load the codecs once so the first timed image does not pay for it.
  await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
    .avif()
    .toBuffer()
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  let outputBytes = 0
  for (const file of files) {
    if (name === 'baseline') {
      outputBytes += await baseline(file, outDir)
    } else {
      const result = await processImage(file, outDir)
      if (result.cached !== (name === 'cached')) throw new Error(`${file}: cached is ${result.cached} in run ${name}`)
      if (name === 'ours') for (const derivative of result.derivatives) outputBytes += derivative.bytes
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const used = process.cpuUsage(cpu)
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    outputBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    concurrency: sharp.concurrency(),
  }
}

function runInChild(name: RunName, work: string): Run {
  const child = spawnSync(process.execPath, [process.argv[1] ?? '', '--run', name, '--work', work], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (child.status !== 0) throw new Error(`the ${name} run failed (exit ${child.status})`)
  return JSON.parse(child.stdout) as Run
}

if (values.run) {
  if (!values.work || !(RUNS as readonly string[]).includes(values.run)) {
    console.error(`--run is one of ${RUNS.join(', ')}, with --work`)
    process.exit(2)
  }
  console.log(JSON.stringify(await runChild(values.run as RunName, values.work)))
  process.exit(0)
}

const count = positiveInteger('count', values.count)
const width = positiveInteger('width', values.width)
const height = positiveInteger('height', values.height)

const work = await mkdtemp(path.join(os.tmpdir(), 'bench-images-'))
try {
  const photosDir = path.join(work, 'photos')
  await mkdir(photosDir)
  console.error(`Generating ${count} photos of ${width}×${height}…`)
  let inputBytes = 0
  for (let i = 0; i < count; i++) {
    const bytes = await photo({ width, height, seed: 1000 + i })
    await writeFile(path.join(photosDir, `photo-${String(i + 1).padStart(3, '0')}.jpg`), bytes)
    inputBytes += bytes.length
  }

  console.error('plain sharp, single-threaded…')
  const plain = runInChild('baseline', work)
  console.error('processImage…')
  const ours = runInChild('ours', work)
  console.error('processImage again (cache hits)…')
  const cached = runInChild('cached', work)

  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  const row = (label: string, run: Run) => ({
    run: label,
    'total s': run.seconds.toFixed(2),
    'images/s': (count / run.seconds).toFixed(2),
    'ms/image': ((run.seconds * 1000) / count).toFixed(1),
    'CPU s': run.cpuSeconds.toFixed(1),
    'cores busy': (run.cpuSeconds / run.seconds).toFixed(2),
    'sharp.concurrency()': run.concurrency,
    'peak RSS MB': megabytes(run.peakRssBytes),
    'output MB': run.outputBytes ? megabytes(run.outputBytes) : '',
  })

  console.log(`\n${count} photos of ${width}×${height} (${megabytes(inputBytes)} MB of JPEG), one after another`)
  console.log(
    `each: ${IMAGE_FORMATS.join(', ')} at widths ${DEFAULT_WIDTHS.filter((w) => w <= width).join(', ')}` +
      ` (${ENCODER_OPTIONS.avif.quality}/${ENCODER_OPTIONS.webp.quality}/${ENCODER_OPTIONS.jpeg.quality} quality)`,
  )
  console.table([
    row('plain sharp single-threaded (decode per output)', plain),
    row('processImage (derivatives + placeholder + colour + EXIF)', ours),
    row('processImage, cache hit', cached),
  ])
  console.log(`vs plain sharp single-threaded: ${(plain.seconds / ours.seconds).toFixed(2)}× the photos/s`)
  console.log(`cache hit vs encoding:          ${(ours.seconds / cached.seconds).toFixed(0)}× faster`)

  const cpus = os.cpus()
  const load = os.loadavg()
  const jemalloc = (process.env.LD_PRELOAD ?? '').includes('jemalloc')
  console.log('\nmachine')
  console.table({
    cpu: cpus[0]?.model ?? 'unknown',
    cores: String(cpus.length),
    'available parallelism': String(os.availableParallelism()),
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    'load average (1, 5, 15 min) at the end': load.map((value) => value.toFixed(1)).join(', '),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sharp: sharp.versions.sharp ?? 'unknown',
    libvips: sharp.versions.vips,
    'jemalloc preloaded': jemalloc ? 'yes' : 'no (sharp keeps libvips at 1 thread per operation)',
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
  })
} finally {
  await rm(work, { recursive: true, force: true })
}
