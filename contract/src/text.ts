/**
 * Vietnamese text folding for slugs and diacritic-insensitive search. `đ`/`Đ` has no Unicode
 * decomposition, so NFD alone leaves it in place: it is folded to `d` explicitly. The Japanese
 * voicing marks (U+3099, U+309A) are letters' own, not accents: they stay, or バ, パ and ハ would be
 * one letter (Pagefind's own folding keeps them too).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?![\u3099\u309A])\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
