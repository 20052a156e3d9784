import { type EntryKind, KIND_LABEL, type StandaloneKind } from '@heritage/contract'
import type { CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'
import { ownUploads } from '../access/choices'
import { communeEntryAccess, isEditorUser } from '../access/policy'
import { translatorChanges, translatorOperations, withTranslators } from '../access/translator'
import { withTranslatorView } from '../access/translatorView'
import { adminUnitField, formerAddressField, galleryField, internalNotesField, sourcesField } from '../fields/common'
import { contentFields } from '../fields/content'
import { locationField } from '../fields/location'
import { sidebarPanel } from '../fields/panel'
import { shortCodeField, shortCodeHooks } from '../fields/shortCode'
import { slugField } from '../fields/slug'
import { plaqueEndpoint } from '../media/qrEndpoints'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'
import { isRecord } from '../shared/guards'
import { TRANSLATION_COLUMN, translationFields, translationStateHook } from '../translate/state'
import { refuseUnsafeDelete, refuseUnsafeTrash } from '../workflow/references'
import {
  auditAfterDelete,
  guardUnpublish,
  reviewAfterChange,
  reviewBannerField,
  reviewBeforeChange,
  reviewFields,
} from '../workflow/review'

export const ADMIN_GROUPS = {
  heritage: { vi: 'Di sản', en: 'Heritage' },
  ocop: { vi: 'OCOP & truy xuất', en: 'OCOP & traceability' },
  media: { vi: 'Tư liệu số', en: 'Digital media' },
  system: { vi: 'Hệ thống', en: 'System' },
} as const

/** The admin group each kind of entry is listed under. */
const KIND_GROUP: Record<EntryKind, keyof typeof ADMIN_GROUPS> = {
  relics: 'heritage',
  'intangible-heritage': 'heritage',
  'craft-villages': 'heritage',
  artisans: 'heritage',
  inscriptions: 'heritage',
  routes: 'heritage',
  'ocop-products': 'ocop',
  producers: 'ocop',
  batches: 'ocop',
}

/**
 * The admin's name and group of a kind of entry: its name, one and many, is the kinds table's
 * (contract/src/kinds.ts), the one the site uses too.
 */
/** The admin speaks Vietnamese and English (payload.config i18n); the site's other locales are not admin languages. */
const ADMIN_LANGUAGES = ['vi', 'en'] as const

export const kindAdmin = (kind: EntryKind) => {
  const label = KIND_LABEL[kind]
  const inEveryLocale = (form: 'one' | 'many') =>
    Object.fromEntries(ADMIN_LANGUAGES.map((locale) => [locale, label[locale][form]]))
  return {
    labels: { singular: inEveryLocale('one'), plural: inEveryLocale('many') },
    group: ADMIN_GROUPS[KIND_GROUP[kind]],
  }
}

interface PublicEntryOptions {
  titleLabel?: { vi: string; en: string }
  /** Domain fields, shown on their own tab. */
  fields: Field[]
  domainTabLabel: { vi: string; en: string }
  /** Routes have stops instead of a location of their own. */
  withLocation?: boolean
  /** Who may do what: ../access/policy.ts. Defaults to the commune-scoped rules. */
  access?: CollectionConfig['access']
  hooks?: CollectionConfig['hooks']
  graphQL?: CollectionConfig['graphQL']
  defaultColumns?: string[]
  /** Which documents the list shows (a producer account: its own). */
  baseFilter?: NonNullable<CollectionConfig['admin']>['baseFilter']
  extraSidebar?: Field[]
}

/**
 * Lists show the review state (draft, submitted, returned, published) where Payload would show
 * its own status, which reads "draft" for submitted and returned entries alike.
 */
const withReviewColumn = (columns: string[]): string[] =>
  columns.includes('_status')
    ? columns.map((column) => (column === '_status' ? 'review.state' : column))
    : [...columns.slice(0, 1), 'review.state', ...columns.slice(1)]

/**
 * Fields a list cell reads besides its own column, by column: the review state's cell says "earlier
 * version live" from Payload's draft status, which Payload's list derives from `_status`; the
 * translation badges (a UI column, no data of its own) are drawn from the translation state.
 */
const CELL_READS: Record<string, string[]> = { review: ['_status'], [TRANSLATION_COLUMN]: ['translationState'] }

/**
 * The admin's lists ask only for their columns (admin.enableListViewSelectAPI: Payload reads those
 * columns instead of every field of every row, in every language; bench/RESULTS.md, issue 21):
 * a read that selects a column also selects what that column's cell reads (CELL_READS). Reads that
 * exclude fields, or select none of these columns, are left as they are.
 */
export const selectWhatCellsRead: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' || !isRecord(args.select)) return args
  const select: Record<string, unknown> = args.select
  if (Object.values(select).some((value) => value === false)) return args
  const needed = Object.keys(CELL_READS)
    .filter((column) => column in select)
    .flatMap((column) => CELL_READS[column] ?? [])
    .filter((field) => !(field in select))
  if (needed.length === 0) return args
  return { ...args, select: { ...select, ...Object.fromEntries(needed.map((field) => [field, true])) } }
}

