import { LOCALE_TABLE } from '@heritage/contract'
import { acceptedMimeTypes } from '@heritage/media-tools/detect'
import {
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type JSONField,
  type TextField,
  validations,
} from 'payload'
import { audioAccess, mediaAccess, originalFileField, staffField, uploadedByAccess } from '../access/policy'
import { nounLabels } from '../fields/list'
import { notePyramidBeforeDelete, removeUnusedPyramid } from '../media/deepZoom'
import { refuseOwnDuplicate } from '../media/duplicates'
import { measureDuration } from '../media/duration'
import {
  checkUpload,
  discardFailedUpload,
  freezeInUse,
  keepUpdatedAt,
  noteNewOriginal,
  processModel,
  processPano,
  processPhoto,
  refuseCopyOfOthersOriginal,
  removeUnusedDerivatives,
} from '../media/hooks'
import { type REQUIRED_BEFORE_UPLOAD, requiredBeforeUpload } from '../media/required'
import { derivativeEndpoint } from '../media/store'
import { WEB_VERSION_STATES } from '../media/webVersionStates'
import { retryWebVersionsEndpoint, wakeWebVersionWorker } from '../media/webVersions'
import { uploadDir } from '../paths'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'
import { isRecord } from '../shared/guards'
import { refuseUnsafeDelete } from '../workflow/references'
import { auditAfterDelete } from '../workflow/review'
import { ADMIN_GROUPS } from './entry'

const creditFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      // Localized: a person's name is typed once (English falls back to it), a phrase such as
      // "Ảnh minh họa tạo tự động" gets its English in the English locale (issue 17).
      { name: 'credit', type: 'text', localized: true, label: { vi: 'Tác giả / nguồn', en: 'Credit' } },
      { name: 'license', type: 'text', label: { vi: 'Giấy phép', en: 'Licence' }, defaultValue: 'CC BY 4.0' },
    ],
  },
]

/**
 * The description each upload must have, checked by the admin's Save button before the file is
 * sent (components/UploadSaveButton) and by the same rule on the server (media/required.ts).
 */
const describedField = (
  slug: keyof typeof REQUIRED_BEFORE_UPLOAD & string,
  field: TextField & { hasMany?: false },
): Field => ({
  ...field,
  required: true,
  validate: requiredBeforeUpload(slug, validations.text),
})

/** Save checks the required description in the browser before any byte of the file is sent. */
const uploadEditComponents = { edit: { SaveButton: '/components/UploadSaveButton#UploadSaveButton' } }

/** The web versions media-tools stored (a JSON field): those with a file, read by their format and width. */
const storedDerivatives = (value: unknown): { format: unknown; width: number; file: string }[] =>
  (Array.isArray(value) ? value : [])
    .filter(isRecord)
    .flatMap(({ format, width, file }) =>
      typeof file === 'string' && file ? [{ format, width: typeof width === 'number' ? width : 0, file }] : [],
    )

/**
 * Thumbnails in lists and in the library picker: the smallest WebP web version (HEIC photos
 * included, which browsers cannot show), never the full original; while a photo's web versions
 * are being made, the 320-pixel preview its save made.
 */
const smallestWebVersion = (slug: string, doc: Record<string, unknown>): string | null => {
  const best = storedDerivatives([doc.cardDerivatives, doc.derivatives, doc.preview].find(Array.isArray))
    .filter((d) => d.format === 'webp' || d.format === 'jpeg')
    .sort((a, b) => a.width - b.width || (a.format === 'webp' ? -1 : 1))[0]
  return best?.file ? `/api/${slug}/derivatives/${best.file}` : null
}

/** A panorama's thumbnail is its small 1024×512 equirectangular preview. */
const panoramaPreview = (doc: Record<string, unknown>): string | null => {
  const preview = isRecord(doc.derivatives) ? doc.derivatives.preview : undefined
  return isRecord(preview) && typeof preview.file === 'string' && preview.file
    ? `/api/panoramas/derivatives/${preview.file}`
    : null
}

/** Panels and machine-written values: no list column or filter for them (a JSON table is no column). */
const NOT_IN_LISTS = { disableListColumn: true, disableListFilter: true } as const

/** A value media-tools writes, read-only, hidden from the form and from list columns and filters. */
const machineField = (field: JSONField | (TextField & { hasMany?: false })): Field => ({
  ...field,
  admin: { ...NOT_IN_LISTS, hidden: true, readOnly: true },
})

