import type { Field, GlobalConfig } from 'payload'
import { adminField, siteStatusAccess } from '../access/system'
import { ADMIN_GROUPS } from '../collections/entry'
import { FAILURE_CAUSES } from '../publish/status'

/** An entry the publisher left out of the site (stored in `excluded`, shown by the admin's badge and status page). */
export interface ExcludedEntry {
  collection: string
  /** The collection's name in both languages (statuses written before it have none: the slug is shown). */
  label?: { vi: string; en: string }
  id: string
  title: string
  problem: string
  adminUrl: string
}

/** A JSON value the publisher writes, read by the admin's own components: no form field for it. */
const publisherRecord = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'json',
  label,
  admin: { readOnly: true, hidden: true },
})

/**
 * The state of the public site, written only by the publisher (src/publish/publisher.ts) with
 * access overridden: officers see whether their last publish is live (with a link to its page),
 * or why it is not, in plain words (src/publish/status.ts). The build's own message and log are
 * technical and in English: administrators only, on every route (REST, GraphQL, the admin).
 */
export const SiteStatus: GlobalConfig = {
  slug: 'site-status',
  label: { vi: 'Trang công khai', en: 'Public site' },
  admin: {
    group: ADMIN_GROUPS.system,
    description: {
      vi: 'Trang công khai được dựng lại tự động sau mỗi lần xuất bản. Nếu lần dựng thất bại, trang đang chạy vẫn là bản trước.',
      en: 'The public site is rebuilt automatically after each publish. If a build fails, the live site stays as it was.',
    },
  },
  access: siteStatusAccess,
  fields: [
    {
      // The badge's words in full: when, which entry, a link to its page; or why not and what to do.
      name: 'summary',
      type: 'ui',
      admin: { components: { Field: '/components/SiteStatus#SiteStatusSummary' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'idle',
      label: { vi: 'Trạng thái', en: 'State' },
      options: [
        { value: 'idle', label: { vi: 'Chưa dựng', en: 'Not built yet' } },
        { value: 'queued', label: { vi: 'Đang chờ dựng', en: 'Queued' } },
        { value: 'building', label: { vi: 'Đang dựng', en: 'Building' } },
        { value: 'ok', label: { vi: 'Đã cập nhật', en: 'Up to date' } },
        { value: 'failed', label: { vi: 'Thất bại', en: 'Failed' } },
      ],
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastSuccessAt',
          type: 'date',
          label: { vi: 'Cập nhật thành công lúc', en: 'Last updated' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'lastAttemptAt',
          type: 'date',
          label: { vi: 'Lần dựng gần nhất', en: 'Last attempt' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'buildId', type: 'text', label: { vi: 'Mã bản dựng', en: 'Build' }, admin: { readOnly: true } },
        { name: 'pages', type: 'number', label: { vi: 'Số trang', en: 'Pages' }, admin: { readOnly: true } },
        {
          name: 'siteUrl',
          type: 'text',
          label: { vi: 'Địa chỉ trang công khai', en: 'Public address' },
          admin: { readOnly: true },
        },
      ],
    },
    // Written by the publisher: the entry the last publish was about (src/publish/status.ts `PublishedEntry`).
    publisherRecord('entry', { vi: 'Mục được xuất bản', en: 'Published entry' }),
    {
      name: 'failure',
      type: 'select',
      label: { vi: 'Nguyên nhân', en: 'Cause' },
      options: FAILURE_CAUSES.map(({ value, label }) => ({ value, label })),
      // Told in words by the summary above.
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'message',
      type: 'textarea',
      label: { vi: 'Thông báo lỗi của chương trình dựng', en: 'Error message of the build' },
      access: { read: adminField },
      admin: { readOnly: true, condition: (data) => Boolean(data?.message) },
    },
    // Written by the publisher: [{ collection, id, title, problem, adminUrl }], shown as a list of
    // links by the field below, not as JSON.
    publisherRecord('excluded', {
      vi: 'Mục không đưa lên trang (dữ liệu không hợp lệ)',
      en: 'Entries left out (invalid data)',
    }),
    {
      name: 'excludedList',
      type: 'ui',
      label: { vi: 'Mục bị bỏ khỏi trang', en: 'Entries left out' },
      admin: { components: { Field: '/components/ExcludedEntries#ExcludedEntries' } },
    },
    {
      name: 'log',
      type: 'textarea',
      label: { vi: 'Nhật ký dựng (phần cuối, chỉ quản trị viên)', en: 'Build log (end, administrators only)' },
      access: { read: adminField },
      admin: { readOnly: true, rows: 12 },
    },
  ],
}
