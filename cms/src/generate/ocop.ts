/** Builders of the synthetic province's people and products: artisans, OCOP producers, products, batches. */

import { ARTISAN_TITLES, certifyingLevelForStars, PRODUCER_KINDS, starsForScore } from '@heritage/contract'
import { gtinCheckDigit, normalizeGtin } from '@heritage/media-tools/gs1'
import type { Translate } from '../seed/engine'
import { GenerateError, type Id } from './generator'
import type { Province } from './province'
import { CRAFTS, isoDay, PRODUCTS, PROVINCE_NAME, pad, slugify } from './words'

export interface Product {
  id: Id
  food: boolean
  unit: { vi: string; en: string }
}

export async function artisans(p: Province, count: number, villages: Id[]): Promise<void> {
  const { g, rng, gallery, commune, pools } = p
  for (let i = 1; i <= count; i++) {
    const name = g.personName()
    const craft = rng.pick(CRAFTS)
    const honour = rng.pick(ARTISAN_TITLES).value
    await g.entry({
      collection: 'artisans',
      slug: `${slugify(name)}-${pad(i)}`,
      build: (t) => ({
        title: t(`${name} ${pad(i)} (nhân vật ví dụ)`, `${name} ${pad(i)} (fictional example)`),
        summary: t(`Nghệ nhân ví dụ nghề ${craft.vi.toLowerCase()}.`, `An example ${craft.en.toLowerCase()} artisan.`),
        body: g.body(t, { vi: `Nghệ nhân ${name}`, en: `Artisan ${name}` }, g.placeName()),
        gallery: gallery(),
        honour,
        ...(honour === 'none' ? {} : { honourYear: rng.int(2005, 2025) }),
        birthYear: rng.int(1945, 1995),
        crafts: [{ name: t(craft.vi, craft.en) }],
        ...(villages.length > 0 && rng.chance(0.8) ? { craftVillage: rng.pick(villages) } : {}),
        portrait: rng.pick(pools.images),
        commune: commune(),
        sources: g.sources(t),
      }),
    })
  }
}

export async function producers(p: Province, count: number): Promise<Id[]> {
  const { g, rng, gallery, commune } = p
  const producers: Id[] = []
  for (let i = 1; i <= count; i++) {
    const kind = rng.pick(PRODUCER_KINDS).value
    const place = g.placeName()
    const label = {
      cooperative: ['Hợp tác xã', 'cooperative'],
      enterprise: ['Công ty TNHH', 'company'],
      household: ['Hộ kinh doanh', 'household business'],
    }[kind]
    producers.push(
      await g.entry({
        collection: 'producers',
        slug: `${slugify(`${label[0]} ${place}`)}-${pad(i)}`,
        build: (t) => ({
          title: t(`${label[0]} ${place} ${pad(i)} (ví dụ)`, `${place} ${pad(i)} ${label[1]} (example)`),
          summary: t('Chủ thể OCOP ví dụ, dữ liệu tổng hợp.', 'An example OCOP producer; synthetic data.'),
          gallery: gallery(),
          kind,
          address: `Làng ${place}, ${PROVINCE_NAME.vi}`,
          contact: { person: g.personName(), phone: `0900 ${pad(rng.int(0, 999), 3)} ${pad(i % 1000, 3)}` },
          location: g.point(),
          commune: commune(),
          sources: g.sources(t),
        }),
      }),
    )
  }
  return producers
}

export async function ocopProducts(p: Province, count: number, villages: Id[], producers: Id[]): Promise<Product[]> {
  const { g, rng, gallery, commune, seed } = p
  const products: Product[] = []
  for (let i = 1; i <= count; i++) {
    const kind = rng.pick(PRODUCTS)
    const place = g.placeName()
    const stars = rng.pick(['3', '3', '4', '4', '5'] as const)
    const score = { '3': rng.int(50, 69), '4': rng.int(70, 89), '5': rng.int(90, 100) }[stars]
    if (starsForScore(score) !== stars) throw new GenerateError(`Score ${score} does not give ${stars} stars.`)
    // GS1 prefix 952 is reserved for demonstrations and examples: 952 + 9 digits + check digit.
    const body = `952${pad(seed % 1000, 3)}${pad(i, 6)}`
    const gtin = rng.chance(0.6) ? normalizeGtin(`${body}${gtinCheckDigit(body)}`) : undefined
    const id = await g.entry({
      collection: 'ocop-products',
      slug: `${slugify(`${kind.vi} ${place}`)}-${pad(i)}`,
      build: (t) => ({
        title: t(`${kind.vi} ${place} ${pad(i)} (ví dụ)`, `${place} ${kind.en.toLowerCase()} ${pad(i)} (example)`),
        summary: t(`Sản phẩm OCOP ${stars} sao ví dụ.`, `An example ${stars}-star OCOP product.`),
        body: g.body(t, { vi: kind.vi, en: kind.en }, place),
        gallery: gallery(),
        group: kind.group,
        producer: rng.pick(producers),
        score,
        stars,
        certificate: {
          number: `${rng.int(1, 999)}/QĐ-OCOP-VD`,
          level: certifyingLevelForStars(stars),
          issueDate: isoDay(rng.int(2024, 2026), rng.int(1, 10), rng.int(1, 28)),
        },
        ...(gtin ? { gtin } : {}),
        ...(villages.length > 0 && rng.chance(0.3) ? { craftVillage: rng.pick(villages) } : {}),
        packaging: t('Hộp giấy (ví dụ)', 'Paper box (example)'),
        location: g.point(),
        commune: commune(),
        sources: g.sources(t),
      }),
    })
    products.push({ id, food: ['food', 'beverages', 'herbal'].includes(kind.group), unit: kind.unit })
  }
  return products
}

/** Batches of each product: what the producer records for every production run. */
export async function batches(p: Province, products: Product[]): Promise<void> {
  const { g, rng, commune } = p
  let lot = 0
  for (const product of products) {
    for (let b = rng.int(1, 3); b > 0; b--) {
      lot++
      const year = rng.int(2025, 2026)
      const month = year === 2026 ? rng.int(1, 10) : rng.int(1, 12)
      const produced = isoDay(year, month, rng.int(1, 28))
      const material = (t: Translate) => ({
        material: t('Nguyên liệu chính (ví dụ)', 'Main ingredient (example)'),
        origin: t(`Vùng nguyên liệu ${g.placeName()} (ví dụ)`, 'Local growing area (example)'),
        commune: commune(),
      })
      const code = g.code()
      await g.batch((t) => ({
        lotCode: `L${year}${pad(lot, 6)}`,
        code,
        product: product.id,
        productionDate: produced,
        ...(product.food ? { expiryDate: isoDay(year + 1, month, 28) } : {}),
        quantity: { amount: rng.int(50, 5000), unit: t(product.unit.vi, product.unit.en) },
        rawMaterials: [material(t)],
        _status: 'published',
      }))
    }
  }
}
