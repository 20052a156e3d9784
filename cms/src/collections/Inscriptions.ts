/**
 * Inscriptions (issue 22): steles, horizontal boards, parallel sentences, royal ordinations, bells,
 * genealogies in Hán or Nôm, each kept at a relic or held for an intangible heritage. The text is
 * entered line by line (characters, phiên âm, dịch nghĩa), each line tied to where it is on one of
 * the entry's photos, and dated by the reign it names (contract/src/reigns.ts gives the year).
 *
 * An inscription has no place of its own: it is where its relic is. Its commune, which decides who
 * looks after it (../access/policy.ts, the same rules as every entry with a commune), is copied from
 * that relic or heritage on every save, follows it when the relic moves to another commune
 * (inscriptionsFollowParent, on relics and intangible heritage), and a relic outside the user's
 * communes is refused.
 */
import {
  findReign,
  gregorianYear,
  INSCRIPTION_SCRIPTS,
  INSCRIPTION_TYPES,
  REIGNS,
  TRANSCRIPTION_STATUSES,
} from '@heritage/contract'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  FieldHookArgs,
  FilterOptionsProps,
  NumberFieldSingleValidation,
  PayloadRequest,
  RelationshipFieldSingleValidation,
  Where,
} from 'payload'
import { can, communeAllowed, communeScope } from '../access/scope'
import { listField } from '../fields/list'
import { inUserLanguage } from '../fields/message'
import { selectOptions } from '../fields/options'
import { isRecord } from '../shared/guards'
import { idOf, idText } from '../shared/ids'
import { publicEntry } from './entry'

/** What an inscription may belong to. */
export const INSCRIPTION_PARENTS = ['relics', 'intangible-heritage'] as const
type Parent = (typeof INSCRIPTION_PARENTS)[number]

const isParent = (value: unknown): value is Parent => INSCRIPTION_PARENTS.some((p) => p === value)

/** The relic or heritage a polymorphic value names (`{ relationTo, value }`), or null. */
export function parentOf(value: unknown): { relationTo: Parent; id: string } | null {
  if (!isRecord(value) || !isParent(value.relationTo)) return null
  const id = idText(value.value)
  return id ? { relationTo: value.relationTo, id } : null
}

/** The commune of the relic or heritage (every version, drafts included), or null when it has none. */
async function parentCommune(req: PayloadRequest, parent: { relationTo: Parent; id: string }) {
  const found = await req.payload.find({
    collection: parent.relationTo,
    where: { id: { equals: parent.id } },
    draft: true,
    trash: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { commune: true },
    req,
  })
  const doc = found.docs[0]
  return doc ? { exists: true as const, commune: idOf(doc.commune) } : { exists: false as const, commune: null }
}

/** The picker offers the relics and heritage of the user's communes (editors: their province). */
const parentOptions = async ({ req }: FilterOptionsProps): Promise<boolean | Where> => {
  if (!req.user || can(req, 'admin')) return true
  const scope = await communeScope(req)
  return scope === false ? { id: { exists: false } } : scope
}

const validateParent: RelationshipFieldSingleValidation = async (value, { req, previousValue, operation }) => {
  const parent = parentOf(value)
  if (!parent) {
    return inUserLanguage(req, {
      vi: 'Hãy chọn di tích hoặc di sản phi vật thể có văn bản này.',
      en: 'Choose the relic or intangible heritage this text belongs to.',
    })
  }
  const found = await parentCommune(req, parent)
  if (!found.exists) {
    return inUserLanguage(req, {
      vi: 'Không tìm thấy di tích / di sản đã chọn (có thể đã bị xóa). Hãy chọn lại.',
      en: 'The chosen relic or heritage was not found (it may have been deleted). Choose again.',
    })
  }
  if (!req.user || can(req, 'admin')) return true
  const before = parentOf(previousValue)
  if (operation === 'update' && before?.relationTo === parent.relationTo && before.id === parent.id) return true
  if (await communeAllowed(req, found.commune)) return true
  return inUserLanguage(req, {
    vi: 'Di tích / di sản này không thuộc xã bạn phụ trách: bạn chỉ nhập văn bia, sắc phong của di tích trong xã mình. Hãy chọn di tích của xã mình, hoặc nhờ Sở nhập.',
    en: 'This relic or heritage is outside the communes you look after: you enter inscriptions of your own communes only. Choose one of yours, or ask the province office.',
  })
}

