/**
 * Adds synthetic translations to a generated province: a share of its entries (the same ones for
 * the same seed) get a title, summary and body in each asked locale, saved through the Local API
 * with `locale` and hooks on, as a translator's save is. Only title, summary and body are written
 * (no array is sent, so no row loses its other locales); the entry stays published.
 */
import { PAGE_KINDS, type PageKind, type TranslationLocale } from '@heritage/contract'
import type { Payload } from 'payload'
import { SEED_CONTEXT } from '../seed/engine'
import { looseApi } from '../seed/localApi'
import { paragraphs } from '../seed/richText'
import { chooseTranslated, translatedText, vocabularyOf } from './translatedText'

export interface TranslateOptions {
  /** Share of the entries translated, 0 to 1. */
  share: number
  locales: readonly TranslationLocale[]
  seed: number
  log?: (message: string) => void
}

export interface TranslateResult {
  entries: number
  translated: number
  /** Local API updates, one per translated entry and locale. */
  writes: number
  seconds: number
}

/** The text of a Lexical body, for the year it mentions. */
const bodyText = (body: unknown): string => JSON.stringify(body ?? '')

/** Every generated page entry, kind by kind in the contract's order, each by id: a stable order. */
async function entriesInOrder(payload: Payload) {
  const out: { kind: PageKind; id: number; title: string; body: string }[] = []
  for (const kind of PAGE_KINDS) {
    const found = await payload.find({
      collection: kind,
      locale: 'vi',
      depth: 0,
      sort: 'id',
      pagination: false,
      overrideAccess: true,
      select: { title: true, body: true },
    })
    for (const doc of found.docs) {
      out.push({ kind, id: doc.id, title: String(doc.title ?? ''), body: bodyText('body' in doc ? doc.body : '') })
    }
  }
  return out
}

export async function translateProvince(payload: Payload, options: TranslateOptions): Promise<TranslateResult> {
  const log = options.log ?? (() => {})
  for (const locale of options.locales) vocabularyOf(locale)
  const started = Date.now()
  const entries = await entriesInOrder(payload)
  const chosen = chooseTranslated(entries.length, options.share, options.seed)
  const write = looseApi(payload)
  log(`Translating ${chosen.size} of ${entries.length} entries into ${options.locales.join(', ')}…`)
  let writes = 0
  let done = 0
  for (const [index, entry] of entries.entries()) {
    if (!chosen.has(index)) continue
    for (const locale of options.locales) {
      const text = translatedText(locale, entry)
      await write.update({
        collection: entry.kind,
        id: entry.id,
        locale,
        data: { title: text.title, summary: text.summary, body: paragraphs(text.body), _status: 'published' },
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
      writes++
    }
    done++
    if (done % 250 === 0 || done === chosen.size) {
      const seconds = (Date.now() - started) / 1000
      log(`${done} of ${chosen.size} entries translated (${(writes / seconds).toFixed(1)} saves/s)`)
    }
  }
  return { entries: entries.length, translated: chosen.size, writes, seconds: (Date.now() - started) / 1000 }
}
