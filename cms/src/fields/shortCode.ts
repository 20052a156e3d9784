import type { CollectionBeforeValidateHook, Field } from 'payload'

/** No 0/O, 1/I/L: codes are read off plaques and labels by people. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 8

export const SHORT_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)

/** 31^8 ≈ 8.5 × 10^11 codes: collisions are negligible, and the unique index catches the rest. */
export const newShortCode = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH))
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
}

/** Gives a new document its code; the code never changes afterwards, whatever the slug does. */
export const assignShortCode: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (data && operation === 'create' && !data.code) data.code = newShortCode()
  return data
}

/**
 * The short, stable code printed on QR plaques and labels (`/p/CODE`, `/t/CODE`), so that printed
 * codes keep working when a title or slug is corrected.
 */
export const shortCodeField = (description: { vi: string; en: string }): Field => ({
  name: 'code',
  type: 'text',
  unique: true,
  index: true,
  label: { vi: 'Mã QR ngắn', en: 'Short QR code' },
  admin: { readOnly: true, position: 'sidebar', description },
  hooks: {
    // Once given, a code is kept even if an update tries to change it.
    beforeChange: [({ value, originalDoc }) => originalDoc?.code ?? value],
  },
})
