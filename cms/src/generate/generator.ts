/**
 * Writes the synthetic province through the Local API with hooks and validation on, as officers'
 * saves and the spreadsheet import do: Vietnamese first, then the English variant, published.
 */
import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  type File,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
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

/**
 * Entries (and batches) saved in one database transaction. Each save is still its own Local API
 * operation with its own request (context, cache) and every hook and validation, as the
 * spreadsheet import does for its rows; what is shared is the transaction, so the database
 * commits once per this many saves instead of after each of the two (Vietnamese, English). Reads
 * inside it see the saves before them as before: every read of an operation passes its `req`.
 */
export const SAVES_PER_TRANSACTION = 50

export class Generator {
  readonly counts: Record<string, number> = {}
  private readonly write: LooseApi
  private made = 0
  private started = 0
  /** The open transaction's request, and how many entries and batches it holds. */
  private transaction: PayloadRequest | undefined
  private inTransaction = 0

  constructor(
    private readonly payload: Payload,
    readonly rng: Random,
    private readonly total: number,
    private readonly log: (message: string) => void,
    /** 1: each save commits on its own (the way before transactions were shared). */
    private readonly perTransaction = SAVES_PER_TRANSACTION,
  ) {
    this.write = looseApi(payload)
  }

  /** The request of one save: a fresh one, in the open transaction (opened here if none is). */
  private async request(): Promise<{ req?: Partial<PayloadRequest> }> {
    if (this.perTransaction <= 1) return {}
    if (!this.transaction) {
      const transaction = await createLocalReq({ context: { ...SEED_CONTEXT } }, this.payload)
      await initTransaction(transaction)
      this.transaction = transaction
    }
    return { req: { transactionID: this.transaction.transactionID } }
  }

  /** Counts a save in the open transaction and commits it once it holds `perTransaction`. */
  private async saved() {
    if (!this.transaction) return
    this.inTransaction++
    if (this.inTransaction >= this.perTransaction) await this.commit()
  }

  /** Commits what the open transaction holds (at the end of the province, or before other writes). */
  async commit() {
    const transaction = this.transaction
    if (!transaction) return
    this.transaction = undefined
    this.inTransaction = 0
    await commitTransaction(transaction)
  }

  /** After a failed save: nothing of the open transaction is kept. */
  async abandon() {
    const transaction = this.transaction
    this.transaction = undefined
    this.inTransaction = 0
    if (transaction) await killTransaction(transaction)
  }

  private count(collection: string) {
    this.counts[collection] = (this.counts[collection] ?? 0) + 1
  }

  /**
   * Creates in Vietnamese, adds English: the order an officer follows. The created document comes
   * back with its array rows' ids, which the English update names.
   */
  private async inBothLocales(collection: AnyEntryDef['collection'] | 'batches', data: (t: Translate) => object) {
    const doc = await this.write.create({
      collection,
      data: data(translator('vi')),
      locale: 'vi',
      ...WRITE,
      ...(await this.request()),
    })
    await this.write.update({
      collection,
      id: doc.id,
      data: withRowIds(data(translator('en')), doc),
      locale: 'en',
      ...WRITE,
      ...(await this.request()),
    })
    this.count(collection)
    await this.saved()
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

  /** A record (an administrative unit, an upload) saved and committed on its own. */
  async record(collection: CollectionSlug, vi: object, en: object, upload?: File): Promise<Id> {
    await this.commit()
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
