/**
 * Image pipeline benchmark: media-tools' processImage against plain sharp doing the same resizes
 * and formats, on generated photos. Prints numbers only; see bench/README.md.
 *
 *   node bench/images.ts [--count 8] [--width 4000] [--height 3000]
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
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

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '8' },
    width: { type: 'string', default: '4000' },
    height: { type: 'string', default: '3000' },
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

const count = positiveInteger('count', values.count)
const width = positiveInteger('width', values.width)
const height = positiveInteger('height', values.height)

interface Run {
  seconds: number
  outputBytes: number
}

async function timed(work: () => Promise<number>): Promise<Run> {
  const start = process.hrtime.bigint()
  const outputBytes = await work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, outputBytes }
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

const work = await mkdtemp(path.join(os.tmpdir(), 'bench-images-'))
try {
  const photosDir = path.join(work, 'photos')
  await mkdir(photosDir)
  const files: string[] = []
  console.error(`Generating ${count} photos of ${width}×${height}…`)
  for (let i = 0; i < count; i++) {
    const file = path.join(photosDir, `photo-${i + 1}.jpg`)
    await writeFile(file, await photo({ width, height, seed: 1000 + i }))
    files.push(file)
  }
  let inputBytes = 0
  for (const file of files) inputBytes += (await stat(file)).size

  // Load the codecs once so the first timed image does not pay for it.
  await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
    .avif()
    .toBuffer()

  const oursDir = path.join(work, 'ours')
  const baselineDir = path.join(work, 'baseline')
  await mkdir(baselineDir)

  console.error('processImage…')
  const ours = await timed(async () => {
    let bytes = 0
    for (const file of files) {
      const result = await processImage(file, oursDir)
      for (const derivative of result.derivatives) bytes += derivative.bytes
    }
    return bytes
  })

  console.error('plain sharp…')
  const plain = await timed(async () => {
    let bytes = 0
    for (const file of files) bytes += await baseline(file, baselineDir)
    return bytes
  })

  console.error('processImage again (cache hits)…')
  const cached = await timed(async () => {
    for (const file of files) {
      const result = await processImage(file, oursDir)
      if (!result.cached) throw new Error(`expected a cache hit for ${file}`)
    }
    return 0
  })

  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  const row = (label: string, run: Run) => ({
    run: label,
    'total s': run.seconds.toFixed(2),
    'images/s': (count / run.seconds).toFixed(2),
    'ms/image': ((run.seconds * 1000) / count).toFixed(1),
    'output MB': run.outputBytes ? megabytes(run.outputBytes) : '',
  })

  console.log(`\n${count} photos of ${width}×${height} (${megabytes(inputBytes)} MB of JPEG)`)
  console.log(
    `each: ${IMAGE_FORMATS.join(', ')} at widths ${DEFAULT_WIDTHS.filter((w) => w <= width).join(', ')}` +
      ` (${ENCODER_OPTIONS.avif.quality}/${ENCODER_OPTIONS.webp.quality}/${ENCODER_OPTIONS.jpeg.quality} quality)`,
  )
  console.table([
    row('processImage (derivatives + placeholder + colour + EXIF)', ours),
    row('plain sharp (decode per output)', plain),
    row('processImage, cache hit', cached),
  ])
  console.log(`throughput ours / baseline: ${(plain.seconds / ours.seconds).toFixed(2)}×`)
  console.log(`cache hit vs encoding:      ${(ours.seconds / cached.seconds).toFixed(0)}× faster`)

  const cpus = os.cpus()
  console.log('\nmachine')
  console.table({
    cpu: cpus[0]?.model ?? 'unknown',
    cores: String(cpus.length),
    'available parallelism': String(os.availableParallelism()),
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sharp: sharp.versions.sharp ?? 'unknown',
    libvips: sharp.versions.vips,
    'sharp.concurrency()': String(sharp.concurrency()),
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
  })
} finally {
  await rm(work, { recursive: true, force: true })
}
