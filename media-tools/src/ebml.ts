/** WebM's container, EBML: what audio.ts (removing tags) and audioDuration.ts (reading the length) both read. */

export interface Vint {
  value: number
  length: number
  /** A size whose bits are all ones: an element of unknown size (a live recording). */
  unknown: boolean
}

/**
 * The EBML variable-length integer at `at`: an element ID keeps its marker bits (`keepMarker`), a
 * size does not. Null when it is malformed or runs past the end of the bytes.
 */
export function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): Vint | null {
  const first = bytes[at] ?? 0
  let length = 1
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++
  if (length > 8 || at + length > bytes.length) return null
  let value = keepMarker ? first : first & (0xff >> length)
  let allOnes = value === 0xff >> length
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i] ?? 0
    value = value * 256 + byte
    if (byte !== 0xff) allOnes = false
  }
  return { value, length, unknown: !keepMarker && allOnes }
}
