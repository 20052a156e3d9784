import type { PayloadRequest } from 'payload'

export interface Bilingual {
  vi: string
  en: string
}

/** Picks the message in the language of the person making the request (Vietnamese by default). */
export const inUserLanguage = (req: PayloadRequest | undefined, message: Bilingual): string =>
  req?.i18n?.language === 'en' ? message.en : message.vi
