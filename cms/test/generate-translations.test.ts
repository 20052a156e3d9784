import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PAGE_KINDS, type PageKind } from '@heritage/contract'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateProvince } from '../src/generate/synthetic'
import { chooseTranslated, SYNTHETIC_LOCALES, translatedText } from '../src/generate/translatedText'
import { FAMILY_NAMES, FIRST_NAMES, RELIC_WORDS, SYLLABLES } from '../src/generate/words'
import { exportSnapshot } from '../src/snapshot/export'
import { bootPayload, closeAndRemove } from './payload'

const ENTRIES = 24
const LOCALES = ['ko', 'zh-Hans', 'ja'] as const
let payload: Payload
let work: string

const LATIN = /[A-Za-zÀ-ỹ]/
const HANGUL = /\p{Script=Hangul}/u
const HAN = /\p{Script=Han}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
/** The script each locale's text is written in, and what must not appear in it. */
function expectScript(locale: (typeof LOCALES)[number], text: string) {
  expect(text, text).not.toMatch(LATIN)
  if (locale === 'ko') {
    expect(text, text).toMatch(HANGUL)
    expect(text, text).not.toMatch(KANA)
  } else if (locale === 'zh-Hans') {
    expect(text, text).toMatch(HAN)
    expect(text, text).not.toMatch(HANGUL)
    expect(text, text).not.toMatch(KANA)
  } else {
    expect(text, text).toMatch(KANA)
    expect(text, text).toMatch(HAN)
    expect(text, text).not.toMatch(HANGUL)
  }
}

/** Titles as the generator writes them, one or more per kind. */
const TITLES: [PageKind, string][] = [
  ['relics', 'Đình An Bình 0001 (ví dụ)'],
  ['relics', 'Từ đường Đoài Nghĩa 0417 (ví dụ)'],
  ['intangible-heritage', 'Lễ hội truyền thống làng Thượng Hạ 0012 (ví dụ)'],
  ['craft-villages', 'Làng nghề gốm Phúc Đức 0003 (ví dụ)'],
  ['artisans', 'Nguyễn Văn Thảo 0044 (nhân vật ví dụ)'],
  ['producers', 'Hợp tác xã Long Sơn 0009 (ví dụ)'],
  ['ocop-products', 'Bình gốm Xuân Lộc 1999 (ví dụ)'],
  ['routes', 'Tuyến tham quan Yên Khánh 0300 (ví dụ)'],
]

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'heritage-generate-translations-'))
  payload = await bootPayload()
})

afterAll(() => closeAndRemove(payload, work))