/** The commune follows the relic or heritage on every save: nobody sets it by hand. */
const communeFromParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parent = parentOf(data.attachedTo ?? originalDoc?.attachedTo)
  if (!parent) return data
  const found = await parentCommune(req, parent)
  return { ...data, commune: found.commune }
}

/**
 * When a relic or heritage moves to another commune, its inscriptions move with it at once, not at
 * their next save: the commune decides who may see and edit them, drafts and older versions
 * included (their versions' commune is what the scope rules read for a draft). Written straight to
 * the database, as the data it derives from, without a new version or a new `updatedAt` (nothing
 * public changes: an inscription's page does not show its commune).
 */
export const inscriptionsFollowParent: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  // A new relic has no inscriptions yet.
  if (operation !== 'update' || !isParent(collection.slug)) return doc
  const commune = idOf(doc.commune)
  if (idText(previousDoc?.commune) === idText(commune)) return doc
  const { payload } = req
  const found = await payload.db.find<Record<string, unknown>>({
    collection: 'inscriptions',
    where: {
      and: [{ 'attachedTo.relationTo': { equals: collection.slug } }, { 'attachedTo.value': { equals: doc.id } }],
    },
    limit: 0,
    pagination: false,
    req,
  })
  const ids = found.docs.flatMap((inscription) => idOf(inscription.id) ?? [])
  if (ids.length === 0) return doc
  await payload.db.updateMany({
    collection: 'inscriptions',
    where: { id: { in: ids } },
    // `updatedAt: null` keeps each date as it was (the Postgres and SQLite adapters' convention).
    data: { commune, updatedAt: null },
    returning: false,
    req,
  })
  const versions = await payload.db.findVersions({
    collection: 'inscriptions',
    where: { parent: { in: ids } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    await payload.db.updateVersion({
      collection: 'inscriptions',
      id: version.id,
      versionData: { updatedAt: null, version: { commune } } as never,
      returning: false,
      req,
    })
  }
  return doc
}

const KNOWN_REIGNS = REIGNS.map((r) => r.name).join(', ')

const reignOf = (siblingData: unknown) => {
  const dating = isRecord(siblingData) ? siblingData : {}
  const reign = typeof dating.reign === 'string' ? dating.reign : ''
  const reignYear = typeof dating.reignYear === 'number' ? dating.reignYear : undefined
  return { reign, reignYear, known: reign.trim() ? findReign(reign) : undefined }
}

/** A year a known reign did not have (Hàm Nghi counted one) is refused with the reign's span. */
const validateReignYear: NumberFieldSingleValidation = (value, { req, siblingData }) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value) || value < 1) {
    return inUserLanguage(req, {
      vi: `Năm thứ ${value} không hợp lệ: hãy nhập số năm của niên hiệu (1, 2, 3…).`,
      en: `Year ${value} is not valid: enter the year of the reign (1, 2, 3…).`,
    })
  }
  const { known } = reignOf(siblingData)
  if (!known || value <= known.years) return true
  return inUserLanguage(req, {
    vi: `Niên hiệu ${known.name} chỉ có ${known.years} năm (${known.start}–${known.start + known.years - 1}), không có năm thứ ${value}. Hãy kiểm tra lại năm ghi trên hiện vật.`,
    en: `The ${known.name} reign counted ${known.years} years (${known.start}–${known.start + known.years - 1}), not ${value}. Check the year written on the object.`,
  })
}

