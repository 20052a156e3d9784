/**
 * Writes the synthetic province through the Local API with hooks and validation on, as officers'
 * saves and the spreadsheet import do: Vietnamese first, then the English variant, published.
 */
import type { CollectionSlug, File, Payload } from 'payload'
import { CODE_ALPHABET, CODE_LENGTH } from '../fields/shortCode'
import { type AnyEntryDef, SEED_CONTEXT, type Translate, translator, withRowIds } from '../seed/engine'
import { type LooseApi, looseApi } from '../seed/localApi'
import type { Random } from './random'
import { body, personName, placeName, point, sources } from './words'

export type Id = number

export class GenerateError extends Error {
  override name = 'GenerateError'
}

const WRITE = { depth: 0, overrideAccess: true, context: SEED_CONTEXT } as const

export class Generator {
  readonly counts: Record<string, number> = {}
  private readonly write: LooseApi
  private made = 0
  private started = 0

  constructor(
    payload: Payload,
    readonly rng: Random,
    private readonly total: number,
    private readonly log: (message: string) => void,
  ) {
    this.write = looseApi(payload)
  }

  private count(collection: string) {
    this.counts[collection] = (this.counts[collection] ?? 0) + 1
  }

  /**
   * Creates in Vietnamese, adds English: the order an officer follows. The created document comes
   * back with its array rows' ids, which the English update names.
   */
  private async inBothLocales(collection: AnyEntryDef['collection'] | 'batches', data: (t: Translate) => object) {
    const doc = await this.write.create({ collection, data: data(translator('vi')), locale: 'vi', ...WRITE })
    await this.write.update({
      collection,
      id: doc.id,
      data: withRowIds(data(translator('en')), doc),
      locale: 'en',
      ...WRITE,
    })
    this.count(collection)
    return doc.id
  }

  /** A public entry, published. */
  async entry(def: AnyEntryDef): Promise<Id> {
    // The QR code too comes from the seed (the CMS would draw a random one): same seed, same plaques.
    const code = this.code()
    const id = await this.inBothLocales(def.collection, (t) => ({
      ...def.build(t),
      slug: def.slug,
      code,
      _status: 'published',
    }))
    this.progress()
    return id
  }

  /** A batch of a product, published; `data` draws its QR code first. */
  batch(data: (t: Translate) => object): Promise<Id> {
    return this.inBothLocales('batches', data)
  }

  async record(collection: CollectionSlug, vi: object, en: object, upload?: File): Promise<Id> {
    const doc = await this.write.create({
      collection,
      data: vi,
      locale: 'vi',
      ...(upload ? { file: upload } : {}),
      ...WRITE,
    })
    await this.write.update({ collection, id: doc.id, data: en, locale: 'en', ...WRITE })
    this.count(collection)
    return doc.id
  }

  private progress() {
    if (this.made === 0) this.started = Date.now()
    this.made++
    if (this.made % 500 === 0 || this.made === this.total) {
      const seconds = (Date.now() - this.started) / 1000
      this.log(`${this.made} of ${this.total} entries (${(this.made / seconds).toFixed(1)} entries/s)`)
    }
  }

  code() {
    return Array.from({ length: CODE_LENGTH }, () => this.rng.pick([...CODE_ALPHABET])).join('')
  }

  point() {
    return point(this.rng)
  }

  placeName() {
    return placeName(this.rng)
  }

  personName() {
    return personName(this.rng)
  }

  /** Three paragraphs of plausible, plainly synthetic text. */
  body(t: Translate, subject: { vi: string; en: string }, place: string) {
    return body(this.rng, t, subject, place)
  }

  sources(t: Translate) {
    return sources(t)
  }
}
