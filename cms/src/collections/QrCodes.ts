import { ENTRY_KINDS } from '@heritage/contract'
import type { CollectionConfig, DateField } from 'payload'
import { hiddenUnlessAdmin, qrCodeAccess } from '../access/system'
import { collectionCell, readOnly, systemRegister } from './register'

/** When something first happened to a code (written by the server only). */
const when = (name: string, label: Record<string, string>, description?: Record<string, string>): DateField => ({
  name,
  type: 'date',
  label,
  admin: description ? { ...readOnly, description } : readOnly,
})

/**
 * The one registry of short QR codes (`/p/CODE`, `/t/CODE`) across every collection that has
 * them: a code exists here once in the whole system and names its record forever. Only the
 * server writes it (../fields/shortCode.ts); nobody, administrators included, can create, change
 * or delete a line through the admin or the API, so a code is never moved or reused. A record
 * deleted for good keeps its line: its code then leads to a "withdrawn" page on the site.
 */
export const QrCodes: CollectionConfig = systemRegister('qr-codes', {
  labels: { singular: { vi: 'Mã QR', en: 'QR code' }, plural: { vi: 'Sổ mã QR', en: 'QR code registry' } },
  access: qrCodeAccess,
  admin: {
    useAsTitle: 'code',
    hidden: hiddenUnlessAdmin,
    defaultColumns: ['code', 'collection', 'document', 'printedAt', 'publishedAt', 'retiredAt'],
    listSearchableFields: ['code', 'document'],
  },
  records: {
    vi: 'mỗi mã QR in trên biển, tem thuộc về đúng một mục, mãi mãi.',
    en: 'each QR code printed on plaques and labels belongs to one record, forever.',
  },
  // Not unique: SQLite may give a deleted record's id to a new one, which gets a line (and a code)
  // of its own while the deleted record's line stays, retired.
  indexes: [{ fields: ['collection', 'document'] }],
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã QR ngắn', en: 'Short QR code' },
      admin: readOnly,
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: [...ENTRY_KINDS],
      label: { vi: 'Loại mục', en: 'Collection' },
      admin: collectionCell,
    },
    { name: 'document', type: 'text', required: true, label: { vi: 'Mã mục', en: 'Document id' }, admin: readOnly },
    when(
      'printedAt',
      { vi: 'In lần đầu', en: 'First printed' },
      {
        vi: 'Biển hoặc tem QR đã được tạo.',
        en: 'A plaque or label sheet was made.',
      },
    ),
    when('publishedAt', { vi: 'Xuất bản lần đầu', en: 'First published' }),
    when('retiredAt', { vi: 'Xóa hẳn lúc', en: 'Deleted for good' }),
  ],
})
