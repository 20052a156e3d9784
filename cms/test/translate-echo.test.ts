/**
 * The admin's form fills a language's empty fields with the Vietnamese text (Payload's fallback).
 * A save that sends those texts back unchanged must not store Vietnamese as the translation.
 */
import { describe, expect, it } from 'vitest'
import { isRecord } from '../src/shared/guards'
import { readState } from '../src/translate/status'
import { arrangeRelic, stored } from './translateWorld'
import { payload } from './validationWorld'

/** A localized value read in every locale (Payload types it as the one-locale value). */
const texts = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {})

describe('a save in another language that echoes the Vietnamese', () => {
  it('keeps the texts the language does not have empty, and stores what was translated', async () => {
    const relic = await arrangeRelic(payload, 'Đền Vọng')
    const before = await stored(payload, relic.id)
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'ko',
      data: {
        title: 'Đền Vọng',
        summary: String(texts(before.summary).vi),
        sites: [
          { id: relic.sites[0], name: 'Đền Thượng' },
          { id: relic.sites[1], name: '하사당' },
        ],
      },
    })
    const after = await stored(payload, relic.id)
    expect(texts(after.title)).toMatchObject({ vi: 'Đền Vọng', en: 'Phu Dong Temple' })
    expect(texts(after.title).ko ?? null).toBeNull()
    expect(texts(after.summary).ko ?? null).toBeNull()
    expect(texts(after.sites?.[0]?.name)).toMatchObject({ vi: 'Đền Thượng', en: 'Upper Temple' })
    expect(texts(after.sites?.[0]?.name).ko ?? null).toBeNull()
    expect(texts(after.sites?.[1]?.name)).toMatchObject({ vi: 'Đền Hạ', ko: '하사당' })
    expect(readState(after.translationState).ko?.titled ?? false).toBe(false)
  })

  it('keeps a text equal to the Vietnamese where the language already had one (a deliberate change)', async () => {
    const relic = await arrangeRelic(payload, 'Đình Bảng')
    await payload.update({ collection: 'relics', id: relic.id, locale: 'en', data: { title: 'Đình Bảng' } })
    expect(texts((await stored(payload, relic.id)).title)).toMatchObject({ vi: 'Đình Bảng', en: 'Đình Bảng' })
  })
})
