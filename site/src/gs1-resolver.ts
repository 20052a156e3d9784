/**
 * GS1-Conformant resolver behaviour for the site's GS1 Digital Links (`/01/<GTIN-14>/` and
 * `/01/<GTIN-14>/10/<lot>/`), shared by the build (which writes the files) and tools/serve.ts
 * (which answers from them without reading the snapshot). Kept free of Astro and of the snapshot.
 *
 * - The linkset of each product with a GTIN (RFC 9264 JSON, the shape of GS1's linkset schema:
 *   `anchor`, `itemDescription`, link types as full https://ref.gs1.org/voc/ URIs, each link with
 *   `href` and `title`) is a static file, `/gs1-linkset/<GTIN-14>.json`: the product's anchor and
 *   one anchor per batch. Outside the `/01/` tree on purpose: any name under a lot's folder could
 *   be another lot's page (a lot may hold `/`).
 * - `/.well-known/gs1resolver` is the resolver description file.
 * - `parseDigitalLinkPath` reads a request path as GS1 Digital Link URI syntax: what it refuses is
 *   answered 400 with a page saying what was wrong, Vietnamese first.
 */
import { batchProblem, checkGtin, gs1Path, gs1PathSegment } from '@heritage/contract'
import { DEFAULT_LOCALE, type Locale } from '@heritage/contract/locales'

export const LINKSET_DIR = 'gs1-linkset'
export const linksetFile = (gtin14: string): string => `/${LINKSET_DIR}/${gtin14}.json`
export const RESOLVER_FILE = '/.well-known/gs1resolver'
export const LINKSET_TYPE = 'application/linkset+json'
/** The GS1 Web Vocabulary, the only link-type namespace used here. */
export const GS1_VOC = 'https://ref.gs1.org/voc/'
/** The JSON-LD context GS1 publishes for linksets (resolver standard, artefacts). */
export const LINKSET_CONTEXT = 'https://ref.gs1.org/standards/resolver/linkset-context'
/** Methods every GS1 Digital Link (and every file of the site) answers. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'
/**
 * CORS for the resolver's answers, beside the `Access-Control-Allow-Origin: *` every answer of the
 * site carries (src/security.ts).
 */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': 'Accept, Accept-Language',
  'Access-Control-Expose-Headers': 'Link, Location, Vary',
  'Access-Control-Max-Age': '86400',
}

export type LinkType = 'pip' | 'certificationInfo' | 'traceability' | 'defaultLink'
export const linkTypeUri = (type: LinkType): string => `${GS1_VOC}${type}`

export interface Link {
  href: string
  title: string
  type?: string
  hreflang?: string[]
}
/** One anchor of a linkset: `anchor`, `itemDescription`, and link-type URI → links. */
export type LinksetEntry = { anchor: string; itemDescription: string } & { [linkType: string]: Link[] | string }
export interface Linkset {
  linkset: LinksetEntry[]
}

/**
 * A locale as GS1's linkset schema accepts it in `hreflang` (`xx` or `xx-XX`): a script subtag
 * (zh-Hans) becomes the region where that script is most used (zh-CN), as Intl finds it.
 */
export function hreflangOf(locale: Locale): string {
  if (/^\w{2}(-\w{2})?$/.test(locale)) return locale
  const parsed = new Intl.Locale(locale)
  const region = parsed.region ?? parsed.maximize().region
  return region ? `${parsed.language}-${region}` : parsed.language
}

/** A page in each of its languages, Vietnamese first. */
export type PageIn = { locale: Locale; path: string; title: string }[]

export interface ProductLinks {
  gtin: string
  name: string
  /** The product's page in each language. */
  pages: PageIn
  /** The certificate's place on those pages (a fragment), when the product has one. */
  certificate?: PageIn
  batches: { lot: string; description: string; pages: PageIn }[]
}

const linksOf = (origin: string, pages: PageIn): Link[] =>
  pages.map((p) => ({
    href: `${origin}${p.path}`,
    title: p.title,
    type: 'text/html',
    hreflang: [hreflangOf(p.locale)],
  }))

/** The default link: the Vietnamese page, with a title and nothing else (resolver standard). */
const defaultOf = (origin: string, pages: PageIn): Link[] => {
  const vi = pages.find((p) => p.locale === DEFAULT_LOCALE) ?? pages[0]
  return vi ? [{ href: `${origin}${vi.path}`, title: vi.title }] : []
}

/** The anchor of a GS1 Digital Link: the URI as labels print it (no final slash). */
export const anchorOf = (origin: string, gtin: string, lot?: string): string => `${origin}${gs1Path(gtin, lot)}`

