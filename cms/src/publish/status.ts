/**
 * What the admin says about the public site, in words an officer reads: the header badge and the
 * “Trang công khai” page both take their texts from here and from ../i18n/words (`siteStatus`,
 * `failureCauses`; no server imports: the badge is a client component). The build's own output
 * (English, technical) is for administrators only and is never part of these texts.
 */
import type { Bilingual } from '../fields/message'
import type { ExcludedEntry } from '../globals/SiteStatus'
import { type Lang, labelled, wordsIn } from '../i18n/words'

export type Language = Lang

/**
 * Why a publish did not reach the site, as the publisher classifies it (see publisher.ts
 * `failureCause`); each with a label and an explanation (../i18n/words, `failureCauses`).
 */
const CAUSES = ['build', 'export', 'timeout', 'interrupted', 'disk', 'config'] as const
export type FailureCause = (typeof CAUSES)[number]
export const FAILURE_CAUSES = labelled(CAUSES, (words, cause) => words.failureCauses[cause].label)

/** Causes that may pass when someone publishes again; the others need an administrator. */
const RETRYABLE: readonly FailureCause[] = ['build', 'export', 'timeout', 'interrupted']

/** The entry a publish was about (stored in the status global's `entry`; a type, so it is JSON). */
export type PublishedEntry = {
  collection: string
  id: string
  title: string
  /** The collection's singular name in both languages. */
  label: Bilingual
  adminUrl: string
  /** Its public page in each language; null while it is not on the site (unpublished, left out). */
  page: Record<Language, string> | null
}

/** The part of the status global these texts need (what every signed-in person may read). */
export interface StatusView {
  state: 'idle' | 'queued' | 'building' | 'ok' | 'failed'
  lastSuccessAt?: string | null
  siteUrl?: string | null
  failure?: FailureCause | null
  entry?: PublishedEntry | null
}

const STATES = ['idle', 'queued', 'building', 'ok', 'failed'] as const satisfies readonly StatusView['state'][]

/** The status as these texts read it, from the global's stored values or its form's (unknown until checked). */
export function statusView(values: {
  state?: unknown
  lastSuccessAt?: unknown
  siteUrl?: unknown
  failure?: unknown
  entry?: unknown
}): StatusView {
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    state: STATES.find((state) => state === values.state) ?? 'idle',
    lastSuccessAt: text(values.lastSuccessAt),
    siteUrl: text(values.siteUrl),
    failure: CAUSES.find((cause) => cause === values.failure) ?? null,
    entry: entryOf(values.entry),
  }
}

/** The entries the last publish left out, as stored (those without an admin link are skipped). */
export const excludedOf = (value: unknown): ExcludedEntry[] =>
  Array.isArray(value) ? value.filter(isExcludedEntry) : []

const isExcludedEntry = (value: unknown): value is ExcludedEntry =>
  typeof value === 'object' && value !== null && 'adminUrl' in value && typeof value.adminUrl === 'string'

export const isBusy = (state: StatusView['state'] | undefined): boolean => state === 'queued' || state === 'building'

/** A stored `entry` value, if it has the expected shape (older statuses have none). */
export function entryOf(value: unknown): PublishedEntry | null {
  return isPublishedEntry(value) ? value : null
}

/** The check entryOf makes: a title and an admin link, the parts every stored entry has. */
const isPublishedEntry = (value: unknown): value is PublishedEntry =>
  typeof value === 'object' &&
  value !== null &&
  'title' in value &&
  typeof value.title === 'string' &&
  'adminUrl' in value &&
  typeof value.adminUrl === 'string'

/** HH:mm, with the day when it is not today; the browser's clock, as the admin's date fields. */
export function timeOf(iso: string, language: Language, withDay = false): string {
  const date = new Date(iso)
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB'
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false })
  const day = (d: Date) => d.toLocaleDateString(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
  if (!withDay && day(date) === day(new Date())) return time
  return `${time} ${day(date)}`
}

