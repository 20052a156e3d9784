/** Wording shared by the refusals: how a file is named in a sentence, and numbers in the officer's language. */

export type Language = 'vi' | 'en'

/** ` "name.jpg"`, to follow a noun ("The file"), or nothing when the file has no name. */
export const quotedName = (filename: string | undefined): string => (filename ? ` "${filename}"` : '')

/** A number as the language writes it (Vietnamese `1.234,5`, English `1,234.5`), with at most `fractionDigits` decimals. */
export const formatNumber = (n: number, language: Language, fractionDigits = 3): string =>
  n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: fractionDigits })
