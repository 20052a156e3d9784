import { DATE_PRECISIONS } from '@heritage/contract'
import {
  type CollectionSlug,
  type DateField,
  type Field,
  type FieldHook,
  type NumberField,
  type NumberFieldSingleValidation,
  type PayloadRequest,
  type RelationshipFieldSingleValidation,
  type TextFieldSingleValidation,
  type UploadFieldManyValidation,
  validations,
} from 'payload'
import { ownMediaOptions, ownUploadsRefusal, scopedCommuneOptions, soleCommune } from '../access/choices'
import { privateToScope } from '../access/fieldScope'
import { staffField } from '../access/policy'
import { can, communeAllowed } from '../access/scope'
import { resolveFormerAddress } from '../adminUnits/installation'
import type { Resolution } from '../adminUnits/resolve'
import { isRecord, recordOr } from '../shared/guards'
import { listField } from './list'
import { inUserLanguage } from './message'
import { selectOptions } from './options'

/**
 * A producer account adds its own photos to its records (the picker offers only those:
 * ownMediaOptions); photos the culture office attached earlier stay. Refused on every route.
 */
const validateGallery: UploadFieldManyValidation = async (value, args) => {
  const base = await validations.upload(value, { ...args, filterOptions: undefined })
  if (base !== true) return base
  return ownUploadsRefusal(args.req, 'media', value, args.previousValue)
}

export const galleryField = (): Field => ({
  name: 'gallery',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  filterOptions: ownMediaOptions,
  validate: validateGallery,
  label: { vi: 'Thư viện ảnh', en: 'Gallery' },
  admin: { description: { vi: 'Ảnh đầu tiên là ảnh đại diện.', en: 'The first image is the cover.' } },
})

interface FormerAddress {
  commune?: string | null
  district?: string | null
}