/** The product's linkset file: its anchor first, then one anchor per batch. */
export function productLinkset(siteUrl: string, product: ProductLinks): Linkset {
  const origin = siteUrl.replace(/\/+$/, '')
  const productEntry: LinksetEntry = {
    anchor: anchorOf(origin, product.gtin),
    itemDescription: product.name,
    [linkTypeUri('pip')]: linksOf(origin, product.pages),
    ...(product.certificate?.length
      ? { [linkTypeUri('certificationInfo')]: linksOf(origin, product.certificate) }
      : {}),
    [linkTypeUri('defaultLink')]: defaultOf(origin, product.pages),
  }
  const batchEntries = product.batches.map(
    (batch): LinksetEntry => ({
      anchor: anchorOf(origin, product.gtin, batch.lot),
      itemDescription: batch.description,
      [linkTypeUri('traceability')]: linksOf(origin, batch.pages),
      [linkTypeUri('defaultLink')]: defaultOf(origin, batch.pages),
    }),
  )
  return { linkset: [productEntry, ...batchEntries] }
}

/** The resolver description file (GS1 resolver standard's schema, version 1.2.0). */
export const resolverDescription = (siteUrl: string, name: string) => ({
  name,
  resolverRoot: siteUrl.replace(/\/+$/, ''),
  supportedPrimaryKeys: ['01'],
  supportedLinkType: [{ namespace: GS1_VOC, prefix: 'gs1:' }],
  linkTypeDefaultCanBeLinkset: false,
})

/** A GS1 Digital Link request: the GTIN-14 and, where given, the lot and any deeper qualifier. */
export interface DigitalLink {
  gtin: string
  /** AI 10, decoded. */
  lot?: string
  /** AI 22, before the lot, and AI 21, after it: valid, but the site has no pages at their level. */
  variant: boolean
  serial: boolean
}
export type ParsedLink = { ok: true; link: DigitalLink } | { ok: false; message: { vi: string; en: string } }

/** The key qualifiers of a GTIN, in the order GS1 Digital Link URI syntax writes them. */
const GTIN_QUALIFIERS = ['22', '10', '21'] as const
const QUALIFIER_NAMES: Record<(typeof GTIN_QUALIFIERS)[number], { vi: string; en: string }> = {
  '22': { vi: 'biến thể sản phẩm (AI 22)', en: 'consumer product variant (AI 22)' },
  '10': { vi: 'số lô (AI 10)', en: 'batch/lot (AI 10)' },
  '21': { vi: 'số sê-ri (AI 21)', en: 'serial number (AI 21)' },
}

const bad = (vi: string, en: string): ParsedLink => ({ ok: false, message: { vi, en } })

/**
 * Reads a raw request path (still percent-encoded) as a GS1 Digital Link with GTIN as primary key,
 * or null when it is not one (does not start with `/01/`, or names a page's `index.html`). One
 * final slash is tolerated. Each
 * segment is decoded once, so a lot's `%2F` is a `/` of the lot, never a new segment.
 */