/** The public page to offer after a publish: the entry's, or the site's home page. */
export function pageLink(status: StatusView, language: Language): string | null {
  const entry = entryOf(status.entry)
  if (entry?.page?.[language]) return entry.page[language]
  if (!status.siteUrl) return null
  return language === 'vi' ? status.siteUrl : `${status.siteUrl}/en/`
}

const kindOf = (entry: PublishedEntry, language: Language) => entry.label?.[language] ?? entry.collection

/** "Trang công khai đã cập nhật lúc 10:42". */
export const updatedAt = (status: StatusView, language: Language, withDay = false): string => {
  const at = status.lastSuccessAt ? timeOf(status.lastSuccessAt, language, withDay) : ''
  return language === 'vi' ? `Trang công khai đã cập nhật lúc ${at}` : `Public site updated at ${at}`
}

/** "Xuất bản gần nhất: «Đình Bát Tràng» (Di tích)". */
export function lastPublished(status: StatusView, language: Language): string {
  const entry = entryOf(status.entry)
  if (!entry) return ''
  return language === 'vi'
    ? `Xuất bản gần nhất: «${entry.title}» (${kindOf(entry, language)})`
    : `Last published: “${entry.title}” (${kindOf(entry, language)})`
}

/** The page link's tooltip: which entry it opens. */
export function viewTitle(status: StatusView, language: Language): string {
  const entry = entryOf(status.entry)
  if (entry?.page)
    return language === 'vi'
      ? `Mở trang của «${entry.title}» (${kindOf(entry, language)}) trên trang công khai`
      : `Open the page of “${entry.title}” (${kindOf(entry, language)}) on the public site`
  return language === 'vi' ? 'Mở trang chủ của trang công khai' : 'Open the home page of the public site'
}

/** The failure's first line: which entry did not make it (its kind too, where there is room). */
export function failedHeadline(status: StatusView, language: Language, withKind = true): string {
  const entry = entryOf(status.entry)
  const kind = entry && withKind ? ` (${kindOf(entry, language)})` : ''
  if (entry)
    return language === 'vi'
      ? `Chưa đưa được «${entry.title}»${kind} lên trang công khai`
      : `“${entry.title}”${kind} could not be put on the public site`
  return language === 'vi' ? 'Chưa cập nhật được trang công khai' : 'The public site could not be updated'
}

/** Why, in plain words (never the build's own message). */
export function failedReason(status: StatusView, language: Language): string {
  return `${wordsIn(language).failureCauses[status.failure ?? 'build'].explain}.`
}

/**
 * What the person reading it can do. Whoever may publish can try again when the cause may pass;
 * a contributor's content is saved and waits for an editor; what needs the server, an administrator.
 */
export function failedAdvice(status: StatusView, language: Language, roles: readonly string[]): string {
  const retryable = RETRYABLE.includes(status.failure ?? 'build')
  if (roles.includes('admin'))
    return language === 'vi'
      ? 'Nhật ký dựng ở trang “Trang công khai” cho biết nguyên nhân: sửa rồi xuất bản lại (hoặc chạy “npm run publish-site” trên máy chủ).'
      : 'The build log on the “Public site” page gives the cause: fix it, then publish again (or run “npm run publish-site” on the server).'
  const saved =
    language === 'vi'
      ? 'Nội dung đã lưu không bị mất, không cần nhập lại.'
      : 'Nothing you saved is lost; there is no need to enter it again.'
  if (retryable && (roles.includes('editor') || roles.includes('producer')))
    return language === 'vi'
      ? `${saved} Hãy bấm “Xuất bản” lại sau ít phút; nếu vẫn lỗi, báo quản trị viên.`
      : `${saved} Press “Publish” again in a few minutes; if it fails again, tell an administrator.`
  return language === 'vi'
    ? `${saved} Hãy báo quản trị viên hoặc biên tập viên; họ sẽ cập nhật lại trang.`
    : `${saved} Tell an administrator or an editor; they will update the site again.`
}
