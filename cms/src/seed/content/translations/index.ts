/**
 * The demo in more languages than Vietnamese and English: Korean, Simplified Chinese and Japanese,
 * one file a locale (example translations, not yet reviewed by native speakers). Most entries are
 * translated; the fictional artisans and producers, two of the products and (in Japanese) the
 * Kiêu Kỵ gold-leaf craft are not, so that the site shows untranslated entries too.
 */
import type { TranslationLocale } from '@heritage/contract'
import type { DemoTranslations } from '../../translations'
import { ja } from './ja'
import { ko } from './ko'
import { zhHans } from './zh-Hans'

export const DEMO_TRANSLATIONS: Partial<Record<TranslationLocale, DemoTranslations>> = { ko, 'zh-Hans': zhHans, ja }