export function parseDigitalLinkPath(rawPath: string): ParsedLink | null {
  if (rawPath !== '/01' && !rawPath.startsWith('/01/')) return null
  const segments = rawPath.slice(1).split('/')
  // The file of a link's page, asked for by its name: a file of the build, not a link.
  if (segments.at(-1) === 'index.html') return null
  if (segments.at(-1) === '') segments.pop()
  let decoded: string[]
  try {
    decoded = segments.map((s) => decodeURIComponent(s))
  } catch {
    return bad(
      'Đường dẫn GS1 Digital Link có ký tự mã hoá sai (dấu % không theo sau bởi hai chữ số hex).',
      'The GS1 Digital Link holds a malformed percent-encoding (a % not followed by two hex digits).',
    )
  }
  const gtin = decoded[1]
  if (gtin === undefined || gtin === '') {
    return bad('Đường dẫn GS1 Digital Link thiếu mã GTIN sau /01/.', 'The GS1 Digital Link has no GTIN after /01/.')
  }
  if (!/^\d{14}$/.test(gtin)) {
    return bad(
      `Mã GTIN "${gtin}" trong đường dẫn phải gồm đúng 14 chữ số (GTIN-8, -12, -13 được viết thêm số 0 ở đầu).`,
      `The GTIN "${gtin}" in a GS1 Digital Link must be exactly 14 digits (GTIN-8, -12 and -13 are padded with leading zeros).`,
    )
  }
  const checked = checkGtin(gtin)
  if (!checked.ok) return { ok: false, message: checked.problem.message }
  const link: DigitalLink = { gtin, variant: false, serial: false }
  let last = -1
  for (let i = 2; i < decoded.length; i += 2) {
    const ai = decoded[i] ?? ''
    const value = decoded[i + 1]
    const at = (GTIN_QUALIFIERS as readonly string[]).indexOf(ai)
    if (at < 0) {
      return bad(
        `Phần "${ai}" của đường dẫn không phải là mã định danh ứng dụng (AI) được phép sau GTIN: chỉ 22, 10 và 21, theo thứ tự đó.`,
        `"${ai}" is not an application identifier allowed after a GTIN: only 22, 10 and 21, in that order.`,
      )
    }
    const name = QUALIFIER_NAMES[ai as (typeof GTIN_QUALIFIERS)[number]]
    if (at <= last) {
      return bad(
        `${name.vi} đứng sai chỗ: sau GTIN, các AI phải theo thứ tự 22, 10, 21 và mỗi AI chỉ một lần.`,
        `The ${name.en} is out of place: after a GTIN the order is 22, 10, 21, each at most once.`,
      )
    }
    last = at
    // Batch, variant and serial alike: 1–20 characters of GS1's set 82 (batchProblem's first check).
    if (value === undefined || value === '' || batchProblem(value)?.code === 'batch-format') {
      return bad(
        `Giá trị ${name.vi} "${value ?? ''}" không hợp lệ: phải gồm 1–20 ký tự chữ cái không dấu, chữ số hoặc dấu câu GS1.`,
        `The ${name.en} "${value ?? ''}" is not valid: it must be 1–20 letters, digits or GS1 punctuation characters.`,
      )
    }
    if (ai === '10') link.lot = value
    else if (ai === '22') link.variant = true
    else link.serial = true
  }
  return { ok: true, link }
}

/**
 * The most specific level of `link` the linkset knows, walking up the tree (resolver standard: a
 * qualifier the resolver has no links for is answered as the level above it): the batch when its
 * lot is known and no unknown variant (AI 22) comes before it, else the product. `exact` when that
 * level is the one asked for (no serial, AI 21, below it).
 */
export function levelOf(
  linkset: Linkset,
  link: DigitalLink,
): { path: string; entries: LinksetEntry[]; exact: boolean } | null {
  const product = linkset.linkset[0]
  if (!product) return null
  if (link.lot !== undefined && !link.variant) {
    const anchor = `${product.anchor}/10/${gs1PathSegment(link.lot)}`
    const batch = linkset.linkset.find((e) => e.anchor === anchor)
    if (batch) return { path: gs1Path(link.gtin, link.lot), entries: [batch, product], exact: !link.serial }
  }
  return {
    path: gs1Path(link.gtin),
    entries: [product],
    exact: link.lot === undefined && !link.variant && !link.serial,
  }
}

/** `gs1:pip`, `https://ref.gs1.org/voc/pip`, `https://gs1.org/voc/pip` → the link type's URI. */
export function linkTypeOf(value: string): string {
  const name = value.replace(/^(gs1:|https?:\/\/(ref\.|www\.)?gs1\.org\/voc\/)/, '')
  return name === value && !value.startsWith('gs1:') ? value : `${GS1_VOC}${name}`
}

/** The 400 page of a static server (deploy/nginx), which cannot say what is wrong. */
export const INVALID_LINK_FILE = 'gs1-invalid.html'
export const INVALID_LINK_TITLE = 'Đường dẫn GS1 không hợp lệ · Invalid GS1 Digital Link'
export const INVALID_LINK = {
  vi: 'Sau /01/ phải là mã GTIN đúng 14 chữ số, rồi chỉ có thể có biến thể (22), số lô (10) và số sê-ri (21), theo thứ tự đó, mỗi mã kèm một giá trị.',
  en: 'After /01/ comes a GTIN of exactly 14 digits, then only a variant (22), a batch/lot (10) and a serial number (21), in that order, each with a value.',
}

/** The escaped text of an error page, Vietnamese first, English below. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

export const malformedLinkBody = (message: { vi: string; en: string }): string =>
  '<h1>Đường dẫn GS1 Digital Link không hợp lệ</h1>' +
  `<p>${escapeHtml(message.vi)}</p>` +
  '<p>Hãy quét lại mã QR trên bao bì, hoặc nhập lại đường dẫn in dưới mã. <a href="/">Về trang chủ</a></p>' +
  '<h2 lang="en">This GS1 Digital Link is not valid</h2>' +
  `<p lang="en">${escapeHtml(message.en)}</p>` +
  '<p lang="en">Scan the QR code on the pack again, or type the address printed under it. <a href="/en/">Go to the home page</a></p>'
