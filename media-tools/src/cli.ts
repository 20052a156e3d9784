/**
 * `media-tools <command>`: what the CMS does on upload, for a whole folder at once or a single
 * file, from a terminal. Run `media-tools help` for the list.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import sharp from 'sharp'
import { ACCEPTED_TYPES, detectFileType } from './detect.ts'
import { isMediaError } from './errors.ts'
import { gs1DigitalLink } from './gs1.ts'
import { processImage } from './images.ts'
import { optimiseModel } from './models.ts'
import { processPanorama } from './panorama.ts'
import { progress } from './progress.ts'
import { qrPng, qrSvg } from './qr.ts'
import { batchLabelSheetPdf, relicPlaquePdf } from './sheets.ts'

const HELP = `media-tools — media for the heritage CMS

  media-tools images <folder> --out <dir> [--widths 320,640,1280] [--formats avif,webp,jpeg]
      Responsive derivatives for every photo in a folder, iPhone HEIC included (content-addressed:
      unchanged photos are skipped). Prints a JSON summary per photo to --report if given.
  media-tools panorama <file> --out <dir>
      Checks a 2:1 equirectangular 360° image and writes the web version and preview.
  media-tools model <in.glb|in.gltf> --out <out.glb> [--compression meshopt|draco] [--max-texture 2048]
      Validates (Khronos validator) and optimises a 3D scan; prints the report.
  media-tools qr <url> --out <file.svg|file.png> [--ecc L|M|Q|H] [--size 1024]
  media-tools plaque --url <url> --name-vi <name> [--name-en <name>] --out <file.pdf> [--size A4|A5|A6]
  media-tools labels --base-url <site> --lot <lot> --product <name> --out <file.pdf>
                     (--gtin <GTIN> | --code <short code>) [--count 24] [--produced yyyy-mm-dd] [--expires yyyy-mm-dd]
      With a GTIN the QR holds the GS1 Digital Link; without one, the batch page's short code.
  media-tools gs1 --base-url <site> --gtin <GTIN> [--lot <lot>]
      Prints the GS1 Digital Link URI (refuses a wrong check digit).
  media-tools info
      Prints sharp's and libvips' versions and how many threads libvips uses per image operation
      (1 on glibc Linux unless jemalloc is preloaded, as \`npm start\` does when libjemalloc2 is installed).
`

type Options = Record<string, string | boolean | undefined>

const need = (options: Options, name: string): string => {
  const value = options[name]
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`)
  return value
}

class UsageError extends Error {}

/** parseArgs' own errors (an unknown option, a missing value) are usage errors, said plainly. */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        report: { type: 'string' },
        widths: { type: 'string' },
        formats: { type: 'string' },
        compression: { type: 'string' },
        'max-texture': { type: 'string' },
        ecc: { type: 'string' },
        size: { type: 'string' },
        url: { type: 'string' },
        'name-vi': { type: 'string' },
        'name-en': { type: 'string' },
        'base-url': { type: 'string' },
        lot: { type: 'string' },
        code: { type: 'string' },
        product: { type: 'string' },
        gtin: { type: 'string' },
        count: { type: 'string' },
        produced: { type: 'string' },
        expires: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
}

const list = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined

async function images(folder: string, options: Options) {
  const out = need(options, 'out')
  const names = (await readdir(folder)).sort()
  const files: string[] = []
  const others: string[] = []
  for (const name of names) {
    const full = path.join(folder, name)
    if (!(await stat(full)).isFile()) continue
    const head = new Uint8Array(await readFile(full).then((b) => b.subarray(0, 4096)))
    const type = detectFileType(head)
    if (type && ACCEPTED_TYPES.image.includes(type)) files.push(full)
    else others.push(name)
  }
  if (files.length === 0) throw new UsageError(`no photos found in ${folder} (${others.length} other files)`)
  if (others.length > 0) {
    const listed = `${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}`
    console.error(
      `Bỏ qua ${others.length} tệp không phải ảnh / skipped ${others.length} files that are not photos: ${listed}`,
    )
  }
  await mkdir(out, { recursive: true })
  const widths = list(options.widths)?.map(Number)
  const formats = list(options.formats) as ('avif' | 'webp' | 'jpeg')[] | undefined
  const bar = progress(files.length, 'photos')
  const report: unknown[] = []
  let failed = 0
  for (const file of files) {
    try {
      const result = await processImage(file, out, { widths, formats })
      report.push({ file, ...result })
      bar.tick(`${path.basename(file)}${result.cached ? ' (cached)' : ''}`)
    } catch (error) {
      failed++
      bar.tick(path.basename(file))
      process.stderr.write(`\n${path.basename(file)}: ${isMediaError(error) ? error.message : String(error)}\n`)
    }
  }
  bar.done()
  if (typeof options.report === 'string') await writeFile(options.report, JSON.stringify(report, null, 2))
  console.log(`${files.length - failed} processed, ${failed} refused → ${out}`)
  if (failed > 0) process.exitCode = 1
}

