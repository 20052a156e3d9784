import { localeInfo } from '@heritage/contract'
import type { Payload, TypedLocale } from 'payload'
import type { Bilingual } from '../fields/message'
import { publishedLocales } from '../locales/enabled'

/** A translation file or request refused as a whole, with its reason in both languages; nothing was written. */
export class TranslationRefused extends Error {
  readonly reason: Bilingual
  constructor(reason: Bilingual) {
    super(`${reason.vi} / ${reason.en}`)
    this.name = 'TranslationRefused'
    this.reason = reason
  }
}

/** The content locales Payload is configured with. */
export const contentLocales = (payload: Payload): string[] => {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : []
}

/** Whether `code` is one of the content locales Payload is configured with. */
export const isContentLocale = (payload: Payload, code: string): code is TypedLocale =>
  contentLocales(payload).includes(code)

/**
 * Checks that `target` is a content locale other than Vietnamese, the language of record, which a
 * translation never writes. Throws TranslationRefused otherwise.
 */
export function checkTarget(payload: Payload, target: string): TypedLocale {
  if (target === 'vi') {
    throw new TranslationRefused({
      vi: 'Không thể dịch sang tiếng Việt: tiếng Việt là bản gốc, không được ghi đè bằng tệp dịch.',
      en: 'Cannot translate into Vietnamese: Vietnamese is the source and is never overwritten by a translation file.',
    })
  }
  if (!isContentLocale(payload, target)) {
    const list = contentLocales(payload)
      .filter((code) => code !== 'vi')
      .join(', ')
    throw new TranslationRefused({
      vi: `Ngôn ngữ đích “${target}” không có trong hệ thống. Các ngôn ngữ dịch được: ${list}.`,
      en: `The target language “${target}” is not configured. Languages you can translate into: ${list}.`,
    })
  }
  return target
}

/**
 * checkTarget, and the target must be one of the languages the site publishes (the installation's
 * setting): Payload would store a text in any configured locale, but an unpublished language is
 * chosen by nobody and reviewed by nobody.
 */
export async function checkPublishedTarget(payload: Payload, target: string): Promise<TypedLocale> {
  const locale = checkTarget(payload, target)
  const published = (await publishedLocales(payload)).filter((code) => code !== 'vi')
  if (published.some((code) => code === locale)) return locale
  const list = published.map((code) => `${localeInfo(code).name} (${code})`).join(', ')
  throw new TranslationRefused({
    vi: `Ngôn ngữ “${target}” chưa được xuất bản trên trang này (Cài đặt đơn vị › Ngôn ngữ bản dịch được công bố), nên chưa nhận bản dịch. Các ngôn ngữ đang xuất bản: ${list}.`,
    en: `The language “${target}” is not published on this site (Installation › Translation languages published), so it takes no translation yet. Published languages: ${list}.`,
  })
}

/** The refusal for a file that cannot be read, with what is wrong with it. */
export const malformed = (detail: Bilingual): TranslationRefused =>
  new TranslationRefused({
    vi: `Tệp dịch không hợp lệ, không có gì được ghi: ${detail.vi}`,
    en: `The translation file is not valid, nothing was written: ${detail.en}`,
  })
