import type { CollectionConfig } from 'payload'
import { auditAccess } from '../access/policy'
import { collectionCell, readOnly, systemRegister } from '../collections/register'
import { AUDIT_ACTIONS } from './log'

/**
 * Append-only: nobody, administrators included, can create, change or delete a line through the
 * admin or the API; only the system writes (see ./log.ts). Lines name the document and its title
 * as they were, so they outlive the document and the account.
 */
export const AuditLog: CollectionConfig = systemRegister('audit-log', {
  labels: { singular: { vi: 'Nhật ký', en: 'Audit entry' }, plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' } },
  access: auditAccess,
  admin: {
    useAsTitle: 'targetTitle',
    defaultColumns: ['createdAt', 'action', 'actorLabel', 'targetTitle', 'targetCollection', 'detail'],
    listSearchableFields: ['targetTitle', 'actorLabel', 'detail', 'targetId'],
  },
  records: {
    vi: 'đăng nhập, xuất bản, gỡ, xóa, đổi vai trò, xuất dữ liệu.',
    en: 'sign-ins, publishes, unpublishes, deletions, role changes, exports.',
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Hành động', en: 'Action' },
      admin: readOnly,
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { vi: 'Tài khoản', en: 'Account' },
      admin: readOnly,
    },
    {
      name: 'actorLabel',
      type: 'text',
      label: { vi: 'Người thực hiện', en: 'By' },
      admin: {
        ...readOnly,
        description: { vi: 'Giữ lại cả khi tài khoản bị xóa.', en: 'Kept if the account is deleted.' },
      },
    },
    {
      name: 'targetCollection',
      type: 'text',
      index: true,
      label: { vi: 'Loại mục', en: 'Collection' },
      admin: collectionCell,
    },
    { name: 'targetId', type: 'text', index: true, label: { vi: 'Mã mục', en: 'Document id' }, admin: readOnly },
    { name: 'targetTitle', type: 'text', label: { vi: 'Tên mục', en: 'Title' }, admin: readOnly },
    { name: 'detail', type: 'textarea', label: { vi: 'Chi tiết', en: 'Details' }, admin: readOnly },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' }, admin: readOnly },
  ],
})