async function main(argv: string[]) {
  const { positionals, values } = parseOptions(argv)
  const [command, target] = positionals
  const options = values as Options
  switch (command) {
    case 'images':
      if (!target) throw new UsageError('images needs a folder')
      return images(target, options)
    case 'panorama': {
      if (!target) throw new UsageError('panorama needs a file')
      const result = await processPanorama(target, need(options, 'out'))
      console.log(
        JSON.stringify({ hash: result.hash, cached: result.cached, web: result.web, preview: result.preview }, null, 2),
      )
      return
    }
    case 'model': {
      if (!target) throw new UsageError('model needs a .glb or .gltf file')
      const out = need(options, 'out')
      const bar = progress(1, 'models')
      const { glb, report } = await optimiseModel(new Uint8Array(await readFile(target)), {
        compression: options.compression === 'draco' ? 'draco' : 'meshopt',
        maxTextureSize: options['max-texture'] ? Number(options['max-texture']) : undefined,
      })
      await writeFile(out, glb)
      bar.tick(path.basename(target))
      bar.done()
      console.log(JSON.stringify(report, null, 2))
      return
    }
    case 'qr': {
      if (!target) throw new UsageError('qr needs a URL')
      const out = need(options, 'out')
      const errorCorrection = options.ecc as 'L' | 'M' | 'Q' | 'H' | undefined
      if (out.endsWith('.svg')) await writeFile(out, await qrSvg(target, { errorCorrection }))
      else
        await writeFile(
          out,
          await qrPng(target, { errorCorrection, size: options.size ? Number(options.size) : undefined }),
        )
      console.log(out)
      return
    }
    case 'plaque': {
      const pdf = await relicPlaquePdf({
        url: need(options, 'url'),
        name: { vi: need(options, 'name-vi'), en: options['name-en'] as string | undefined },
        size: options.size as 'A4' | 'A5' | 'A6' | undefined,
      })
      await writeFile(need(options, 'out'), pdf)
      console.log(options.out)
      return
    }
    case 'labels': {
      const pdf = await batchLabelSheetPdf({
        baseUrl: need(options, 'base-url'),
        gtin: options.gtin as string | undefined,
        lot: need(options, 'lot'),
        shortCode: options.gtin ? (options.code as string | undefined) : need(options, 'code'),
        productName: need(options, 'product'),
        productionDate: options.produced as string | undefined,
        expiryDate: options.expires as string | undefined,
        count: options.count ? Number(options.count) : 24,
      })
      await writeFile(need(options, 'out'), pdf)
      console.log(options.out)
      return
    }
    case 'gs1':
      console.log(
        gs1DigitalLink({
          baseUrl: need(options, 'base-url'),
          gtin: need(options, 'gtin'),
          batch: options.lot as string | undefined,
        }),
      )
      return
    case 'info':
      console.log(
        JSON.stringify(
          {
            sharp: sharp.versions.sharp,
            libvips: sharp.versions.vips,
            threadsPerOperation: sharp.concurrency(),
            cores: os.availableParallelism(),
          },
          null,
          2,
        ),
      )
      return
    case undefined:
    case 'help':
      console.log(HELP)
      return
    default:
      throw new UsageError(`unknown command "${command}"`)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`media-tools: ${error.message}\n\n${HELP}`)
    process.exitCode = 2
  } else if (isMediaError(error)) {
    // Both languages: the CLI is used by officers and by developers.
    console.error(`media-tools: ${error.messageVi}\n            ${error.message}`)
    process.exitCode = 1
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    const file = (error as NodeJS.ErrnoException).path
    console.error(`media-tools: không có tệp hay thư mục ${file}\n            ${file} does not exist`)
    process.exitCode = 1
  } else {
    console.error(`media-tools: ${error instanceof Error ? error.message : String(error)}`)
    if (process.argv.includes('--debug')) console.error(error)
    process.exitCode = 1
  }
})