/**
 * Labels for the fields Payload adds to every upload collection with English names of its own
 * ("MIME Type", "Thumbnail URL", "URL"), which the column and filter pickers show: Payload merges
 * a field of the same name into its own (mergeBaseFields), keeping everything else it sets. With
 * `privateOriginal`, the original's address and name are read only by those who may have the file
 * (originalFileField), on every route that shows a record: REST, GraphQL, a populated relationship.
 */
const uploadFieldLabels = (privateOriginal: boolean): Field[] => {
  const access = privateOriginal ? { access: { read: originalFileField } } : {}
  return [
    { name: 'mimeType', type: 'text', label: { vi: 'Kiểu tệp (MIME)', en: 'MIME type' } },
    { name: 'thumbnailURL', type: 'text', label: { vi: 'Địa chỉ ảnh nhỏ', en: 'Thumbnail URL' } },
    { name: 'url', type: 'text', label: { vi: 'Địa chỉ tệp', en: 'File URL' }, ...access },
    { name: 'filename', type: 'text', label: { vi: 'Tên tệp', en: 'File name' }, ...access },
  ]
}

/** Web versions made by media-tools; read-only, shown to the officer by the MediaDerivatives panel. */
const derivativeFields = (): Field[] => [
  {
    name: 'derivativesPanel',
    type: 'ui',
    label: { vi: 'Bản cho web', en: 'Web versions' },
    admin: { ...NOT_IN_LISTS, components: { Field: '/components/MediaDerivatives#MediaDerivatives' } },
  },
  machineField({ name: 'derivatives', type: 'json', label: { vi: 'Bản cho web', en: 'Web versions' } }),
  machineField({ name: 'placeholder', type: 'text', label: { vi: 'Ảnh mờ tạm', en: 'Placeholder' } }),
]

/**
 * Originals keep what the camera recorded (GPS, time, device): the file and its address go to the
 * office's staff and the uploader only, the records to signed-in users (see mediaAccess and
 * originalFileField); everyone else, translators and the public included, gets the stripped web
 * versions from the derivatives endpoint. Contributors and producers change and delete only what
 * they uploaded.
 */
const uploadedByField = (): Field => ({
  name: 'uploadedBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { vi: 'Người tải lên', en: 'Uploaded by' },
  access: uploadedByAccess,
  hooks: {
    beforeChange: [({ value, operation, req }) => (operation === 'create' && req.user ? req.user.id : value)],
  },
  admin: { position: 'sidebar', readOnly: true },
})

/** The admin of an upload collection: in the media group, listed by file and `title`, saved by UploadSaveButton. */
const uploadAdmin = (title: 'alt' | 'title'): CollectionConfig['admin'] => ({
  group: ADMIN_GROUPS.media,
  useAsTitle: title,
  defaultColumns: ['filename', title, 'credit', 'updatedAt'],
  components: uploadEditComponents,
})

type CollectionHooks = NonNullable<CollectionConfig['hooks']>

type AfterChange = NonNullable<CollectionHooks['afterChange']>
const withAfterChange = (hooks: CollectionHooks, first: AfterChange, last: AfterChange): CollectionHooks => ({
  ...hooks,
  afterChange: [...first, ...(hooks.afterChange ?? []), ...last],
})

/** A photo's deep-zoom pyramid (made for inscriptions) goes when the photo does. */
const withPyramids = (hooks: CollectionHooks): CollectionHooks => ({
  ...hooks,
  beforeDelete: [...(hooks.beforeDelete ?? []), notePyramidBeforeDelete],
  afterDelete: [...(hooks.afterDelete ?? []), removeUnusedPyramid],
})

/**
 * The hooks every upload collection runs: the file is checked (and a file in use frozen, a
 * duplicate refused) before Payload stores it, processed by media-tools, then published; a delete
 * is refused while something uses the file, and audited, and takes the file's web versions with it;
 * a save that fails takes back the files it wrote.
 */
const uploadHooks = (
  kind: Parameters<typeof checkUpload>[0],
  process: NonNullable<CollectionHooks['beforeChange']>[number],
): CollectionHooks => ({
  beforeOperation: [freezeInUse, checkUpload(kind), refuseOwnDuplicate],
  beforeChange: [noteNewOriginal, process],
  afterChange: [publishAfterChange],
  beforeDelete: [refuseUnsafeDelete],
  afterDelete: [auditAfterDelete, publishAfterDelete, removeUnusedDerivatives],
  afterError: [discardFailedUpload],
})

