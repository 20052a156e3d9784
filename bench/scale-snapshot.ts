/**
 * A larger snapshot from a generated one, for measuring the site build at sizes the generator
 * cannot reach in reasonable time (50,000 entries take it hours): every entry is copied `--times`
 * times over, each copy with its own ids (references between entries follow within the copy),
 * slugs, short codes and GTINs, in the same communes, with the same media. The site build reads
 * nothing else, so its time and memory are those of a province this size; what the copies do not
 * have is variety (the same texts repeat), which matters to search index sizes, not to the build.
 * Reports say which figures come from a scaled snapshot.
 *
 *   node bench/scale-snapshot.ts --from bench/.data/province-10000-s1/snapshot --times 5 \
 *     --to bench/.data/province-50000-s1/snapshot
 *
 * `--to` is replaced; the media folder is copied as it is.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gtinCheckDigit } from '../contract/src/gs1.ts'

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, times: { type: 'string', default: '5' } },
})
const times = Number(values.times)
if (!values.from || !values.to || !Number.isInteger(times) || times < 2) {
  console.error('Usage: node bench/scale-snapshot.ts --from SNAPSHOT --to NEW_SNAPSHOT --times N (N ≥ 2)')
  process.exit(2)
}
const from = path.resolve(values.from)
const to = path.resolve(values.to)
if (!existsSync(path.join(from, 'manifest.json'))) {
  console.error(`${from} has no manifest.json: name a snapshot the CMS exported.`)
  process.exit(2)
}

interface ManifestEntry {
  kind: string
  id: string
  file: string
  hash: string
}
interface Manifest {
  schemaVersion: number
  contentHash: string
  entries: ManifestEntry[]
  media: { file: string }[]
  retiredCodes?: { code: string }[]
  [key: string]: unknown
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const manifest = JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8')) as Manifest
/** Ids of copy k: above every id of the source, so none collide. */
const OFFSET = 10_000_000
const codes = new Set<string>()
const gtins = new Set<string>()

/** The characters the source's codes use (the CMS's code alphabet, as the codes show it). */
let alphabet = ''

/** A short code of copy k: its first two characters moved along the codes' alphabet. */
function codeOf(code: string, copy: number): string {
  for (let shift = copy; ; shift += times) {
    const moved = [...code]
      .map((c, i) => {
        const at = alphabet.indexOf(c)
        return at < 0 || i > 1 ? c : (alphabet[(at + shift * (i + 1)) % alphabet.length] ?? c)
      })
      .join('')
    if (!codes.has(moved)) {
      codes.add(moved)
      return moved
    }
  }
}

/** A GTIN of copy k: the item reference changed, the check digit computed again. */
function gtinOf(gtin: string, copy: number): string {
  for (let step = copy; ; step += times) {
    const body = gtin.slice(0, -1)
    const head = body.slice(0, -4)
    const item = String((Number(body.slice(-4)) + step * 1_013) % 10_000).padStart(4, '0')
    const moved = `${head}${item}${gtinCheckDigit(`${head}${item}`)}`
    if (!gtins.has(moved)) {
      gtins.add(moved)
      return moved
    }
  }
}

rmSync(to, { recursive: true, force: true })
mkdirSync(to, { recursive: true })
// The media are the same files.
if (existsSync(path.join(from, 'media'))) cpSync(path.join(from, 'media'), path.join(to, 'media'), { recursive: true })

const entries: ManifestEntry[] = []
for (const entry of manifest.entries) {
  const text = readFileSync(path.join(from, entry.file), 'utf8')
  for (const m of text.matchAll(/"code": "([A-Z0-9]+)"/g)) codes.add(m[1] ?? '')
  for (const m of text.matchAll(/"gtin": "(\d+)"/g)) gtins.add(m[1] ?? '')
}
alphabet = [...new Set([...codes].join(''))].sort().join('')
for (let copy = 0; copy < times; copy++) {
  for (const entry of manifest.entries) {
    let text = readFileSync(path.join(from, entry.file), 'utf8')
    let id = entry.id
    if (copy > 0) {
      const shift = (value: string) => String(Number(value) + copy * OFFSET)
      text = text
        .replace(/("kind": "[a-z-]+",\s*"id": ")(\d+)"/g, (_, head: string, value: string) => `${head}${shift(value)}"`)
        .replace(/"slug": "([^"]+)"/g, (_, slug: string) => `"slug": "${slug}-${copy + 1}"`)
        .replace(/"code": "([A-Z0-9]+)"/g, (_, code: string) => `"code": "${codeOf(code, copy)}"`)
        .replace(/"gtin": "(\d+)"/g, (_, gtin: string) => `"gtin": "${gtinOf(gtin, copy)}"`)
      id = shift(entry.id)
    }
    const file = path.join('entries', entry.kind, `${id}.json`)
    mkdirSync(path.join(to, 'entries', entry.kind), { recursive: true })
    writeFileSync(path.join(to, file), text)
    entries.push({ kind: entry.kind, id, file, hash: sha256(text) })
  }
}
const scaled: Manifest = {
  ...manifest,
  entries,
  contentHash: sha256(
    JSON.stringify({
      v: manifest.schemaVersion,
      e: entries.map((e) => e.hash),
      m: manifest.media.map((m) => m.file),
      ...(manifest.retiredCodes?.length ? { r: manifest.retiredCodes.map((r) => r.code) } : {}),
    }),
  ),
}
writeFileSync(path.join(to, 'manifest.json'), `${JSON.stringify(scaled, null, 1)}\n`)
console.log(`${to}: ${entries.length} entries (${manifest.entries.length} × ${times}).`)