const formerAddressOf = (siblingData: unknown): FormerAddress | undefined => {
  const former = recordOr(siblingData).formerAddress
  if (!isRecord(former)) return undefined
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return { commune: text(former.commune), district: text(former.district) }
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ')

/** Why an old address cannot fill in the commune by itself, in the user's language. */
function formerAddressRefusal(req: PayloadRequest, written: string, resolution: Resolution): string | null {
  switch (resolution.status) {
    case 'current':
    case 'former':
      return null
    case 'split': {
      const old = resolution.formerDistrict
        ? `${resolution.formerCommune} (${resolution.formerDistrict})`
        : resolution.formerCommune
      const names = quoted(resolution.candidates.map((c) => c.name))
      return inUserLanguage(req, {
        vi: `Xã / phường cũ "${old}" đã được chia cho nhiều xã / phường mới: ${names}. Hãy chọn đúng một xã ở ô "Xã / phường".`,
        en: `The former commune "${old}" was split between several new communes: ${names}. Choose the right one in "Commune / ward".`,
      })
    }
    case 'ambiguous': {
      const places = resolution.candidates.map((c) => (c.district ? `${c.district} → ${c.name}` : c.name))
      return inUserLanguage(req, {
        vi: `Có nhiều xã / phường cũ tên "${resolution.formerCommune}" (${places.join('; ')}). Hãy ghi "Huyện / quận cũ", hoặc chọn xã ở ô "Xã / phường".`,
        en: `Several former communes are called "${resolution.formerCommune}" (${places.join('; ')}). Fill in the former district, or choose the commune in "Commune / ward".`,
      })
    }
    case 'unknown':
      return inUserLanguage(req, {
        vi: `Không tìm thấy xã / phường cũ "${written}" trong danh mục đơn vị hành chính. Hãy kiểm tra lại tên và huyện cũ, hoặc chọn xã ở ô "Xã / phường".`,
        en: `No former commune "${written}" was found among the administrative units. Check the name and former district, or choose the commune in "Commune / ward".`,
      })
  }
}

/**
 * An empty commune is filled in from the former address when that names exactly one new commune.
 * A new entry given a former address and no commune is placed by that address, not by the
 * user's default commune (soleCommune): an old record of another commune is refused, not moved.
 */
const communeFromFormerAddress: FieldHook = async ({ value, siblingData, req, operation }) => {
  const former = formerAddressOf(siblingData)
  if (!former?.commune?.trim()) return value
  const defaulted = operation === 'create' && recordOr(siblingData).commune === undefined
  if (value && !defaulted) return value
  const resolution = await resolveFormerAddress(req, former.commune, former.district)
  if (resolution.status === 'current' || resolution.status === 'former') return resolution.id
  return defaulted ? null : value
}

const outsideScope = (req: PayloadRequest) =>
  inUserLanguage(req, {
    vi: 'Xã / phường này không thuộc phạm vi bạn phụ trách. Hãy chọn một xã của mình, hoặc nhờ Sở chuyển mục.',
    en: 'This commune is outside the area you look after. Choose one of yours, or ask the province office to move the entry.',
  })

/**
 * The commune decides who looks after an entry: it must lie in the user's own scope. A former
 * address that could not fill it in (split, ambiguous, unknown) is refused with the choices.
 */
const validateCommune: RelationshipFieldSingleValidation = async (
  value,
  { req, previousValue, operation, siblingData },
) => {
  const id = typeof value === 'object' && value && 'value' in value ? value.value : value
  const former = formerAddressOf(siblingData)
  if (!id && former?.commune?.trim()) {
    const refusal = formerAddressRefusal(
      req,
      former.commune,
      await resolveFormerAddress(req, former.commune, former.district),
    )
    if (refusal) return refusal
  }
  if (!req.user || can(req, 'admin')) return true
  if (operation === 'update' && String(id ?? '') === String(previousValue ?? '')) return true
  if (await communeAllowed(req, id)) return true
  if (!id) {
    return inUserLanguage(req, {
      vi: 'Hãy chọn xã / phường của mục này (một trong các xã bạn phụ trách).',
      en: 'Choose the commune of this entry (one of the communes you look after).',
    })
  }
  return outsideScope(req)
}

/** A place inside an entry (a site of a relic cluster): optional, but inside the user's scope. */
const validatePlaceCommune: RelationshipFieldSingleValidation = async (value, { req, previousValue, operation }) => {
  const id = typeof value === 'object' && value && 'value' in value ? value.value : value
  if (!id || !req.user || can(req, 'admin')) return true
  if (operation === 'update' && String(id) === String(previousValue ?? '')) return true
  return (await communeAllowed(req, id)) ? true : outsideScope(req)
}

/** The commune of a place inside an entry, chosen like the entry's own (see scopedCommuneOptions). */
export const placeCommuneField = (): Field => ({
  name: 'commune',
  type: 'relationship',
  relationTo: 'admin-units',
  filterOptions: scopedCommuneOptions,
  validate: validatePlaceCommune,
  label: { vi: 'Xã / phường', en: 'Commune / ward' },
})

export const adminUnitField = (): Field => ({
  name: 'commune',
  type: 'relationship',
  relationTo: 'admin-units',
  label: { vi: 'Xã / phường', en: 'Commune / ward' },
  filterOptions: scopedCommuneOptions,
  defaultValue: soleCommune,
  index: true,
  validate: validateCommune,
  hooks: { beforeValidate: [communeFromFormerAddress] },
  // Producers keep their own records but cannot move them to another commune.
  access: { create: staffField, update: staffField },
  admin: { position: 'sidebar' },
})

/**
 * Where an entry was before 1 July 2025, as old records write it. Kept for history (never
 * published) and used to fill in an empty commune; see validateCommune.
 */
export const formerAddressField = (): Field => ({
  name: 'formerAddress',
  type: 'group',
  label: { vi: 'Địa chỉ cũ (trước 1/7/2025)', en: 'Former address (before 1 July 2025)' },
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Ghi theo hồ sơ cũ. Nếu để trống "Xã / phường", hệ thống tự tìm xã mới; xã cũ bị chia thì cán bộ phải chọn.',
      en: 'As old records write it. With "Commune / ward" empty the new commune is found from it; a split commune needs a choice.',
    },
  },
  fields: [
    {
      name: 'commune',
      type: 'text',
      label: { vi: 'Xã / phường cũ (trước 1/7/2025)', en: 'Former commune (before 1 July 2025)' },
    },
    { name: 'district', type: 'text', label: { vi: 'Huyện / quận cũ', en: 'Former district' } },
  ],
})

