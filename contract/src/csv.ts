/**
 * CSV as both sides write it: the site's open data and the CMS's list downloads. One cell per
 * value (RFC 4180: quoted when it holds a comma, a quote or a line break), a byte-order mark so that
 * Excel reads UTF-8, CRLF-terminated rows.
 */
export type CsvValue = string | number | null | undefined

/**
 * One CSV cell. A text that a spreadsheet would run as a formula (starting with = + - @, a tab or
 * a carriage return) gets a leading apostrophe: the data come from many hands, and a downloaded
 * file must not run anything when it is opened. A number is written as it is (-5 is a number).
 * `semicolon`: quote a cell holding `;` too, for a file read back by a reader that may take `;`
 * for the separator (spreadsheets in many locales, the CMS's own import).
 */
export function csvCell(value: CsvValue, { semicolon = false } = {}): string {
  const raw = value === null || value === undefined ? '' : String(value)
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw
  return (semicolon ? /[",;\r\n]/ : /[",\r\n]/).test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A whole CSV file, `cell` turning each value into its cell. */
export const csvFile = <V>(rows: readonly (readonly V[])[], cell: (value: V) => string): string =>
  `\uFEFF${rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('')}`
