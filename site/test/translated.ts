/**
 * The demo snapshot with some entries translated into Korean, Chinese and Japanese (as the CMS
 * exports them: the texts under the locale, the locale in `translations`), and one entry whose
 * English translation is taken away, for the tests of the site's locales. The demo's own
 * translations beyond English are taken away first, so that these tests choose them.
 */
import { createHash } from 'node:crypto'
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Manifest, TranslationLocale } from '@heritage/contract'

type Texts = { title: string; summary?: string }
export interface Translation {
  kind: string
  slug: string
  texts?: Partial<Record<TranslationLocale, Texts>>
  /** Translations taken away (their texts too). */
  drop?: TranslationLocale[]
  /** Extra audio guides: copies of the entry's first, spoken in these languages. */
  audio?: TranslationLocale[]
}

/** What the locale tests use: a relic in Korean and Chinese, a festival in Japanese, a product in Korean. */
export const TRANSLATIONS: Translation[] = [
  {
    kind: 'relics',
    slug: 'den-phu-dong',
    texts: {
      ko: { title: '푸동 사당 (타인 지옹 사당)', summary: '전설의 영웅 타인 지옹을 모시는 사당.' },
      'zh-Hans': { title: '扶董祠（圣扶董天王祠）', summary: '供奉传说英雄扶董天王的祠庙。' },
    },
    audio: ['en', 'ko'],
  },
  {
    kind: 'intangible-heritage',
    slug: 'hoi-giong-o-den-phu-dong-va-den-soc',
    texts: { ja: { title: '扶董祠と朔祠のゾン祭り', summary: '伝説の英雄タィン・ゾンを祀る祭り。' } },
  },
  {
    kind: 'ocop-products',
    slug: 'binh-gom-men-lam-vi-du',
    texts: { ko: { title: '수공 청화 도자기 꽃병 (예시)' } },
  },
  { kind: 'artisans', slug: 'nguyen-van-an-nhan-vat-vi-du', drop: ['en'] },
]

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
type Json = Record<string, unknown> & { translations: TranslationLocale[] }
const localized = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {}

/** Copies `source` to `dest` with the translations applied; hashes kept right (incremental builds). */
export async function translatedSnapshot(
  source: string,
  dest: string,
  translations: Translation[] = TRANSLATIONS,
): Promise<void> {
  await cp(source, dest, { recursive: true })
  const manifestFile = path.join(dest, 'manifest.json')
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
  for (const item of manifest.entries) {
    const file = path.join(dest, item.file)
    const entry = JSON.parse(await readFile(file, 'utf8')) as Json
    // Batches have no languages of their own.
    if (!Array.isArray(entry.translations)) continue
    const change: Translation = translations.find((t) => t.kind === item.kind && t.slug === entry.slug) ?? {
      kind: item.kind,
      slug: String(entry.slug),
    }
    const title = localized(entry.title)
    const summary = localized(entry.summary)
    // The demo's own translations beyond English go first: these tests say which entries are translated.
    for (const locale of entry.translations.filter((l) => l !== 'en')) {
      delete title[locale]
      delete summary[locale]
    }
    entry.translations = entry.translations.filter((l) => l === 'en')
    for (const locale of change.drop ?? []) {
      delete title[locale]
      delete summary[locale]
      entry.translations = entry.translations.filter((l) => l !== locale)
    }
    for (const [locale, texts] of Object.entries(change.texts ?? {}) as [TranslationLocale, Texts][]) {
      title[locale] = texts.title
      if (texts.summary) summary[locale] = texts.summary
      if (!entry.translations.includes(locale)) entry.translations.push(locale)
    }
    const guides = Array.isArray(entry.audioGuides) ? (entry.audioGuides as Record<string, unknown>[]) : []
    const [first] = guides
    if (first) {
      for (const language of change.audio ?? []) {
        guides.push({ ...first, id: `${String(first.id)}-${language}`, language, title: { vi: `Audio ${language}` } })
      }
    }
    const json = `${JSON.stringify({ ...entry, title, ...(entry.summary === undefined ? {} : { summary }) })}\n`
    await writeFile(file, json)
    item.hash = sha256(json)
  }
  manifest.contentHash = sha256(JSON.stringify(manifest.entries))
  await writeFile(manifestFile, JSON.stringify(manifest))
}