export const validateUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {}
  return inUserLanguage(req, {
    vi: `"${value}" không phải là địa chỉ web hợp lệ. Hãy dán địa chỉ đầy đủ bắt đầu bằng https://`,
    en: `"${value}" is not a valid web address. Paste the full address starting with https://`,
  })
}

export const sourcesField = (): Field =>
  listField('sources', 'Nguồn', ['Source', 'Sources'], {
    label: { vi: 'Nguồn tư liệu', en: 'Sources and references' },
    fields: [
      { name: 'citation', type: 'text', required: true, label: { vi: 'Trích dẫn', en: 'Citation' } },
      { name: 'url', type: 'text', label: { vi: 'Địa chỉ web', en: 'URL' }, validate: validateUrl },
      { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
    ],
  })

/** A date field's admin settings for a calendar day, shown as Vietnamese write it (dd/MM/yyyy). */
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

type Label = { vi: string; en: string }

/** A calendar day (a production date, a decision's date), picked and shown as Vietnamese write it. */
export const dayField = (
  name: string,
  label: Label,
  more: Partial<Omit<DateField, 'name' | 'type' | 'label'>> = {},
): Field => ({ name, type: 'date', label, ...more, admin: { ...more.admin, ...dayOnly } })

/** The number of a legal decision or certificate. */
export const decisionNumberField = (): Field => ({
  name: 'number',
  type: 'text',
  label: { vi: 'Số quyết định', en: 'Decision number' },
})

/** A legal decision (ranking, recognition, certification): number, date and issuing body. */
export const decisionField = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        decisionNumberField(),
        dayField('date', { vi: 'Ngày ký', en: 'Date' }),
        {
          name: 'datePrecision',
          // Payload's name for this column inside versions of craft villages is too long for databases.
          dbName: 'date_prec',
          type: 'select',
          options: selectOptions(DATE_PRECISIONS),
          label: { vi: 'Ngày ký chỉ biết đến', en: 'Date known only to' },
          admin: {
            description: {
              vi: 'Để trống khi biết đủ ngày. Nếu chỉ biết năm, chọn ngày 1/1 của năm đó và "Chỉ biết năm".',
              en: 'Leave empty when the full date is known. For a year alone, pick 1 January of that year and "Year only".',
            },
          },
        },
      ],
    },
    { name: 'issuer', type: 'text', localized: true, label: { vi: 'Cơ quan ban hành', en: 'Issuing body' } },
  ],
})

/**
 * Notes for the staff who look after the document (its commune, province or product; see
 * access/fieldScope.ts): never readable by the public API, never published, and not by staff
 * of other communes either.
 */
export const internalNotesField = (collection: CollectionSlug): Field => ({
  name: 'internalNotes',
  type: 'textarea',
  label: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
  access: { read: privateToScope(collection, { owner: false }), create: staffField, update: staffField },
  admin: {
    position: 'sidebar',
    description: { vi: 'Không bao giờ công bố ra trang công khai.', en: 'Never published to the public site.' },
  },
})

/**
 * Counts and years (households, workers, a year of birth, a lunar day) are whole numbers: a
 * decimal was stored and then stopped the site's export, which checks them; it is refused here,
 * at save, on every route. Payload's own checks (min, max) still run.
 */
export const validateWholeNumber: NumberFieldSingleValidation = (value, args) => {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return inUserLanguage(args.req, {
      vi: `${String(value).replace('.', ',')} không phải số nguyên: ô này chỉ nhận số nguyên (ví dụ 12, không phải 12,5). Hãy sửa lại.`,
      en: `${value} is not a whole number: this field takes whole numbers only (12, not 12.5). Correct it.`,
    })
  }
  return validations.number(value, args)
}

/** A count or a year: a whole number (see validateWholeNumber). */
export const wholeNumberField = (
  name: string,
  label: Label,
  more: Pick<NumberField, 'required' | 'min' | 'max' | 'defaultValue'> = {},
): Field => ({ name, type: 'number', validate: validateWholeNumber, label, ...more })
