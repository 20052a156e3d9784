import type { Access, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'
import { idOf } from '../shared/ids'
import {
  allOf,
  anyOf,
  can,
  communeScope,
  idsWhere,
  NEVER_PUBLISHED,
  ownProductIds,
  PUBLISHED,
  principal,
} from './scope'

/**
 * Who may do what, in one place. Roles (see domain USER_ROLES):
 *
 * - admin: everything, including accounts.
 * - editor (province culture department): entries of the communes of their province and
 *   province-wide entries without a commune; publishes, unpublishes, returns with comments,
 *   tourist routes, batches of products in the province.
 * - contributor (commune officer): drafts entries of their own communes and submits them for
 *   review; never publishes; deletes only their entries that were never published.
 * - producer (OCOP producer account): its own producer record and products (public fields only,
 *   never stars, score, certificate, GTIN or commune), and its own batches, which it publishes
 *   itself so that printed labels resolve; deletes only batches that were never published.
 * - anyone else: published entries only.
 *
 * "Publish" is an update (or create) whose data sets `_status: 'published'`; Payload's admin
 * asks the same question to decide whether to show the Publish button. Unpublishing is guarded
 * in ../workflow/review.ts because it is a save without `draft` that Payload's access functions
 * cannot tell apart from saving a draft.
 */

export type CollectionAccess = NonNullable<CollectionConfig['access']>
const publishing = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && '_status' in data && data._status === 'published'

export const signedIn = (req: PayloadRequest) => principal(req) !== null
export const isStaffUser = (req: PayloadRequest) => can(req, 'admin', 'editor', 'contributor')
export const isEditorUser = (req: PayloadRequest) => can(req, 'admin', 'editor')

/** Prefixes every field path of a query for use on a versions collection. */
export function versionsWhere(where: boolean | Where): boolean | Where {
  return typeof where === 'boolean' ? where : onVersions(where)
}

function onVersions(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') out[key] = (Array.isArray(value) ? value : []).map(onVersions)
    else out[`version.${key}`] = value
  }
  return out
}

const ownProducer = (req: PayloadRequest, path: string): boolean | Where => {
  const producer = principal(req)?.producer
  return can(req, 'producer') && producer ? { [path]: { equals: producer } } : false
}

/** Staff scope: admins everything, editors their province, contributors their communes. */
const staffScope = async (req: PayloadRequest): Promise<boolean | Where> =>
  isStaffUser(req) ? communeScope(req) : false

/** Deleting (or moving to the trash): editors in scope; contributors only never-published drafts. */
const staffDelete = async (req: PayloadRequest): Promise<boolean | Where> => {
  if (can(req, 'admin')) return true
  if (can(req, 'editor')) return communeScope(req)
  if (can(req, 'contributor')) return allOf(await communeScope(req), NEVER_PUBLISHED)
  return false
}

const createAsStaff: Access = ({ req, data }) => isStaffUser(req) && (!publishing(data) || isEditorUser(req))

/** Relics, intangible heritage, craft villages, artisans: everything with a commune. */
export const communeEntryAccess: CollectionAccess = {
  read: async ({ req }) => anyOf(PUBLISHED, await staffScope(req)),
  readVersions: async ({ req }) => versionsWhere(await staffScope(req)),
  create: createAsStaff,
  update: async ({ req, data }) => {
    if (!isStaffUser(req)) return false
    if (publishing(data) && !isEditorUser(req)) return false
    return communeScope(req)
  },
  delete: ({ req }) => staffDelete(req),
}

/** Tourist routes cross communes: province editors write them; others read published ones. */
export const routeAccess: CollectionAccess = {
  read: ({ req }) => anyOf(PUBLISHED, isEditorUser(req)),
  readVersions: ({ req }) => isEditorUser(req),
  create: ({ req }) => isEditorUser(req),
  update: ({ req }) => isEditorUser(req),
  delete: ({ req }) => isEditorUser(req),
}

/** Producers: staff in scope; a producer account its own record (never publishing it). */
export const producerAccess: CollectionAccess = {
  read: async ({ req }) => anyOf(PUBLISHED, await staffScope(req), ownProducer(req, 'id')),
  readVersions: async ({ req }) => anyOf(versionsWhere(await staffScope(req)), ownProducer(req, 'parent')),
  create: createAsStaff,
  update: async ({ req, data }) => {
    if (publishing(data) && !isEditorUser(req)) return false
    return anyOf(await staffScope(req), ownProducer(req, 'id'))
  },
  delete: ({ req }) => staffDelete(req),
}

