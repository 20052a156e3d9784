/**
 * Demo content: the Gia Lâm area of Hà Nội (the former Gia Lâm district; since 1 July 2025 its
 * communes belong directly to the city). Well-established facts are stated as such; everything
 * else (decision numbers, scores, household counts, producers, products, artisans, opening hours)
 * is illustrative and says so in the entry's sources.
 *
 * The content is in ./content, one table per kind; this file loads the tables through the engine
 * (./engine), in an order where every table finds the ids it refers to.
 */
import { TRANSLATION_LOCALES } from '@heritage/contract'
import type { Payload } from 'payload'
import { loadAdministrativeUnits } from '../adminUnits/load'
import { DEMO_ACCOUNTS } from './accounts'
import { artisans } from './content/artisans'
import { batches } from './content/batches'
import { craftVillages } from './content/craft-villages'
import { DEMO_SLUGS, DEMO_UNIT_CODES, type Units } from './content/demo'
import { INSCRIPTION_PHOTOS, inscriptions } from './content/inscriptions'
import { intangibleHeritage } from './content/intangible-heritage'
import { audioUpload, IMAGES, imageUpload, MODEL_POSTER, modelUpload, PANORAMA } from './content/media'
import { ocopProducts } from './content/ocop-products'
import { type Producers, producers as producerTable } from './content/producers'
import { relics as relicTable } from './content/relics'
import { routes } from './content/routes'
import { DEMO_TRANSLATIONS } from './content/translations'
import {
  attachToEntry,
  ensure,
  ensureBatch,
  ensureUpload,
  SEED_CONTEXT,
  type SeedContext,
  seedEntries,
  seedTable,
} from './engine'
import { seedTranslations } from './translations'

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts'
export { DEMO_GTIN, DEMO_PRIVATE, DEMO_SLUGS } from './content/demo'
export { DEMO_AUDIO_TITLE, DEMO_MODEL_TITLE } from './content/media'

export interface SeedResult {
  /** False when every record already existed. */
  created: boolean
  /** Records created by this run, per collection. */
  counts: Record<string, number>
}

export interface SeedOptions {
  log?: (msg: string) => void
}

/**
 * The real units of the whole country (src/adminUnits), loaded by the migration on the demo and
 * here on databases made by schema push; the demo uses Hà Nội and three of its communes, and this
 * installation serves Hà Nội unless an administrator chose otherwise.
 */
async function seedAdminUnits(ctx: SeedContext): Promise<Units> {
  const loaded = await loadAdministrativeUnits(ctx.payload)
  if (loaded.created) {
    ctx.counts['admin-units'] = loaded.created
    ctx.log(`Administrative units: ${loaded.created} loaded in ${loaded.ms} ms.`)
  }
  const found = await ctx.payload.find({
    collection: 'admin-units',
    where: { code: { in: Object.values(DEMO_UNIT_CODES) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true },
  })
  const idOf = (code: string): number => {
    const unit = found.docs.find((doc) => doc.code === code)
    if (!unit) throw new Error(`The administrative unit ${code} is missing after loading the units.`)
    return unit.id
  }
  const units = {
    hanoi: idOf(DEMO_UNIT_CODES.hanoi),
    phuDong: idOf(DEMO_UNIT_CODES.phuDong),
    batTrang: idOf(DEMO_UNIT_CODES.batTrang),
    giaLam: idOf(DEMO_UNIT_CODES.giaLam),
  }
  const installation = await ctx.payload.findGlobal({ slug: 'installation', depth: 0, overrideAccess: true })
  if (installation.province == null) {
    await ctx.payload.updateGlobal({
      slug: 'installation',
      data: { province: units.hanoi },
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
  }
  // Who publishes the demo site: an example organisation, named as one (the DCAT catalogue's publisher).
  if (!installation.publisher?.name) {
    for (const [locale, name] of [
      ['vi', 'Cơ quan văn hóa của tỉnh (ví dụ)'],
      ['en', 'Provincial culture office (example)'],
    ] as const) {
      await ctx.payload.updateGlobal({
        slug: 'installation',
        locale,
        data: {
          publisher: { name, email: 'dulieumo@example.vn', website: 'https://vanhoa.example.vn/' },
        },
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
    }
  }
  return units
}

async function seedUsers(ctx: SeedContext, units: Units, producers: Producers) {
  for (const account of DEMO_ACCOUNTS) {
    await ensure(ctx, {
      collection: 'users',
      where: { email: { equals: account.email } },
      label: account.email,
      create: () =>
        ctx.payload.create({
          collection: 'users',
          data: {
            email: account.email,
            password: account.password,
            name: account.name,
            roles: [account.role],
            province: account.role === 'producer' ? undefined : units.hanoi,
            communes: account.role === 'contributor' ? [units.batTrang] : undefined,
            producer: account.role === 'producer' ? producers.ceramics : undefined,
          },
          depth: 0,
          overrideAccess: true,
          context: SEED_CONTEXT,
        }),
    })
  }
}

/**
 * Fills the database with the Gia Lâm demo region. Safe to run again: every record is looked up
 * (by slug, email, name or lot) before it is created, so a second run creates nothing and a run
 * that was interrupted is completed.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const ctx: SeedContext = { payload, log: options.log ?? (() => {}), counts: {} }
  const units = await seedAdminUnits(ctx)
  const img = await seedTable(IMAGES, async (def) => (await ensureUpload(ctx, imageUpload(def))).id)
  const panorama = (await ensureUpload(ctx, PANORAMA)).id
  const poster = await ensureUpload(ctx, MODEL_POSTER)
  const model = await ensureUpload(ctx, modelUpload(poster.id))
  const audio = await ensureUpload(ctx, audioUpload())
  const intangible = await seedEntries(ctx, intangibleHeritage({ units, img }))
  const media = { panorama, audio: audio.id }
  const relics = await seedEntries(ctx, relicTable({ units, img, media, giong: intangible.giong }))
  const photos = await seedTable(INSCRIPTION_PHOTOS, async (def) => (await ensureUpload(ctx, def)).id)
  await seedEntries(ctx, inscriptions({ relics, photos }))
  const villages = await seedEntries(ctx, craftVillages({ units, img, model: model.id }))
  // Entries seeded before these media existed are not rebuilt by `ensureEntry`: attach them there.
  // The OCOP vase would be the other natural home of the model, but products have no models field.
  if (model.created) await attachToEntry(ctx, 'craft-villages', DEMO_SLUGS.batTrangVillage, 'models', model.id)
  if (audio.created) await attachToEntry(ctx, 'relics', DEMO_SLUGS.phuDongRelic, 'audioGuides', audio.id)
  const people = await seedEntries(ctx, artisans({ units, img, villages }))
  const producers = await seedEntries(ctx, producerTable({ units, img }))
  const products = await seedEntries(ctx, ocopProducts({ units, img, villages, producers }))
  for (const def of batches({ units, products })) await ensureBatch(ctx, def)
  await seedEntries(ctx, routes({ img, relics, intangible, villages, artisans: people, products }))
  for (const locale of TRANSLATION_LOCALES) {
    const table = DEMO_TRANSLATIONS[locale]
    if (table) await seedTranslations(ctx, locale, table)
  }
  await seedUsers(ctx, units, producers)
  const created = Object.values(ctx.counts).some((n) => n > 0)
  ctx.log(created ? 'Demo content seeded.' : 'Already seeded: nothing to do.')
  return { created, counts: ctx.counts }
}
