import type { CollectionConfig, CollectionSlug } from 'payload'
import { ADMIN_GROUPS } from './entry'

/** A register's values are written by the server only: read-only in the admin. */
export const readOnly = { readOnly: true }

/** A collection's slug shown as its name in the list (the audit log's target, a QR code's record). */
export const collectionCell = { ...readOnly, components: { Cell: '/audit/CollectionCell#CollectionCell' } }

interface RegisterOptions extends Omit<CollectionConfig, 'slug' | 'admin' | 'disableDuplicate' | 'defaultSort'> {
  admin: Omit<NonNullable<CollectionConfig['admin']>, 'group' | 'description'>
  /** What it records, after "Written automatically and unchangeable: ". */
  records: { vi: string; en: string }
}

/**
 * A register only the server writes (the audit log, the QR code registry): its access lets nobody,
 * administrators included, create, change or delete a line through the admin or the API. Listed
 * newest first in the system group.
 */
export const systemRegister = (
  slug: CollectionSlug,
  { records, admin, ...config }: RegisterOptions,
): CollectionConfig => ({
  slug,
  ...config,
  disableDuplicate: true,
  admin: {
    group: ADMIN_GROUPS.system,
    ...admin,
    description: {
      vi: `Ghi tự động, không sửa hay xóa được: ${records.vi}`,
      en: `Written automatically and unchangeable: ${records.en}`,
    },
  },
  defaultSort: '-createdAt',
  timestamps: true,
})
