import type { CollectionConfig } from 'payload'

/**
 * Locks the CMS instances share through the database (src/publish/lease.ts): one row per lock,
 * `publish` (one export and site build at a time, and the publish requests still to build) and
 * `jobs` (the one instance that runs the scheduled jobs). Written only by the server with raw
 * conditional statements; hidden from the admin and closed to every account and API.
 */
const nobody = (): boolean => false

export const SYSTEM_LOCKS = 'system-locks'

export const SystemLocks: CollectionConfig = {
  slug: SYSTEM_LOCKS,
  labels: {
    singular: { vi: 'Khóa hệ thống', en: 'System lock' },
    plural: { vi: 'Khóa hệ thống', en: 'System locks' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên khóa', en: 'Lock' } },
    // host:pid:random token of the instance holding it, or empty when free.
    { name: 'holder', type: 'text', label: { vi: 'Tiến trình giữ khóa', en: 'Holder' } },
    { name: 'acquiredAt', type: 'date', label: { vi: 'Giữ từ lúc', en: 'Acquired at' } },
    // Renewed by the holder while it works; past it, another instance may take the lock over.
    { name: 'expiresAt', type: 'date', label: { vi: 'Hết hạn lúc', en: 'Expires at' } },
    // Publish requests made (by any instance) and the count the last finished build covered.
    { name: 'requested', type: 'number', defaultValue: 0, label: { vi: 'Số yêu cầu', en: 'Requests' } },
    { name: 'built', type: 'number', defaultValue: 0, label: { vi: 'Số yêu cầu đã dựng', en: 'Requests built' } },
    // The entries the pending requests were about (JSON), empty when several requests are pending.
    { name: 'about', type: 'textarea', label: { vi: 'Mục được yêu cầu', en: 'Requested entries' } },
  ],
}