/** A Gregorian year that contradicts the reign's is refused, naming both. */
const validateYear: NumberFieldSingleValidation = (value, { req, siblingData }) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value)) {
    return inUserLanguage(req, {
      vi: `Năm dương lịch ${value} không hợp lệ: hãy nhập một năm (ví dụ 1783).`,
      en: `Gregorian year ${value} is not valid: enter a year (e.g. 1783).`,
    })
  }
  const { known, reignYear } = reignOf(siblingData)
  const expected = expectedYear(siblingData)
  if (expected === undefined || expected === value) return true
  return inUserLanguage(req, {
    vi: `Năm dương lịch ${value} không khớp niên hiệu: ${known?.name} năm thứ ${reignYear} là năm ${expected}. Hãy xóa năm dương lịch để hệ thống tự điền ${expected}, hoặc sửa niên hiệu / năm thứ.`,
    en: `Gregorian year ${value} does not match the reign: year ${reignYear} of ${known?.name} is ${expected}. Clear the Gregorian year to have ${expected} filled in, or correct the reign or its year.`,
  })
}

const expectedYear = (dating: unknown): number | undefined => {
  const { known, reignYear } = reignOf(dating)
  return known && reignYear !== undefined ? gregorianYear(known.name, reignYear) : undefined
}

/**
 * The Gregorian year of a known reign is filled in from the table when it is empty, or when it was
 * the table's year for the reign as it was before this save (the officer corrected the reign or its
 * year). A year the officer typed is kept, for the validation (which runs after) to compare.
 */
const yearFromReign = ({ value, siblingData, previousSiblingDoc }: FieldHookArgs) => {
  const expected = expectedYear(siblingData)
  if (expected === undefined) return value
  const typed = typeof value === 'number'
  const previous = isRecord(previousSiblingDoc) ? previousSiblingDoc.year : undefined
  const wasFilledIn = typed && value === previous && previous === expectedYear(previousSiblingDoc)
  return !typed || wasFilledIn ? expected : value
}

const datingField: Field = {
  name: 'dating',
  type: 'group',
  label: { vi: 'Niên đại', en: 'Dating' },
  admin: {
    description: {
      vi: `Ghi niên hiệu và năm thứ như trên hiện vật; với các niên hiệu sau, năm dương lịch được điền tự động: ${KNOWN_REIGNS}. Niên hiệu khác (hoặc trùng tên giữa các triều): hãy tự nhập năm dương lịch.`,
      en: `Enter the reign and its year as written on the object; for these reigns the Gregorian year is filled in: ${KNOWN_REIGNS}. For another reign (or a name shared by several dynasties) type the Gregorian year yourself.`,
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'reign', type: 'text', label: { vi: 'Niên hiệu (như trên hiện vật)', en: 'Reign (as written)' } },
        {
          name: 'reignYear',
          type: 'number',
          validate: validateReignYear,
          label: { vi: 'Năm thứ', en: 'Year of the reign' },
        },
        {
          name: 'year',
          type: 'number',
          validate: validateYear,
          hooks: { beforeChange: [yearFromReign] },
          label: { vi: 'Năm dương lịch', en: 'Gregorian year' },
        },
      ],
    },
    {
      name: 'text',
      type: 'text',
      localized: true,
      label: { vi: 'Niên đại ghi thêm (nếu có)', en: 'More of the date as written (if any)' },
      admin: {
        description: {
          vi: 'Phần còn lại của niên đại trên hiện vật, sau niên hiệu và năm: năm can chi, tháng, ngày (ví dụ: năm Quý Mão, ngày lành tháng mùa xuân). Trang công khai ghi sau niên hiệu.',
          en: 'The rest of the date on the object, after the reign and year: cyclical year, month, day (e.g. a Quý Mão year, an auspicious day of a spring month). The public page shows it after the reign.',
        },
      },
    },
  ],
}

/** The photos of this inscription (its gallery), as ids. */
const galleryIds = (data: unknown): string[] => {
  const gallery = isRecord(data) ? data.gallery : undefined
  return (Array.isArray(gallery) ? gallery : []).map(idText).filter((id): id is string => id !== null)
}

