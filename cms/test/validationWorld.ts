/**
 * What the validation tests share: Payload, a published producer, and the smallest valid relic and
 * OCOP product to vary. Importing this module registers the setup (live bindings below).
 */
import type { Payload } from 'payload'
import { beforeAll } from 'vitest'
import type { OcopProduct, Producer } from '../src/payload-types'
import { bootPayload } from './payload'

export let payload: Payload
export let producer: Producer

export const relic = (extra: Record<string, unknown> = {}) => ({
  title: 'Đình Kim Quy',
  rank: 'provincial' as const,
  types: ['historical' as const],
  ...extra,
})

beforeAll(async () => {
  payload = await bootPayload()
  producer = await payload.create({
    collection: 'producers',
    data: { title: 'HTX Gốm Ví Dụ', kind: 'cooperative', _status: 'published' },
  })
})

export const product = (extra: Partial<OcopProduct> = {}) =>
  ({
    title: 'Bình gốm men lam',
    group: 'handicrafts',
    producer: producer.id,
    ...extra,
  }) as OcopProduct
