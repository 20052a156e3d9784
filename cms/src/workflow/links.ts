import { VIETNAM_TIME_ZONE } from '@heritage/contract'

/**
 * Where a record lives on the public site, for the admin's links ("Xem trang công khai"). Every
 * published entry answers at its QR address (`/p/CODE/`, the entry itself, canonical to its
 * readable address) and every batch at `/t/CODE/` (site/src/routing.ts), so the admin needs the
 * record's short code, not the site's table of readable paths. English pages live under `/en/`.
 * No server imports: the admin's browser bundle loads this file.
 */
export function publicPagePath(collection: string, code: string, language: string): string {
  const prefix = language === 'en' ? '/en/' : '/'
  return `${prefix}${collection === 'batches' ? 't' : 'p'}/${encodeURIComponent(code)}/`
}

/** Date and time as offices read them, in Vietnam's time zone whatever the server's. */
export const whenInVietnam = (iso: string, language: string): string =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: VIETNAM_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