/** Marks the collections built here: the admin's home page lists what waits in each of them. */
export const isReviewedEntry = (collection: { custom?: Record<string, unknown> }): boolean =>
  collection.custom?.reviewWorkflow === true

/**
 * Everything the public sees is an entry: localized title/summary/body, gallery, location inside
 * Vietnam, commune, sources, a unique slug, staff-only notes, drafts and version history. Its kind
 * (`slug`) names it in the admin and places it in its group (kindAdmin).
 */
export function publicEntry(slug: StandaloneKind, options: PublicEntryOptions): CollectionConfig {
  const withLocation = options.withLocation ?? true
  const { labels, group } = kindAdmin(slug)
  const tabs: Field = {
    type: 'tabs',
    tabs: [
      {
        label: { vi: 'Nội dung', en: 'Content' },
        fields: [...contentFields(options.titleLabel), galleryField()],
      },
      { label: options.domainTabLabel, fields: options.fields },
      ...(withLocation
        ? [
            {
              label: { vi: 'Vị trí', en: 'Location' },
              fields: [locationField({ gpsFromPhotos: true }), adminUnitField(), formerAddressField()],
            },
          ]
        : []),
      { label: { vi: 'Nguồn tư liệu', en: 'Sources' }, fields: [sourcesField()] },
    ],
  }
  return {
    slug,
    labels,
    ...(options.graphQL ? { graphQL: options.graphQL } : {}),
    custom: { reviewWorkflow: true },
    admin: {
      useAsTitle: 'title',
      group,
      defaultColumns: [
        ...withReviewColumn(options.defaultColumns ?? ['title', '_status', 'updatedAt']),
        TRANSLATION_COLUMN,
      ],
      listSearchableFields: ['title', 'slug'],
      // Lists read their columns only (and what the cells read: selectWhatCellsRead).
      enableListViewSelectAPI: true,
      ...(options.baseFilter ? { baseFilter: options.baseFilter } : {}),
      // The review's steps as buttons next to "Lưu bản nháp", publishing after a question, and the
      // state in the top bar (with "Quay về bản đã xuất bản" for editors).
      components: {
        beforeListTable: ['/components/TranslatorListActions#TranslatorListActions'],
        edit: {
          SaveDraftButton: '/components/WorkflowActions#WorkflowActions',
          PublishButton: '/components/ConfirmedPublishButton#ConfirmedPublishButton',
          Status: '/components/ReviewStatus#ReviewStatus',
        },
      },
    },
    access: withTranslators(slug, options.access ?? communeEntryAccess),
    // Deleting moves to the trash, where entries can be restored (or deleted for good).
    trash: true,
    versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 50 },
    endpoints: [plaqueEndpoint(slug)],
    hooks: {
      ...options.hooks,
      beforeOperation: [
        translatorOperations,
        guardUnpublish(isEditorUser),
        selectWhatCellsRead,
        ...(options.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [
        translatorChanges,
        reviewBeforeChange,
        refuseUnsafeTrash,
        ...(options.hooks?.beforeChange ?? []),
        translationStateHook,
      ],
      beforeDelete: [refuseUnsafeDelete, ...(options.hooks?.beforeDelete ?? [])],
      afterChange: [
        shortCodeHooks.afterChange,
        ...(options.hooks?.afterChange ?? []),
        reviewAfterChange,
        publishAfterChange,
      ],
      afterDelete: [
        shortCodeHooks.afterDelete,
        ...(options.hooks?.afterDelete ?? []),
        auditAfterDelete,
        publishAfterDelete,
      ],
    },
    // What a translator may not change is read-only in its editor (the server refuses it anyway).
    fields: withTranslatorView([
      reviewBannerField(),
      tabs,
      slugField(),
      shortCodeField({
        vi: 'Do hệ thống cấp, không ai sửa được, không đổi khi sửa tên hay đường dẫn; in trên biển và tem QR (/p/mã).',
        en: 'Given by the system and changed by nobody, whatever the title or slug; printed on QR plaques and labels (/p/code).',
      }),
      sidebarPanel('printQr', { vi: 'In mã QR', en: 'Print QR code' }, '/components/PrintQr#PrintQr'),
      ...(options.extraSidebar ?? []),
      ...translationFields(),
      ...reviewFields(slug),
      internalNotesField(slug),
    ]),
  }
}

/** Panoramas, 3D models and audio guides attached to an entry: field, upload collection, label. */
const RICH_MEDIA = [
  ['panoramas', 'panoramas', { vi: 'Ảnh 360°', en: '360° panoramas' }],
  ['models', 'models', { vi: 'Mô hình 3D', en: '3D models' }],
  ['audioGuides', 'audio', { vi: 'Thuyết minh âm thanh', en: 'Audio guides' }],
] as const

export const richMediaFields = (): Field[] =>
  RICH_MEDIA.map(([name, relationTo, label]) => ({
    name,
    type: 'relationship',
    relationTo,
    hasMany: true,
    ...ownUploads(relationTo),
    label,
  }))