/** A line's photo is one of the inscription's own photos. */
const validateRegionPhoto: RelationshipFieldSingleValidation = (value, { req, data, siblingData }) => {
  const id = idText(isRecord(value) && 'value' in value ? value.value : value)
  const numbers = ['x', 'y', 'w', 'h'].some((k) => isRecord(siblingData) && typeof siblingData[k] === 'number')
  if (!id) {
    return numbers
      ? inUserLanguage(req, {
          vi: 'Đã nhập vị trí nhưng chưa chọn ảnh: hãy chọn ảnh có dòng chữ này (một ảnh trong thư viện ảnh của mục).',
          en: 'A position is entered but no photo is chosen: choose the photo showing this line (one of the entry’s gallery).',
        })
      : true
  }
  if (galleryIds(data).includes(id)) return true
  return inUserLanguage(req, {
    vi: 'Ảnh của dòng chữ phải là một ảnh trong "Thư viện ảnh" của văn bản này. Hãy thêm ảnh vào thư viện ảnh (tab Nội dung) rồi chọn lại.',
    en: 'The line’s photo must be one of this inscription’s gallery photos. Add the photo to the gallery (Content tab), then choose it again.',
  })
}

const fraction = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1

/** x, y, w, h: fractions of the photo, the box inside it. */
const validateFraction =
  (axis: 'x' | 'y' | 'w' | 'h'): NumberFieldSingleValidation =>
  (value, { req, siblingData }) => {
    const sibling = isRecord(siblingData) ? siblingData : {}
    const photo = idText(isRecord(sibling.photo) ? sibling.photo.value : sibling.photo)
    if (value === null || value === undefined) {
      return photo
        ? inUserLanguage(req, {
            vi: 'Đã chọn ảnh: hãy nhập đủ x, y, rộng, cao của vùng chữ (phân số từ 0 đến 1 của ảnh).',
            en: 'A photo is chosen: enter x, y, width and height of the line’s box (fractions of the photo, 0 to 1).',
          })
        : true
    }
    if (!fraction(value) || ((axis === 'w' || axis === 'h') && value === 0)) {
      return inUserLanguage(req, {
        vi: `Giá trị ${value} không hợp lệ: vị trí và kích thước là phân số của ảnh, từ 0 đến 1 (ví dụ 0,25 là một phần tư)${axis === 'w' || axis === 'h' ? ', lớn hơn 0' : ''}.`,
        en: `${value} is not valid: position and size are fractions of the photo, from 0 to 1 (0.25 is a quarter)${axis === 'w' || axis === 'h' ? ', above 0' : ''}.`,
      })
    }
    const start = axis === 'w' ? sibling.x : axis === 'h' ? sibling.y : undefined
    if (fraction(start) && start + value > 1 + 1e-9) {
      const [pos, size] = axis === 'w' ? ['x', 'rộng'] : ['y', 'cao']
      return inUserLanguage(req, {
        vi: `Vùng chữ vượt ra ngoài ảnh: ${pos} + ${size} = ${start} + ${value} > 1. Hãy giảm ${size} hoặc ${pos}.`,
        en: `The box goes outside the photo: ${axis === 'w' ? 'x + width' : 'y + height'} = ${start} + ${value} > 1. Reduce one of them.`,
      })
    }
    return true
  }

const coordinate = (name: 'x' | 'y' | 'w' | 'h', label: { vi: string; en: string }): Field => ({
  name,
  type: 'number',
  min: 0,
  max: 1,
  validate: validateFraction(name),
  label,
  admin: { step: 0.001 },
})

/** The region picker offers only the inscription's own photos. */
const ownGallery = ({ data }: FilterOptionsProps): Where => ({ id: { in: galleryIds(data) } })