interface UploadOptions {
  /** The description each file must have (see describedField), and what the list shows. */
  title: { name: 'alt' | 'title'; label: { vi: string; en: string } }
  access: CollectionConfig['access']
  /** What Payload accepts; the files go to this collection's own folder. */
  upload: Omit<Exclude<CollectionConfig['upload'], boolean | undefined>, 'staticDir'>
  hooks: CollectionHooks
  /**
   * Web versions served by the derivatives endpoint, the original then kept for those who may have
   * it (audio guides have none: their file, stored without tags, is the public one).
   */
  derivatives: boolean
  fields: Field[]
}

/** An upload collection, called `nameVi` / `nameEn` in the admin: who uploaded, Payload's own fields labelled, the required description, then `fields`. */
const uploadCollection = (
  slug: keyof typeof REQUIRED_BEFORE_UPLOAD & CollectionSlug,
  nameVi: string,
  nameEn: readonly [one: string, many: string],
  options: UploadOptions,
): CollectionConfig => ({
  slug,
  labels: nounLabels(nameVi, nameEn),
  admin: uploadAdmin(options.title.name),
  access: options.access,
  upload: { staticDir: uploadDir(slug), ...options.upload },
  // Files with a private original: no copy of one for those who may not have it.
  hooks: options.derivatives
    ? { ...options.hooks, beforeOperation: [refuseCopyOfOthersOriginal, ...(options.hooks.beforeOperation ?? [])] }
    : options.hooks,
  ...(options.derivatives ? { endpoints: [derivativeEndpoint] } : {}),
  fields: [
    uploadedByField(),
    ...uploadFieldLabels(options.derivatives),
    describedField(slug, { name: options.title.name, type: 'text', localized: true, label: options.title.label }),
    ...options.fields,
  ],
})

/**
 * Photos. Raster formats only (media-tools' ACCEPTED_TYPES): SVG can carry scripts, so it is not
 * accepted here; iPhone HEIC is, and is converted like any other photo.
 */
