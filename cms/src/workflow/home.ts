import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { isEditorUser } from '../access/policy'
import { allOf, can, ownProductIds, principal } from '../access/scope'
import { isReviewedEntry } from '../collections/entry'
import { isCollectionSlug } from '../shared/collections'
import { recordOr } from '../shared/guards'
import { publicSiteUrl } from '../site'
import { publicPagePath } from './links'
import { REVIEW_STATES, type ReviewState } from './states'

/**
 * What waits for the signed-in person, for the admin's home page (components/Dashboard.tsx):
 * reviewers (editors, administrators) the entries submitted to them; authors (contributors,
 * producers) what was returned to them, what they submitted and their drafts; producers their
 * products and batches; everyone the latest publishes and the public site's state.
 *
 * Every list is read with the person's own rights (`overrideAccess: false` on their request), so
 * an entry outside their scope is neither counted nor listed, and the reviewer's comment comes
 * only to those the field's own rule lets read it. "Waiting for me" and "mine" are narrowed
 * further to what the person may change (the collection's update rule): read access alone would
 * let a reviewer count submitted entries of another province that happen to be readable.
 */

/** Rows shown per list; the count says how many there are in all. */
export const HOME_ITEMS = 8

type Id = number | string

export interface HomeItem {
  collection: CollectionSlug
  /** The kind of record, in the person's language ("Di tích", "Lô sản xuất"). */
  kind: string
  id: Id
  title: string
  state?: ReviewState
  /** Payload's own status: a draft or the published version. */
  status?: 'draft' | 'published'
  /** The reviewer's comment, when the person may read it. */
  comment?: string
  updatedAt?: string
  /** When it was published (recent publishes only). */
  publishedAt?: string
  editUrl: string
  /** Its page on the public site, for published records. */
  publicUrl?: string
}

export interface HomeKind {
  collection: CollectionSlug
  label: string
  count: number
  /** The collection's list, filtered to these records. */
  listUrl: string
}

export interface HomeList {
  total: number
  items: HomeItem[]
  kinds: HomeKind[]
}

export interface SiteState {
  state: 'idle' | 'busy' | 'ok' | 'failed'
  lastSuccessAt?: string
  pages?: number
  siteUrl: string
  /** Entries the last publish left out because their data would break the site. */
  excluded: number
}

export interface Home {
  /** Editors and administrators: entries submitted for review, in their scope. */
  review?: HomeList
  /** Contributors and producers: returned to them (with the comment), submitted, drafts. */
  returned?: HomeList
  submitted?: HomeList
  drafts?: HomeList
  /** Producers: their products and batches. */
  products?: HomeList
  batches?: HomeList
  /** Everyone: the latest publishes that are still live. */
  published: HomeItem[]
  site: SiteState
}

type Doc = Record<string, unknown> & { id: Id }

const reviewedCollections = (req: PayloadRequest): CollectionSlug[] =>
  req.payload.config.collections
    .filter(isReviewedEntry)
    .map((c) => c.slug)
    .filter((slug) => isCollectionSlug(req.payload.config, slug))

const labelOf = (req: PayloadRequest, slug: CollectionSlug, form: 'singular' | 'plural', i18n: I18nClient) => {
  const labels = req.payload.collections[slug].config.labels
  return getTranslation(labels[form], i18n)
}

const adminUrl = (req: PayloadRequest, path: `/${string}`) =>
  formatAdminURL({ adminRoute: req.payload.config.routes.admin, path })

const listUrl = (req: PayloadRequest, slug: CollectionSlug, where: Record<string, string>) =>
  adminUrl(req, `/collections/${slug}${Object.keys(where).length ? `?${new URLSearchParams(where)}` : ''}`)

/** The filter Payload's list builds for "field equals value" (so its filter panel shows it). */
const filterParam = (path: string, value: string) => ({ [`where[or][0][and][0][${path}][equals]`]: value })

/** Records of `slug` this person may change, as a query (false: none). */
async function writable(req: PayloadRequest, slug: CollectionSlug): Promise<boolean | Where> {
  const update = req.payload.collections[slug].config.access.update
  return update({ req })
}

function itemOf(req: PayloadRequest, slug: CollectionSlug, doc: Doc, i18n: I18nClient): HomeItem {
  const review = recordOr(doc.review)
  const state = REVIEW_STATES.find(({ value }) => value === review.state)?.value
  const title = [doc.title, doc.lotCode].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  const status = doc._status === 'published' || doc._status === 'draft' ? doc._status : undefined
  return {
    collection: slug,
    kind: labelOf(req, slug, 'singular', i18n),
    id: doc.id,
    title: title ?? `#${doc.id}`,
    ...(state ? { state } : {}),
    ...(status ? { status } : {}),
    ...(typeof review.comment === 'string' && review.comment.trim() ? { comment: review.comment } : {}),
    ...(typeof doc.updatedAt === 'string' ? { updatedAt: doc.updatedAt } : {}),
    editUrl: adminUrl(req, `/collections/${slug}/${encodeURIComponent(String(doc.id))}`),
    ...(status === 'published' && typeof doc.code === 'string'
      ? { publicUrl: `${publicSiteUrl()}${publicPagePath(slug, doc.code, i18n.language)}` }
      : {}),
  }
}

