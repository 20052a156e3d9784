/**
 * What the translation exchange tests share: a relic with list rows (sites with location and
 * commune, sources), a group's localized leaf (the ranking decision's issuer), part of it already
 * in English; the stored entry with every locale, for before/after comparisons.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { expect } from 'vitest'
import { isRecord } from '../src/shared/guards'
import { type ImportReport, TranslationRefused } from '../src/translate'
import { makeProvince } from './people'
import { relic } from './validationWorld'

export const SOURCE_NOTE = 'Bản chép tay <1920> & "cổ" \'Hán Nôm\''

export interface ArrangedRelic {
  id: number
  sites: string[]
  sources: string[]
}

let province = 0

/** A published relic with two sites and a source, whose title and first site are already in English. */
export async function arrangeRelic(payload: Payload, title = 'Đền Phù Đổng'): Promise<ArrangedRelic> {
  const { communes } = await makeProvince(payload, `Tỉnh Dịch ${++province}`, ['Xã Phù Đổng'])
  const created = await payload.create({
    collection: 'relics',
    data: relic({
      title,
      slug: `dich-${province}`,
      summary: 'Nơi thờ Thánh Gióng, một trong Tứ bất tử.',
      openingHours: 'Sáng 7h–11h\nChiều 13h–17h',
      rankingDecision: { number: '123/QĐ', datePrecision: 'year', issuer: 'Bộ Văn hóa' },
      sites: [
        { name: 'Đền Thượng', location: { lat: 21.05, lng: 105.95 }, commune: communes[0] },
        { name: 'Đền Hạ', location: { lat: 21.04, lng: 105.94 } },
      ],
      sources: [{ citation: 'Ngọc phả đền Phù Đổng', note: SOURCE_NOTE }],
      _status: 'published',
    }),
  })
  const sites = (created.sites ?? []).map((s) => s.id ?? '')
  const sources = (created.sources ?? []).map((s) => s.id ?? '')
  await payload.update({
    collection: 'relics',
    id: created.id,
    locale: 'en',
    data: { title: 'Phu Dong Temple', sites: [{ id: sites[0], name: 'Upper Temple' }, { id: sites[1] }] },
  })
  return { id: created.id, sites, sources }
}

/** The relic as stored, every locale, newest version. */
export const stored = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'relics', id, locale: 'all', depth: 0, draft: true })

type Row = Record<string, unknown>

/**
 * The relic's stored translation rows (its own and its sites' and sources') in every locale but
 * one, as SQLite holds them, without the rows' own serial ids (Payload re-inserts list rows).
 */
export async function otherLocaleRows(payload: Payload, id: number, locale: string): Promise<Row[]> {
  // The Drizzle handle is not part of Payload's generic adapter type.
  const db = (payload.db as unknown as { drizzle: { all: (q: ReturnType<typeof sql>) => Promise<Row[]> } }).drizzle
  const rows: Row[] = []
  const tables = [
    ['relics_locales', sql`_parent_id = ${id}`],
    ['relics_sites_locales', sql`_parent_id IN (SELECT id FROM relics_sites WHERE _parent_id = ${id})`],
    ['relics_sources_locales', sql`_parent_id IN (SELECT id FROM relics_sources WHERE _parent_id = ${id})`],
  ] as const
  for (const [table, parent] of tables) {
    const found = await db.all(
      sql`SELECT * FROM ${sql.raw(table)} WHERE _locale <> ${locale} AND ${parent} ORDER BY _parent_id, _locale`,
    )
    rows.push(...found.map(({ id: _serial, ...row }) => ({ table, ...row })))
  }
  return rows
}

/** A stored value without one locale's texts (and without updatedAt, which every save changes). */
export function without(value: unknown, locale: string): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, locale))
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== locale && key !== 'updatedAt')
      .map(([key, v]) => [key, without(v, locale)]),
  )
}

/** What a translator writes for a Vietnamese text. */
export const translated = (source: string) => `EN ${source}`

/** The report's skipped units by id, with their English reason. */
export const skippedReasons = (report: ImportReport) =>
  Object.fromEntries(report.skipped.map((s) => [s.id, s.reason.en]))

/** Asserts the relic's English texts are the filled ones and nothing else of it changed. */
export async function expectTranslated(payload: Payload, arranged: ArrangedRelic, before: unknown, rowsBefore: Row[]) {
  const after = await stored(payload, arranged.id)
  expect(await otherLocaleRows(payload, arranged.id, 'en')).toEqual(rowsBefore)
  expect(rowsBefore.filter((row) => row.table === 'relics_sites_locales')).toHaveLength(2)
  expect(JSON.stringify(without(after, 'en'))).toBe(JSON.stringify(without(before, 'en')))
  expect(after.title).toEqual({ vi: 'Đền Phù Đổng', en: translated('Đền Phù Đổng') })
  expect(after.openingHours).toEqual({ vi: 'Sáng 7h–11h\nChiều 13h–17h', en: translated('Sáng 7h–11h\nChiều 13h–17h') })
  expect(after.rankingDecision?.issuer).toEqual({ vi: 'Bộ Văn hóa', en: translated('Bộ Văn hóa') })
  expect(after.sites?.map((s) => [s.id, s.name])).toEqual([
    [arranged.sites[0], { vi: 'Đền Thượng', en: translated('Đền Thượng') }],
    [arranged.sites[1], { vi: 'Đền Hạ', en: translated('Đền Hạ') }],
  ])
  expect(after.sources?.map((s) => [s.id, s.note])).toEqual([
    [arranged.sources[0], { vi: SOURCE_NOTE, en: translated(SOURCE_NOTE) }],
  ])
  return after
}

/** Asserts the import was refused whole as a file that cannot be read, in both languages. */
export async function expectMalformed(attempt: Promise<unknown>, context = '') {
  const error = await attempt.catch((e: unknown) => e)
  expect(error, context).toBeInstanceOf(TranslationRefused)
  if (!(error instanceof TranslationRefused)) return
  expect(error.reason.vi).toMatch(/^Tệp dịch không hợp lệ, không có gì được ghi: /)
  expect(error.reason.en).toMatch(/^The translation file is not valid, nothing was written: /)
}
