import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isInVietnam } from '@heritage/contract'
import { gtinCheckDigit } from '@heritage/media-tools/gs1'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GenerateError, generateProvince, MIX, plan } from '../src/generate/synthetic'
import { exportSnapshot } from '../src/snapshot/export'
import { databaseDump } from './databaseDump'
import { bootPayload, closeAndRemove } from './payload'

const ENTRIES = 60
const cmsDir = path.resolve(import.meta.dirname, '..')
let payload: Payload
let work: string

/**
 * The CLI, as a user runs it, into its own fresh SQLite database; then the snapshot export. Resolves
 * with the data folder (the database is heritage.db in it, the snapshot its snapshot folder).
 */
function generateWithCli(seed: number, extra: string[] = []): Promise<string> {
  const dataDir = mkdtempSync(path.join(work, `cli-${seed}-`))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    // Production: the committed migrations make the schema, as in a real installation.
    NODE_ENV: 'production',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_AUTOBUILD: '0',
    NODE_OPTIONS: '--no-deprecation',
  }
  const payloadBin = path.join(cmsDir, 'node_modules', '.bin', 'payload')
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(payloadBin, args, { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
      })
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString()
      })
      child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`payload ${args[0]}: ${output}`))))
    })
  return run(['migrate'])
    .then(() =>
      run([
        'run',
        'src/generate/command.ts',
        '--',
        '--entries',
        String(ENTRIES),
        '--seed',
        String(seed),
        '--images',
        '1',
        ...extra,
      ]),
    )
    .then(() => run(['run', 'src/snapshot/run.ts']))
    .then(() => dataDir)
}

/** Every entry file of a snapshot, minus the save time: what the generator decided. */
function content(snapshot: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const kind of readdirSync(path.join(snapshot, 'entries'))) {
    for (const name of readdirSync(path.join(snapshot, 'entries', kind))) {
      const entry = JSON.parse(readFileSync(path.join(snapshot, 'entries', kind, name), 'utf8'))
      delete entry.updatedAt
      out[`${kind}/${name}`] = entry
    }
  }
  return out
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'heritage-generate-'))
  payload = await bootPayload()
})

afterAll(() => closeAndRemove(payload, work))

describe('the synthetic province', () => {
  it('splits a size across the kinds in the stated mix, exactly', () => {
    for (const size of [20, 300, 10_000]) {
      const counts = plan(size)
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(size)
      for (const kind of Object.keys(MIX) as (keyof typeof MIX)[]) expect(counts[kind]).toBeGreaterThanOrEqual(1)
    }
    expect(plan(10_000)).toMatchObject({ relics: 3500, 'ocop-products': 2000, routes: 300 })
  })

  it('loads a province through the Local API: published, in both languages, valid, exportable', async () => {
    const result = await generateProvince(payload, { entries: ENTRIES, seed: 6, images: 1 })
    const kinds = Object.keys(MIX) as (keyof typeof MIX)[]
    expect(kinds.reduce((sum, kind) => sum + (result.counts[kind] ?? 0), 0)).toBe(ENTRIES)
    expect(result.counts.batches).toBeGreaterThanOrEqual(result.counts['ocop-products'] ?? 1)
    expect(result.counts.models).toBe(2)
    expect(result.counts.panoramas).toBe(2)

    for (const kind of kinds) {
      const all = await payload.find({ collection: kind, locale: 'all', depth: 0, limit: 0, pagination: false })
      for (const doc of all.docs as unknown as Record<string, unknown>[]) {
        expect(doc._status).toBe('published')
        const title = doc.title as { vi?: string; en?: string }
        expect(title.vi).toMatch(/\(ví dụ\)|\(nhân vật ví dụ\)/)
        expect(title.en).toMatch(/\(example\)|\(fictional example\)/)
        // Routes have no point of their own (their stops do), artisans none on the map (people's homes).
        const location = doc.location as { lat: number | null; lng: number | null } | undefined
        if (kind === 'routes' || kind === 'artisans') continue
        expect(location?.lat).toEqual(expect.any(Number))
        expect(isInVietnam(location as { lat: number; lng: number })).toBe(true)
      }
    }
    const products = await payload.find({ collection: 'ocop-products', depth: 0, limit: 0, pagination: false })
    const gtins = products.docs.map((p) => p.gtin).filter((g): g is string => Boolean(g))
    expect(gtins.length).toBeGreaterThan(0)
    for (const gtin of gtins) {
      expect(gtin).toMatch(/^0952\d{10}$/)
      expect(Number(gtin.at(-1))).toBe(gtinCheckDigit(gtin.slice(0, -1)))
    }

    const snapshot = path.join(work, 'in-process')
    const exported = await exportSnapshot(payload, { dir: snapshot })
    expect(exported.manifest.entries.length).toBe(ENTRIES + (result.counts.batches ?? 0))
    expect(exported.manifest.media.some((m) => m.file.endsWith('.glb'))).toBe(true)
  }, 300_000)

  it('refuses to generate into a database that already holds one', async () => {
    const before = await payload.count({ collection: 'relics' })
    await expect(generateProvince(payload, { entries: ENTRIES, seed: 6 })).rejects.toThrow(GenerateError)
    await expect(generateProvince(payload, { entries: ENTRIES, seed: 6 })).rejects.toThrow(/fresh data folder/)
    expect((await payload.count({ collection: 'relics' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses sizes out of range, naming the limits', async () => {
    await expect(generateProvince(payload, { entries: 5 })).rejects.toThrow(/from 20 to 200000, not 5/)
  })

  it('is deterministic: the same seed gives the same province, with a transaction per save or per 50 (CLI)', async () => {
    // The second run commits after every save, as the generator did before it shared transactions.
    const [first, again] = await Promise.all([generateWithCli(5), generateWithCli(5, ['--saves-per-transaction', '1'])])
    const a = content(path.join(first, 'snapshot'))
    expect(Object.keys(a).length).toBeGreaterThan(ENTRIES)
    expect(content(path.join(again, 'snapshot'))).toEqual(a)
    // Every row of the two databases, versions, QR codes, uploads and relations included.
    const rows = await databaseDump(path.join(first, 'heritage.db'))
    expect(rows.relics?.length).toBeGreaterThan(0)
    expect(rows._relics_v?.length).toBe(2 * (rows.relics?.length ?? 0))
    expect(await databaseDump(path.join(again, 'heritage.db'))).toEqual(rows)
    // The in-process run above used seed 6.
    const other = content(path.join(work, 'in-process'))
    expect(Object.keys(other).length).toBeGreaterThan(ENTRIES)
    const titles = (c: Record<string, unknown>) =>
      Object.values(c).map((e) => JSON.stringify((e as { title?: unknown }).title))
    expect(titles(other)).not.toEqual(titles(a))
  }, 600_000)
})
