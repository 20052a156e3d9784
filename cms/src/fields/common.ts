import type { Field, RelationshipFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { isStaff } from '../access/roles'
import { can, communeAllowed } from '../access/scope'
import { inUserLanguage } from './message'

export const galleryField = (): Field => ({
  name: 'gallery',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label: { vi: 'Thư viện ảnh', en: 'Gallery' },
  admin: { description: { vi: 'Ảnh đầu tiên là ảnh đại diện.', en: 'The first image is the cover.' } },
})

/** The commune decides who looks after an entry: it must lie in the user's own scope. */
const validateCommune: RelationshipFieldSingleValidation = async (value, { req, previousValue, operation }) => {
  if (!req.user || can(req, 'admin')) return true
  const id = typeof value === 'object' && value && 'value' in value ? value.value : value
  if (operation === 'update' && String(id ?? '') === String(previousValue ?? '')) return true
  if (await communeAllowed(req, id)) return true
  if (!id) {
    return inUserLanguage(req, {
      vi: 'Hãy chọn xã / phường của mục này (một trong các xã bạn phụ trách).',
      en: 'Choose the commune of this entry (one of the communes you look after).',
    })
  }
  return inUserLanguage(req, {
    vi: 'Xã / phường này không thuộc phạm vi bạn phụ trách. Hãy chọn một xã của mình, hoặc nhờ Sở chuyển mục.',
    en: 'This commune is outside the area you look after. Choose one of yours, or ask the province office to move the entry.',
  })
}

export const adminUnitField = (): Field => ({
  name: 'commune',
  type: 'relationship',
  relationTo: 'admin-units',
  label: { vi: 'Xã / phường', en: 'Commune / ward' },
  filterOptions: { level: { equals: 'commune' } },
  index: true,
  validate: validateCommune,
  // Producers keep their own records but cannot move them to another commune.
  access: { create: isStaff, update: isStaff },
  admin: { position: 'sidebar' },
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

export const sourcesField = (): Field => ({
  name: 'sources',
  type: 'array',
  label: { vi: 'Nguồn tư liệu', en: 'Sources and references' },
  labels: { singular: { vi: 'Nguồn', en: 'Source' }, plural: { vi: 'Nguồn', en: 'Sources' } },
  fields: [
    { name: 'citation', type: 'text', required: true, label: { vi: 'Trích dẫn', en: 'Citation' } },
    { name: 'url', type: 'text', label: { vi: 'Địa chỉ web', en: 'URL' }, validate: validateUrl },
    { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
  ],
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
        { name: 'number', type: 'text', label: { vi: 'Số quyết định', en: 'Decision number' } },
        {
          name: 'date',
          type: 'date',
          label: { vi: 'Ngày ký', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    { name: 'issuer', type: 'text', localized: true, label: { vi: 'Cơ quan ban hành', en: 'Issuing body' } },
  ],
})

/** Notes for staff only: never readable by the public API, never exported. */
export const internalNotesField = (): Field => ({
  name: 'internalNotes',
  type: 'textarea',
  label: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
  access: { read: isStaff, create: isStaff, update: isStaff },
  admin: {
    position: 'sidebar',
    description: { vi: 'Không bao giờ công bố ra trang công khai.', en: 'Never published to the public site.' },
  },
})