const photos = uploadCollection('media', 'Ảnh', ['Image', 'Images'], {
  title: { name: 'alt', label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text' } },
  access: mediaAccess,
  upload: {
    mimeTypes: acceptedMimeTypes('image'),
    adminThumbnail: ({ doc }) => smallestWebVersion('media', doc),
    focalPoint: true,
    crop: true,
  },
  // keepUpdatedAt first: the other hooks and the caller see the record as kept.
  hooks: withPyramids(withAfterChange(uploadHooks('image', processPhoto), [keepUpdatedAt], [wakeWebVersionWorker])),
  derivatives: true,
  fields: [
    {
      name: 'webVersions',
      type: 'select',
      index: true,
      label: { vi: 'Bản cho web', en: 'Web versions' },
      options: Object.entries(WEB_VERSION_STATES).map(([value, label]) => ({ value, label: { ...label } })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Ảnh tải lên được lưu ngay; các bản cho trang công khai được tạo sau đó. Việc xuất bản chờ chúng.',
          en: 'An upload is stored at once; its versions for the public site are made afterwards. Publishing waits for them.',
        },
        components: {
          Cell: '/components/WebVersionsCell#WebVersionsCell',
          Field: '/components/WebVersionsField#WebVersionsField',
        },
      },
    },
    // The failure names the original file (private, as `filename` is): read by those who may have
    // it (the office's staff and the uploader, who can act on it), on every route.
    machineField({
      name: 'webVersionsError',
      type: 'text',
      label: { vi: 'Lỗi tạo bản web', en: 'Web versions error' },
      access: { read: originalFileField },
    }),
    machineField({ name: 'preview', type: 'json', label: { vi: 'Ảnh xem trước', en: 'Preview' } }),
    { name: 'caption', type: 'text', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    ...creditFields(),
    ...derivativeFields(),
    machineField({ name: 'cardDerivatives', type: 'json', label: { vi: 'Bản cho thẻ', en: 'Card versions' } }),
    machineField({ name: 'dominantColor', type: 'text', label: { vi: 'Màu chủ đạo', en: 'Dominant colour' } }),
    {
      name: 'photo',
      type: 'group',
      label: { vi: 'Thông tin chụp (từ EXIF, không công bố)', en: 'Capture details (from EXIF, not published)' },
      access: { read: staffField },
      admin: {
        readOnly: true,
        description: {
          vi: 'Đọc từ ảnh gốc; ảnh công khai đã được xóa toàn bộ siêu dữ liệu. Tọa độ GPS được gợi ý ở tab Vị trí của mục có ảnh này.',
          en: 'Read from the original; public images carry no metadata. The GPS position is offered on the Location tab of entries using this photo.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'gpsLat', type: 'number', label: { vi: 'Vĩ độ GPS', en: 'GPS latitude' } },
            { name: 'gpsLng', type: 'number', label: { vi: 'Kinh độ GPS', en: 'GPS longitude' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'capturedAt', type: 'date', label: { vi: 'Thời điểm chụp', en: 'Taken at' } },
            { name: 'camera', type: 'text', label: { vi: 'Máy chụp', en: 'Camera' } },
          ],
        },
      ],
    },
  ],
})

/** Photos, with where their web versions stand in the list and the retry action (media/webVersions.ts). */
export const Media: CollectionConfig = {
  ...photos,
  admin: { ...photos.admin, defaultColumns: ['filename', 'alt', 'webVersions', 'credit', 'updatedAt'] },
  endpoints: [...(photos.endpoints || []), retryWebVersionsEndpoint],
}

const TITLE = { name: 'title', label: { vi: 'Tiêu đề', en: 'Title' } } as const

export const Panoramas = uploadCollection('panoramas', 'Ảnh 360°', ['360° panorama', '360° panoramas'], {
  title: TITLE,
  access: mediaAccess,
  upload: {
    mimeTypes: acceptedMimeTypes('panorama'),
    adminThumbnail: ({ doc }) => panoramaPreview(doc),
  },
  hooks: uploadHooks('panorama', processPano),
  derivatives: true,
  fields: [
    {
      name: 'initialHeading',
      type: 'number',
      min: 0,
      max: 360,
      defaultValue: 0,
      label: { vi: 'Hướng nhìn ban đầu (độ)', en: 'Initial heading (degrees)' },
    },
    ...creditFields(),
    ...derivativeFields(),
  ],
})

export const Models = uploadCollection('models', 'Mô hình 3D', ['3D model', '3D models'], {
  title: TITLE,
  access: mediaAccess,
  upload: {
    mimeTypes: ['model/gltf-binary', 'model/gltf+json'],
    // A .gltf is JSON, which Payload's own type check cannot recognise (it refused valid files as
    // "text/plain" in English); checkUpload judges every model by its content before Payload runs.
    allowRestrictedFileTypes: true,
  },
  hooks: uploadHooks('model', processModel),
  derivatives: true,
  fields: [
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện (hiện trước khi tải mô hình)', en: 'Poster (shown before the model loads)' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    ...creditFields(),
    {
      name: 'reportPanel',
      type: 'ui',
      label: { vi: 'Báo cáo mô hình', en: 'Model report' },
      admin: { ...NOT_IN_LISTS, components: { Field: '/components/ModelReport#ModelReport' } },
    },
    machineField({ name: 'report', type: 'json', label: { vi: 'Báo cáo mô hình', en: 'Model report' } }),
    {
      name: 'optimised',
      type: 'group',
      label: { vi: 'Bản tối ưu', en: 'Optimised version' },
      admin: { ...NOT_IN_LISTS, hidden: true },
      fields: [{ name: 'file', type: 'text', label: { vi: 'Tệp', en: 'File' }, admin: { readOnly: true } }],
    },
  ],
})

export const Audio = uploadCollection('audio', 'Thuyết minh âm thanh', ['Audio guide', 'Audio guides'], {
  title: TITLE,
  access: audioAccess,
  upload: {
    mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/ogg', 'audio/wav', 'audio/webm'],
  },
  hooks: uploadHooks('audio', measureDuration),
  // Audio guides have no web derivative: the site plays the uploaded file itself.
  derivatives: false,
  fields: [
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      // Every content locale of the contract's table: a guide may be recorded before its language
      // is published (the site offers the visitor's language first, among the published ones).
      options: LOCALE_TABLE.map((l) => ({
        value: l.code,
        label: { vi: `${l.name} (${l.code})`, en: `${l.english} (${l.code})` },
      })),
      label: { vi: 'Ngôn ngữ thuyết minh', en: 'Spoken language' },
    },
    { name: 'transcript', type: 'textarea', localized: true, label: { vi: 'Lời thuyết minh', en: 'Transcript' } },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' },
      admin: {
        description: {
          vi: 'Tự đo từ tệp khi tải lên hoặc thay tệp; có thể sửa nếu cần.',
          en: 'Measured from the file when it is uploaded or replaced; you may correct it.',
        },
      },
    },
    ...creditFields(),
  ],
})