const linesField = listField('lines', 'Dòng', ['Line', 'Lines'], {
  label: { vi: 'Các dòng văn bản', en: 'Lines of text' },
  admin: {
    description: {
      vi: 'Mỗi dòng (cột) chữ: chữ Hán/Nôm như trên hiện vật, phiên âm, dịch nghĩa, và vị trí trên ảnh (phân số 0–1 của chiều rộng, chiều cao ảnh, tính từ góc trên bên trái).',
      en: 'Each line (column) of text: the Hán/Nôm characters as written, the reading, the meaning, and where it is on a photo (fractions 0–1 of the photo’s width and height from its top left corner).',
    },
  },
  fields: [
    {
      name: 'original',
      type: 'textarea',
      required: true,
      label: { vi: 'Nguyên văn (chữ Hán / Nôm)', en: 'Original (Hán / Nôm characters)' },
    },
    { name: 'reading', type: 'textarea', label: { vi: 'Phiên âm', en: 'Reading (phiên âm)' } },
    {
      name: 'translation',
      type: 'textarea',
      localized: true,
      label: { vi: 'Dịch nghĩa', en: 'Translation' },
    },
    {
      // Draws the line's region (below) on its photo with the mouse or a finger (RegionPicker.tsx).
      name: 'regionPicker',
      type: 'ui',
      admin: { components: { Field: '/components/RegionPicker#RegionPicker' } },
    },
    {
      name: 'region',
      type: 'group',
      label: { vi: 'Vị trí trên ảnh', en: 'Position on the photo' },
      fields: [
        {
          name: 'photo',
          type: 'relationship',
          relationTo: 'media',
          filterOptions: ownGallery,
          validate: validateRegionPhoto,
          label: { vi: 'Ảnh', en: 'Photo' },
          // A photo uploaded here would not be in the gallery: photos are added on the Content tab.
          admin: { allowCreate: false },
        },
        {
          type: 'row',
          fields: [
            coordinate('x', { vi: 'x (từ trái)', en: 'x (from left)' }),
            coordinate('y', { vi: 'y (từ trên)', en: 'y (from top)' }),
            coordinate('w', { vi: 'Rộng', en: 'Width' }),
            coordinate('h', { vi: 'Cao', en: 'Height' }),
          ],
        },
      ],
    },
  ],
})

export const Inscriptions: CollectionConfig = publicEntry('inscriptions', {
  titleLabel: { vi: 'Tên văn bản (ví dụ: Bia "Hậu thần bi ký")', en: 'Title (e.g. the stele’s name)' },
  defaultColumns: ['title', 'inscriptionType', 'attachedTo', '_status', 'updatedAt'],
  domainTabLabel: { vi: 'Văn bản & niên đại', en: 'Text & dating' },
  withLocation: false,
  hooks: { beforeChange: [communeFromParent] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'inscriptionType',
          type: 'select',
          required: true,
          label: { vi: 'Loại văn bản', en: 'Kind of text' },
          options: selectOptions(INSCRIPTION_TYPES),
          index: true,
        },
        {
          name: 'script',
          type: 'select',
          label: { vi: 'Văn tự', en: 'Script' },
          options: selectOptions(INSCRIPTION_SCRIPTS),
        },
        {
          name: 'transcription',
          type: 'select',
          required: true,
          defaultValue: 'unreviewed',
          label: { vi: 'Tình trạng phiên âm', en: 'Transcription status' },
          options: selectOptions(TRANSCRIPTION_STATUSES),
        },
      ],
    },
    {
      name: 'attachedTo',
      type: 'relationship',
      relationTo: [...INSCRIPTION_PARENTS],
      required: true,
      index: true,
      filterOptions: parentOptions,
      validate: validateParent,
      label: { vi: 'Thuộc di tích / di sản', en: 'Kept at (relic or heritage)' },
      admin: {
        description: {
          vi: 'Văn bản ở đâu thì theo di tích đó: xã / phường của văn bản lấy theo di tích hoặc di sản đã chọn.',
          en: 'An inscription is where its relic is: its commune is the chosen relic’s or heritage’s.',
        },
      },
    },
    {
      name: 'placement',
      type: 'textarea',
      localized: true,
      label: { vi: 'Vị trí trong di tích', en: 'Placement within the relic' },
      admin: {
        description: { vi: 'Ví dụ: nhà bia bên trái cổng tam quan.', en: 'E.g. the stele house left of the gate.' },
      },
    },
    datingField,
    linesField,
  ],
  extraSidebar: [
    {
      name: 'commune',
      type: 'relationship',
      relationTo: 'admin-units',
      index: true,
      label: { vi: 'Xã / phường', en: 'Commune / ward' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tự động theo di tích / di sản của văn bản.',
          en: 'Follows the inscription’s relic or heritage.',
        },
      },
    },
  ],
})
