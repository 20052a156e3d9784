/**
 * The linkset of each OCOP product with a GTIN (src/gs1-resolver.ts): `/gs1-linkset/<GTIN-14>.json`,
 * read by tools/serve.ts for `?linkType=linkset` and served as they are by static hosts.
 */

import type { LocalizedText } from '@heritage/contract'
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshot } from '../../data/snapshot'
import { LINKSET_TYPE, type PageIn, type ProductLinks, productLinkset } from '../../gs1-resolver'
import { pick } from '../../i18n/locales'
import { ui } from '../../i18n/ui'
import { type Alternates, allPages, alternateLinks } from '../../routing'
import { siteOf } from '../../site-url'

interface Props {
  content: string
}

/** Each language of a page, with a title made for that language. */
const pagesIn = (alternates: Alternates, title: (locale: PageIn[number]['locale']) => string, hash = ''): PageIn =>
  alternateLinks(alternates).map(({ locale, path }) => ({ locale, path: `${path}${hash}`, title: title(locale) }))

export const getStaticPaths = (() => {
  const site = siteOf(import.meta.env.SITE).href
  const products = new Map<string, ProductLinks>()
  const name = (title: LocalizedText, locale: PageIn[number]['locale']) => pick(title, locale)?.text ?? ''
  // The GS1 alias pages name the canonical pages of each language (routing.ts): what the links point at.
  const gs1Pages = allPages(snapshot()).filter((p) => 'via' in p.view && p.view.via === 'gs1')
  for (const { view, alternates } of gs1Pages) {
    if (view.type === 'entry' && view.entry.kind === 'ocop-products' && view.entry.gtin) {
      const product = view.entry
      const own = products.get(product.gtin as string)
      products.set(product.gtin as string, {
        gtin: product.gtin as string,
        name: name(product.title, 'vi'),
        pages: pagesIn(alternates, (l) => name(product.title, l)),
        certificate: product.certificate
          ? pagesIn(alternates, (l) => `${ui(l, 'certificate')}: ${name(product.title, l)}`, '#certificate')
          : undefined,
        batches: own?.batches ?? [],
      })
    }
    if (view.type === 'batch' && view.product.gtin) {
      const { batch, product } = view
      const gtin = product.gtin as string
      const own = products.get(gtin) ?? { gtin, name: '', pages: [], batches: [] }
      const title = (l: PageIn[number]['locale']) => `${name(product.title, l)}: ${ui(l, 'lot')} ${batch.lotCode}`
      own.batches.push({ lot: batch.lotCode, description: title('vi'), pages: pagesIn(alternates, title) })
      products.set(gtin, own)
    }
  }
  return [...products.values()].map((product) => ({
    params: { gtin: product.gtin },
    props: { content: `${JSON.stringify(productLinkset(site, product))}\n` } satisfies Props,
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': LINKSET_TYPE } })