describe('synthetic translations of the generated province', () => {
  it('chooses exactly the asked share, the same entries for the same seed, others for another', () => {
    const a = chooseTranslated(10_000, 0.25, 1)
    expect(a.size).toBe(2500)
    expect([...a].every((i) => Number.isInteger(i) && i >= 0 && i < 10_000)).toBe(true)
    expect(chooseTranslated(10_000, 0.25, 1)).toEqual(a)
    expect(chooseTranslated(10_000, 0.25, 2)).not.toEqual(a)
    // Spread over the whole province, not its first quarter (entries are ordered kind by kind).
    expect([...a].filter((i) => i >= 5000).length).toBeGreaterThan(1000)
    expect(chooseTranslated(40, 0, 1).size).toBe(0)
    expect(chooseTranslated(40, 1, 1).size).toBe(40)
    expect(() => chooseTranslated(40, 1.5, 1)).toThrow(/from 0 to 1/)
  })

  it('writes every kind in the locale’s own script, with the entry’s number and name carried over', () => {
    expect(SYNTHETIC_LOCALES).toEqual(expect.arrayContaining([...LOCALES]))
    for (const locale of LOCALES) {
      for (const [kind, title] of TITLES) {
        const text = translatedText(locale, { kind, title, body: 'khoảng năm 1723, trùng tu' })
        for (const part of [text.title, text.summary, ...text.body]) expectScript(locale, part)
        expect(text.title).toContain(/\d{4}/.exec(title)?.[0] ?? 'number')
        expect(text.body).toHaveLength(3)
        expect(text.body.join('')).toContain('1723')
      }
    }
    expect(translatedText('ko', { kind: 'artisans', title: 'Nguyễn Văn Thảo 0044 (nhân vật ví dụ)' }).title).toBe(
      '응우옌 반 타오 0044 (가상 인물)',
    )
    expect(translatedText('zh-Hans', { kind: 'relics', title: 'Chùa An Bình 0001 (ví dụ)' }).title).toBe(
      '安平寺 0001（示例）',
    )
    expect(translatedText('ja', { kind: 'relics', title: 'Chùa An Bình 0001 (ví dụ)' }).title).toBe(
      'アンビン寺 0001（例）',
    )
    expect(() => translatedText('fr', { kind: 'relics', title: 'Chùa An Bình 0001 (ví dụ)' })).toThrow(
      /ko, zh-Hans, ja/,
    )
  })

  it('knows every word of the generator’s names in every locale', () => {
    for (const locale of LOCALES) {
      for (const word of [...SYLLABLES, ...FIRST_NAMES, ...FAMILY_NAMES, 'Văn']) {
        const text = translatedText(locale, { kind: 'artisans', title: `${word} ${word} ${word} 0001 (ví dụ)` })
        expect(text.title, `${locale} ${word}`).not.toMatch(LATIN)
        // The name is there, in front of the number: a word the vocabulary lacks would leave it out.
        expect(text.title, `${locale} ${word}`).toMatch(/^\D+ 0001/)
      }
      for (const word of RELIC_WORDS) {
        const title = translatedText(locale, { kind: 'relics', title: `${word.vi} An Bình 0001 (ví dụ)` }).title
        expect(title).not.toBe(translatedText(locale, { kind: 'relics', title: 'Xx An Bình 0001 (ví dụ)' }).title)
      }
    }
  })

  it('translates the asked share through the Local API: only those locales change, the entry stays published', async () => {
    const result = await generateProvince(payload, {
      entries: ENTRIES,
      seed: 3,
      images: 1,
      translated: { share: 0.25, locales: LOCALES },
    })
    expect(result.translations).toMatchObject({ entries: ENTRIES, translated: 6, writes: 18 })

    const translatedIds = new Set<string>()
    for (const kind of PAGE_KINDS) {
      const all = await payload.find({ collection: kind, locale: 'all', depth: 0, pagination: false })
      for (const doc of all.docs as unknown as Record<string, unknown>[]) {
        expect(doc._status).toBe('published')
        const title = doc.title as Record<string, string | undefined>
        const summary = doc.summary as Record<string, string | undefined>
        // Vietnamese and English as the generator wrote them.
        expect(title.vi).toMatch(/\(ví dụ\)|\(nhân vật ví dụ\)/)
        expect(title.en).toMatch(/\(example\)|\(fictional example\)/)
        expect(summary.vi).toBeTruthy()
        expect(summary.en).toBeTruthy()
        // Array rows (not sent by the translation) keep their Vietnamese and English notes.
        const note = (doc.sources as { note: Record<string, string> }[])[0]?.note
        expect(note).toMatchObject({ vi: 'Mục ví dụ, không có thật.', en: 'Example entry; not real.' })
        const inLocales = LOCALES.filter((l) => title[l])
        expect(inLocales.length === 0 || inLocales.length === LOCALES.length).toBe(true)
        if (inLocales.length === 0) continue
        translatedIds.add(`${kind}/${String(doc.id)}`)
        for (const locale of LOCALES) {
          expectScript(locale, title[locale] ?? '')
          expectScript(locale, summary[locale] ?? '')
          expect(JSON.stringify((doc.body as Record<string, unknown>)[locale])).toMatch(/"text":"[^"]+"/)
        }
      }
    }
    expect(translatedIds.size).toBe(6)

    // The snapshot lists the translations of exactly those entries.
    const dir = path.join(work, 'snapshot')
    const { manifest } = await exportSnapshot(payload, { dir })
    expect(manifest.locales).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'ja'])
    const listed = new Set<string>()
    for (const entry of manifest.entries) {
      const file = JSON.parse(readFileSync(path.join(dir, entry.file), 'utf8')) as { translations?: string[] }
      if (file.translations?.includes('ko')) listed.add(`${entry.kind}/${entry.id}`)
      if (file.translations) expect(file.translations.filter((l) => l !== 'en').length % 3).toBe(0)
    }
    expect(listed).toEqual(translatedIds)
  }, 300_000)
})