/** OCOP products: staff in scope; a producer its own products (never publishing them). */
export const productAccess: CollectionAccess = {
  read: async ({ req }) => anyOf(PUBLISHED, await staffScope(req), ownProducer(req, 'producer')),
  readVersions: async ({ req }) => versionsWhere(anyOf(await staffScope(req), ownProducer(req, 'producer'))),
  create: createAsStaff,
  update: async ({ req, data }) => {
    if (publishing(data) && !isEditorUser(req)) return false
    return anyOf(await staffScope(req), ownProducer(req, 'producer'))
  },
  delete: ({ req }) => staffDelete(req),
}

/**
 * Batches in the user's care: editors by the products of their province (a condition on the
 * product's commune, which the database joins; listing the province's product ids instead cost
 * two queries and 200 ms per admin request at 2,000 products), producers their own.
 */
const batchScope = async (req: PayloadRequest): Promise<boolean | Where> =>
  anyOf(
    isEditorUser(req) ? await communeScope(req, 'product.commune') : false,
    can(req, 'producer') ? idsWhere('product', await ownProductIds(req)) : false,
  )

/** Production batches: kept and published by their producer (labels must resolve) or editors. */
export const batchAccess: CollectionAccess = {
  read: async ({ req }) => anyOf(PUBLISHED, await batchScope(req)),
  readVersions: async ({ req }) => versionsWhere(await batchScope(req)),
  create: ({ req }) => can(req, 'admin', 'editor', 'producer'),
  update: ({ req }) => batchScope(req),
  delete: async ({ req }) => {
    if (isEditorUser(req)) return batchScope(req)
    if (can(req, 'producer')) return allOf(idsWhere('product', await ownProductIds(req)), NEVER_PUBLISHED)
    return false
  },
}

/** Photos, panoramas, 3D models, audio: uploaded by staff and producers; changed by their uploader. */
const ownUploads: Access = ({ req }) => {
  if (isEditorUser(req)) return true
  const who = principal(req)
  return who && can(req, 'contributor', 'producer') ? { uploadedBy: { equals: who.id } } : false
}

/**
 * Originals of photos, panoramas and 3D models keep what the camera recorded (GPS position, time,
 * device; a scan's textures too). They go to the culture office's staff, who already read those
 * details from the record (the photo's `photo` group) and manage the content, and to whoever
 * uploaded the file. Translators, producers (for others' files) and the public get the stripped web
 * versions (the derivatives endpoint). Media have no commune of their own: an editor may already
 * replace any file, so the office's staff are not narrowed further.
 */
const originals = (req: PayloadRequest): boolean | Where => {
  if (isStaffUser(req)) return true
  const who = principal(req)
  return who ? { uploadedBy: { equals: who.id } } : false
}

/** Whether the request's user may have the original of `doc` (a record with its `uploadedBy`): see `originals`. */
export const mayHaveOriginal = (req: PayloadRequest, doc: { uploadedBy?: unknown } | undefined): boolean => {
  if (isStaffUser(req)) return true
  const who = principal(req)
  return who !== null && doc !== undefined && String(idOf(doc.uploadedBy)) === String(who.id)
}

/** The original's address and name (`url`, `filename`) on a record: for those who may have the file. */
export const originalFileField: FieldAccess = ({ req, doc }) => mayHaveOriginal(req, doc)

export const mediaAccess: CollectionAccess = {
  // The record for every signed-in user (alt text, credit, web versions); the file behind
  // /api/<collection>/file/<name> (Payload asks with isReadingStaticFile) for `originals` only.
  read: ({ req, isReadingStaticFile }) => (isReadingStaticFile ? originals(req) : signedIn(req)),
  create: ({ req }) => can(req, 'admin', 'editor', 'contributor', 'producer'),
  update: ownUploads,
  delete: ownUploads,
}

/** Who uploaded a file: read by signed-in users (never the public), written by the server only. */
export const uploadedByAccess: { read: FieldAccess; update: FieldAccess } = {
  read: ({ req }) => signedIn(req),
  update: () => false,
}

/** Audio guides: as other media, but public (the site plays the uploaded file itself; no EXIF to hide). */
export const audioAccess: CollectionAccess = { ...mediaAccess, read: () => true }

/** The audit log is written by the system only; administrators and editors read it. */
export const auditAccess: CollectionAccess = {
  read: ({ req }) => isEditorUser(req),
  create: () => false,
  update: () => false,
  delete: () => false,
}

/** Fields written (or read) by culture-office staff only, never by producer accounts or the public. */
export const staffField: FieldAccess = ({ req }) => isStaffUser(req)
export const editorField: FieldAccess = ({ req }) => isEditorUser(req)
export const signedInField: FieldAccess = ({ req }) => signedIn(req)
