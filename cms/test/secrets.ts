import type { Payload } from 'payload'
import type { Producer } from '../src/payload-types'

/**
 * Private values the tests plant in documents (an internal note, a producer's phone and e-mail)
 * and then look for where the public must never see them: REST, GraphQL, the snapshot. Each is
 * text no public field holds, so finding it anywhere means it leaked.
 */
export const SECRET = {
  note: 'Ghi chú nội bộ: chìa khóa ở nhà thủ từ',
  phone: '0912 000 999',
  email: 'bimat@example.vn',
} as const

/** A published cooperative whose contact holds the secret phone, with `contact`'s other details. */
export const producerWithSecretPhone = (payload: Payload, title: string, contact: Producer['contact'] = {}) =>
  payload.create({
    collection: 'producers',
    data: { title, kind: 'cooperative', contact: { ...contact, phone: SECRET.phone }, _status: 'published' },
  })
