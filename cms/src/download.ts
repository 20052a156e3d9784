import { foldVietnamese } from '@heritage/contract'

/**
 * The Content-Disposition of a file the CMS sends (RFC 6266). Names come from records (a lot
 * number, a slug), and a lot may hold any GS1 character, quotes and semicolons included: the
 * header carries an ASCII fallback with anything unsafe replaced, and the exact name as
 * `filename*` (RFC 8187, UTF-8), which browsers prefer. Never a raw value in quotes.
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = foldVietnamese(filename).replace(/[^\x20-\x7e]|["\\%;]/g, '_')
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${type}; filename="${ascii}"; filename*=UTF-8''${exact}`
}
