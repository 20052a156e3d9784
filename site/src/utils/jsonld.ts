/**
 * schema.org descriptions of entries: TouristAttraction + LandmarksOrHistoricalBuildings for
 * relics, Product with hasGS1DigitalLink for OCOP products, Place with GeoCoordinates throughout.
 */
import type { Batch, Image, OcopProduct } from '@heritage/cms/snapshot'
import type { PageEntry } from '../data/snapshot'
import { type Locale, text } from '../i18n/locales'
import { batchPath, entryPath, gs1BatchPath, gs1ProductPath } from '../routing'

const imageUrl = (image: Image | undefined, site: URL) => {
  const jpeg = image?.versions.filter((v) => v.format === 'jpeg').at(-1)
  return jpeg ? new URL(`/media/${jpeg.file}`, site).href : undefined
}

const geo = (entry: PageEntry) =>
  'location' in entry && entry.location
    ? { '@type': 'GeoCoordinates', latitude: entry.location.lat, longitude: entry.location.lng }
    : undefined

const address = (entry: PageEntry) =>
  'commune' in entry && entry.commune
    ? {
        '@type': 'PostalAddress',
        addressLocality: entry.commune.name.vi,
        addressRegion: entry.commune.province?.vi,
        addressCountry: 'VN',
      }
    : undefined

const TYPES: Record<PageEntry['kind'], string | string[]> = {
  relics: ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
  'intangible-heritage': 'CreativeWork',
  'craft-villages': ['TouristAttraction', 'Place'],
  'ocop-products': 'Product',
  artisans: 'Person',
  routes: 'TouristTrip',
  producers: 'Organization',
}

export function entryJsonLd(entry: PageEntry, locale: Locale, site: URL): Record<string, unknown> {
  const url = new URL(entryPath(entry, locale), site).href
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': TYPES[entry.kind],
    '@id': `${new URL(entryPath(entry, 'vi'), site).href}#${entry.kind}`,
    name: text(entry.title, locale),
    description: text(entry.summary, locale) || undefined,
    url,
    inLanguage: locale,
    image: imageUrl(entry.gallery[0], site),
    identifier: entry.code,
  }
  if (entry.kind === 'ocop-products') return { ...base, ...productLd(entry, site) }
  if (entry.kind === 'artisans' || entry.kind === 'intangible-heritage' || entry.kind === 'routes') return base
  return { ...base, geo: geo(entry), address: address(entry) }
}

function productLd(product: OcopProduct, site: URL) {
  return {
    gtin14: product.gtin,
    hasGS1DigitalLink: product.gtin ? new URL(gs1ProductPath(product.gtin), site).href : undefined,
    category: product.group,
    award: product.stars ? `OCOP ${product.stars}★` : undefined,
  }
}

export function batchJsonLd(batch: Batch, product: OcopProduct, site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'IndividualProduct',
    name: `${product.title.vi} · ${batch.lotCode}`,
    url: new URL(batchPath(batch), site).href,
    productionDate: batch.productionDate.slice(0, 10),
    serialNumber: batch.lotCode,
    isVariantOf: { '@id': `${new URL(entryPath(product, 'vi'), site).href}#ocop-products` },
    hasGS1DigitalLink: product.gtin ? new URL(gs1BatchPath(product.gtin, batch.lotCode), site).href : undefined,
  }
}
