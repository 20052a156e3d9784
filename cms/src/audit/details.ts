/**
 * The words of the audit log's lines, in one place. A line is written once and read for years by
 * the province's officers, so it is written in Vietnamese, the installation's language, naming
 * things as the admin names them (labels, not field or collection slugs). The admin's English
 * shows the same stored words, as it shows the entries' Vietnamese titles; the reason codes and
 * numbers need no translation. Lines written before this file kept their English.
 */

import { USER_ROLES } from '@heritage/contract'
import type { Field, PayloadRequest } from 'payload'
import { RESET_LINK_MINUTES, RESET_MAIL_INTERVAL_SECONDS } from '../email/resetMail'
import { isCollectionSlug } from '../shared/collections'
import { recordOr } from '../shared/guards'
import { idText } from '../shared/ids'

/** Who acted when no account did (scheduled and background work). */
export const SYSTEM_ACTOR = 'Hệ thống'

/** The title of the lines about the public data as a whole. */
export const SNAPSHOT_TITLE = 'Dữ liệu công khai (bản xuất dữ liệu mở)'

/** Their kind ("Loại mục"), where other lines name a collection (./CollectionCell.tsx). */
export const SNAPSHOT_KIND = { vi: 'Dữ liệu công khai', en: 'Public data' }

/** Why the public data was exported: the callers' reasons, each with its words for the log. */
export const EXPORT_REASONS = {
  'site publish': 'cập nhật trang công khai',
  'command line (npm run export)': 'lệnh npm run export',
  benchmark: 'đo hiệu năng',
} as const
export type ExportReason = keyof typeof EXPORT_REASONS

export const snapshotExported = (counts: {
  entries: number
  written: number
  removed: number
  media: number
  reason?: ExportReason
}): string =>
  `${counts.entries} mục (${counts.written} mục mới hoặc đã sửa, ${counts.removed} mục gỡ khỏi trang), ` +
  `${counts.media} tệp ảnh và tư liệu; lý do: ${counts.reason ? EXPORT_REASONS[counts.reason] : 'xuất dữ liệu'}`

export const leftOutOfSite = (problem: string): string =>
  `Không đưa lên trang công khai vì dữ liệu không hợp lệ (${problem}); phần còn lại vẫn được xuất bản. Hãy sửa mục này rồi lưu lại.`

export const listDownloaded = (rows: number, format: string): string =>
  `${rows} dòng, tệp ${format}, tải về từ trang quản trị`

/** Why a sign-in failed (the person was told only "wrong e-mail or password, or locked"). */
export const SIGN_IN_FAILURES = {
  locked: 'tài khoản đang tạm khóa sau nhiều lần nhập sai mật khẩu',
  wrong: 'sai thư điện tử hoặc mật khẩu',
  refused: 'đăng nhập bị từ chối',
} as const

/** Why changing one's own e-mail or password was refused. */
export const CURRENT_PASSWORD_FAILURES = {
  locked: 'tài khoản đang tạm khóa: chưa kiểm tra mật khẩu hiện tại',
  wrong: 'sai mật khẩu hiện tại khi đổi thư điện tử hoặc mật khẩu',
} as const

/** What became of a forgotten-password request, and of a reset link (../auth/passwordReset.ts). */
export const PASSWORD_RESET = {
  sent: `gửi thư có liên kết đặt lại mật khẩu (dùng một lần, trong ${RESET_LINK_MINUTES} phút)`,
  repeated: `yêu cầu lặp lại trong vòng ${RESET_MAIL_INTERVAL_SECONDS} giây: không gửi thêm thư`,
  unknown: 'không có tài khoản với địa chỉ này: không gửi thư',
  notConfigured: 'không gửi được thư: máy chủ chưa cấu hình gửi thư (SMTP_HOST)',
  failed: 'không gửi được thư',
  done: 'đặt mật khẩu mới bằng liên kết trong thư',
  refused: 'liên kết đã dùng hoặc đã hết hạn: mật khẩu không đổi',
} as const

/** The account's fields that decide what it may reach, in the order a line names them. */
export const SCOPE_FIELDS = ['roles', 'province', 'communes', 'producer'] as const
export type ScopeField = (typeof SCOPE_FIELDS)[number]

const NOTHING = '—'

const vietnamese = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'vi' in label && typeof label.vi === 'string') return label.vi
  return fallback
}

/** The ids (or role values) an account's field holds, sorted: what is compared. */
export const scopeValues = (doc: object | undefined, field: ScopeField): string[] => {
  const value = recordOr(doc)[field]
  const list = Array.isArray(value) ? value : [value]
  return list
    .map(idText)
    .filter((id): id is string => id !== null)
    .sort()
}

/** A relationship's documents by their titles, as the admin shows them ("#id" if gone). */
async function titles(req: PayloadRequest, relationTo: string, ids: string[]): Promise<string[]> {
  if (!isCollectionSlug(req.payload.config, relationTo) || ids.length === 0) return ids.map((id) => `#${id}`)
  const collection = req.payload.collections[relationTo].config
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const { docs } = await req.payload.find({
    collection: relationTo,
    where: { id: { in: ids } },
    overrideAccess: true,
    trash: true,
    depth: 0,
    pagination: false,
    limit: 0,
    locale: 'vi',
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), recordOr(doc)[titleField]]))
  return ids.map((id) => {
    const title = byId.get(id)
    return typeof title === 'string' && title ? title : `#${id}`
  })
}

/** A scope field's values in words: role labels, or the titles of the units and producers. */
async function inWords(req: PayloadRequest, field: Field | undefined, values: string[]): Promise<string> {
  if (values.length === 0) return NOTHING
  if (field?.type === 'relationship' && typeof field.relationTo === 'string') {
    return (await titles(req, field.relationTo, values)).join(', ')
  }
  return values.map((value) => vietnamese(USER_ROLES.find((role) => role.value === value)?.label, value)).join(', ')
}

/**
 * "Vai trò: Cộng tác viên (xã) → Biên tập viên (Sở); Xã / phường phụ trách: — → Xã Bát Tràng",
 * for the fields that changed (all of them for a new account), labelled as on the account form.
 */
export async function scopeChanged(
  req: PayloadRequest,
  fields: Field[],
  after: object,
  before: object | null,
): Promise<string | null> {
  const parts: string[] = []
  for (const name of SCOPE_FIELDS) {
    const now = scopeValues(after, name)
    const then = before ? scopeValues(before, name) : null
    if (then && then.join(',') === now.join(',')) continue
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
    const label = vietnamese(field && 'label' in field ? field.label : undefined, name)
    parts.push(
      then
        ? `${label}: ${await inWords(req, field, then)} → ${await inWords(req, field, now)}`
        : `${label}: ${await inWords(req, field, now)}`,
    )
  }
  if (!before) return ['Tài khoản mới', ...parts].join('; ')
  return parts.length > 0 ? parts.join('; ') : null
}
