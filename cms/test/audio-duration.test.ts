/**
 * Issue 17, item 11: an audio guide's duration is measured from the uploaded file, so the public
 * player can show it and officers need not type it; a value the officer types in the same save
 * wins, and the field stays editable.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { chimeSamples, demoChime, encodeWav } from '../src/seed/audio'
import { bootPayload } from './payload'

let payload: Payload

/** A WAV of the demo chime lasting `seconds` (8 kHz mono PCM): different bytes for each length. */
const wavFile = (seconds: number, name = `thuyet-minh-${seconds}.wav`) => ({
  data: encodeWav(chimeSamples(8000, seconds), 8000),
  name,
  mimetype: 'audio/wav',
  size: 0,
})

beforeAll(async () => {
  payload = await bootPayload()
})

describe('the duration of an audio guide', () => {
  it('is filled from the file when it is uploaded', async () => {
    const { wav, durationSeconds } = demoChime()
    const doc = await payload.create({
      collection: 'audio',
      data: { title: 'Thuyết minh đình làng', language: 'vi' },
      file: { data: wav, name: 'dinh-lang.wav', mimetype: 'audio/wav', size: wav.length },
    })
    expect(doc.durationSeconds).toBe(durationSeconds)
    const stored = await payload.findByID({ collection: 'audio', id: doc.id })
    expect(stored.durationSeconds).toBe(5)
  })

  it('keeps a value the officer typed with the upload', async () => {
    const doc = await payload.create({
      collection: 'audio',
      data: { title: 'Thuyết minh chùa', language: 'vi', durationSeconds: 42 },
      file: wavFile(3),
    })
    expect(doc.durationSeconds).toBe(42)
  })

  /** An update as the admin form sends it with a new file of `seconds`. */
  const withNewFile = (id: number, data: { durationSeconds: number }, seconds: number) =>
    payload.update({ collection: 'audio', id, data, file: wavFile(seconds) })

  it('is measured again when the file is replaced, also when the form sends the old value back', async () => {
    const doc = await payload.create({
      collection: 'audio',
      data: { title: 'Thuyết minh làng nghề', language: 'vi' },
      file: wavFile(2.5),
    })
    expect(doc.durationSeconds).toBe(2.5)
    // The admin form sends every field: the old duration comes back unchanged with the new file.
    const replaced = await withNewFile(doc.id, { durationSeconds: 2.5 }, 1.5)
    expect(replaced.durationSeconds).toBe(1.5)
    // Editable: a typed correction without a new file is kept…
    const corrected = await payload.update({ collection: 'audio', id: doc.id, data: { durationSeconds: 7 } })
    expect(corrected.durationSeconds).toBe(7)
    // …and so is one typed together with a new file.
    const both = await withNewFile(doc.id, { durationSeconds: 9 }, 4)
    expect(both.durationSeconds).toBe(9)
  })
})