interface ListSpec {
  collections: CollectionSlug[]
  /** The condition, and the same as a list filter for the link to each collection's list. */
  where: (slug: CollectionSlug) => Where | false | Promise<Where | false>
  filter: (slug: CollectionSlug) => Record<string, string>
  /** Narrow to what the person may change. */
  writableOnly: boolean
}

/** The latest versions (drafts included) matching the spec in every collection, newest first. */
async function listOf(req: PayloadRequest, spec: ListSpec, i18n: I18nClient): Promise<HomeList> {
  const kinds: HomeKind[] = []
  let items: HomeItem[] = []
  let total = 0
  // One after the other on one request: the scope rules cache their look-ups on it.
  for (const slug of spec.collections) {
    const condition = await spec.where(slug)
    if (condition === false) continue
    const where = allOf(condition, spec.writableOnly ? await writable(req, slug) : true)
    if (where === false) continue
    const found = await req.payload.find({
      collection: slug,
      where: where === true ? {} : where,
      draft: true,
      overrideAccess: false,
      req,
      depth: 0,
      limit: HOME_ITEMS,
      sort: '-updatedAt',
    })
    if (found.totalDocs === 0) continue
    total += found.totalDocs
    kinds.push({
      collection: slug,
      label: labelOf(req, slug, 'plural', i18n),
      count: found.totalDocs,
      listUrl: listUrl(req, slug, spec.filter(slug)),
    })
    items.push(...found.docs.map((doc) => itemOf(req, slug, { ...doc }, i18n)))
  }
  items = items.sort((a, b) => String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? ''))).slice(0, HOME_ITEMS)
  return { total, items, kinds }
}

const inState = (state: ReviewState) => ({
  where: (): Where => ({ 'review.state': { equals: state } }),
  filter: () => filterParam('review.state', state),
})

/** Drafts not yet submitted (entries saved before the review state existed have none). */
const drafts = {
  where: (): Where => ({
    and: [
      { _status: { equals: 'draft' } },
      { or: [{ 'review.state': { equals: 'draft' } }, { 'review.state': { exists: false } }] },
    ],
  }),
  filter: () => filterParam('review.state', 'draft'),
}

/**
 * The latest publishes that are still live and that this person may read. A record's own row
 * (not its versions) changes only when it is published or unpublished (a draft save writes a
 * version), so the published rows last updated are the latest publishes.
 */
async function recentlyPublished(req: PayloadRequest, i18n: I18nClient): Promise<HomeItem[]> {
  const items: HomeItem[] = []
  for (const slug of [...reviewedCollections(req), 'batches' as const]) {
    const found = await req.payload.find({
      collection: slug,
      where: { _status: { equals: 'published' } },
      draft: false,
      overrideAccess: false,
      req,
      depth: 0,
      limit: HOME_ITEMS,
      pagination: false,
      sort: '-updatedAt',
    })
    for (const doc of found.docs) {
      const item = itemOf(req, slug, { ...doc }, i18n)
      items.push({ ...item, ...(item.updatedAt ? { publishedAt: item.updatedAt } : {}) })
    }
  }
  return items
    .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
    .slice(0, HOME_ITEMS)
}

async function siteState(req: PayloadRequest): Promise<SiteState> {
  const status = await req.payload.findGlobal({ slug: 'site-status', req, overrideAccess: false, depth: 0 })
  const state =
    status.state === 'queued' || status.state === 'building'
      ? 'busy'
      : status.state === 'ok' || status.state === 'failed'
        ? status.state
        : 'idle'
  return {
    state,
    ...(status.lastSuccessAt ? { lastSuccessAt: status.lastSuccessAt } : {}),
    ...(typeof status.pages === 'number' ? { pages: status.pages } : {}),
    siteUrl: status.siteUrl?.trim() || publicSiteUrl(),
    excluded: Array.isArray(status.excluded) ? status.excluded.length : 0,
  }
}

/** Everything the home page shows to the person signed in on `req`. */
export async function loadHome(req: PayloadRequest, i18n: I18nClient): Promise<Home> {
  const who = principal(req)
  const entries = reviewedCollections(req)
  const home: Home = { published: [], site: await siteState(req) }
  if (!who) return home
  if (isEditorUser(req)) {
    home.review = await listOf(req, { collections: entries, ...inState('submitted'), writableOnly: true }, i18n)
  }
  if (can(req, 'contributor', 'producer')) {
    home.returned = await listOf(req, { collections: entries, ...inState('returned'), writableOnly: true }, i18n)
    home.submitted = await listOf(req, { collections: entries, ...inState('submitted'), writableOnly: true }, i18n)
    home.drafts = await listOf(req, { collections: entries, ...drafts, writableOnly: true }, i18n)
  }
  if (can(req, 'producer') && who.producer !== null) {
    const producer = who.producer
    home.products = await listOf(
      req,
      {
        collections: ['ocop-products'],
        where: () => ({ producer: { equals: producer } }),
        filter: () => ({ 'where[or][0][and][0][producer][equals]': String(producer) }),
        writableOnly: false,
      },
      i18n,
    )
    const products = await ownProductIds(req)
    home.batches = await listOf(
      req,
      {
        collections: ['batches'],
        where: () => (products.length ? { product: { in: products } } : false),
        filter: () => ({ 'where[or][0][and][0][product][in]': products.join(',') }),
        writableOnly: false,
      },
      i18n,
    )
  }
  home.published = await recentlyPublished(req, i18n)
  return home
}
