/**
 * A synthetic province for benchmarks: thousands of relics, intangible heritage, craft villages,
 * artisans, OCOP producers, products (with batches) and routes, in Vietnamese and English, with
 * generated photos, 360° panoramas, 3D models and an audio guide.
 *
 * Everything is made up and says so: the province is "Tỉnh Mẫu (ví dụ)", every name ends in
 * "(ví dụ)" / "(example)", GTINs use GS1 prefix 952 (reserved for examples). The same size and
 * seed give the same content: a seeded generator decides every choice, and dates are fixed.
 *
 * Records go in through the Local API with hooks and validation on, as officers' saves and the
 * spreadsheet import do: Vietnamese first, then the English variant, published.
 */
import type { TranslationLocale } from '@heritage/contract'
import type { Payload } from 'payload'
import { refreshStatistics } from '../db'
import { GenerateError, Generator } from './generator'
import { artisans, batches, ocopProducts, producers } from './ocop'
import { craftVillages, intangibleHeritage, relics, routes } from './places'
import { makeProvince } from './province'
import { random } from './random'
import { type TranslateResult, translateProvince } from './translate'
import { PROVINCE_NAME } from './words'

export { GenerateError } from './generator'
export { random } from './random'
export { PROVINCE_NAME } from './words'

/** Share of each kind in a province (of all entries; batches come on top, 1–3 per product). */
export const MIX = {
  relics: 0.35,
  'intangible-heritage': 0.1,
  'craft-villages': 0.12,
  artisans: 0.1,
  producers: 0.1,
  'ocop-products': 0.2,
  routes: 0.03,
} as const
type Kind = keyof typeof MIX

export const MIN_ENTRIES = 20
export const MAX_ENTRIES = 200_000

export interface GenerateOptions {
  entries?: number
  seed?: number
  /** Distinct generated photos shared by the entries' galleries. */
  images?: number
  communes?: number
  /** A share of the entries (0 to 1) also gets a title, summary and body in each of these locales. */
  translated?: { share: number; locales: readonly TranslationLocale[] }
  /** Entries and batches per database transaction (Generator's default; 1: a commit per save). */
  savesPerTransaction?: number
  log?: (message: string) => void
}

export interface GenerateResult {
  counts: Record<string, number>
  seconds: number
  translations?: TranslateResult
}

/** How many entries of each kind: the mix, rounded, with the remainder on relics. */
export function plan(entries: number): Record<Kind, number> {
  const share = (kind: Kind) => Math.max(1, Math.floor(entries * MIX[kind]))
  const counts: Record<Kind, number> = {
    relics: share('relics'),
    'intangible-heritage': share('intangible-heritage'),
    'craft-villages': share('craft-villages'),
    artisans: share('artisans'),
    producers: share('producers'),
    'ocop-products': share('ocop-products'),
    routes: share('routes'),
  }
  counts.relics += entries - Object.values(counts).reduce((a, b) => a + b, 0)
  return counts
}

/** Refuses a database that already holds a generated province: the benchmark needs a fresh one. */
async function refuseExisting(payload: Payload) {
  const found = await payload.count({
    collection: 'admin-units',
    where: { name: { equals: PROVINCE_NAME.vi } },
    overrideAccess: true,
  })
  if (found.totalDocs > 0) {
    throw new GenerateError(
      `This database already holds the generated province "${PROVINCE_NAME.vi}". ` +
        'Generate into a fresh data folder (set DATA_DIR to an empty folder).',
    )
  }
}

export async function generateProvince(payload: Payload, options: GenerateOptions = {}): Promise<GenerateResult> {
  const entries = options.entries ?? 10_000
  const seed = options.seed ?? 1
  const log = options.log ?? (() => {})
  if (!Number.isInteger(entries) || entries < MIN_ENTRIES || entries > MAX_ENTRIES) {
    throw new GenerateError(
      `The number of entries must be a whole number from ${MIN_ENTRIES} to ${MAX_ENTRIES}, not ${entries}.`,
    )
  }
  if (!Number.isInteger(seed)) throw new GenerateError(`The seed must be a whole number, not ${seed}.`)
  await refuseExisting(payload)

  const started = Date.now()
  const rng = random(seed)
  const counts = plan(entries)
  const g = new Generator(payload, rng, entries, log, options.savesPerTransaction)
  const province = await makeProvince(g, { entries, seed, images: options.images, communes: options.communes, log })

  log(
    `Entries: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}…`,
  )
  try {
    const { heritage, festivals } = await intangibleHeritage(province, counts['intangible-heritage'])
    const relicIds = await relics(province, counts.relics, festivals)
    const villages = await craftVillages(province, counts['craft-villages'])
    await artisans(province, counts.artisans, villages)
    const producerIds = await producers(province, counts.producers)
    const products = await ocopProducts(province, counts['ocop-products'], villages, producerIds)
    await batches(province, products)
    await routes(province, counts.routes, { relics: relicIds, villages, heritage })
    await g.commit()
  } catch (error) {
    await g.abandon()
    throw error
  }
  const translations =
    options.translated && options.translated.locales.length > 0 && options.translated.share > 0
      ? await translateProvince(payload, { ...options.translated, seed, log })
      : undefined

  await refreshStatistics(payload)
  return { counts: g.counts, seconds: (Date.now() - started) / 1000, ...(translations ? { translations } : {}) }
}
