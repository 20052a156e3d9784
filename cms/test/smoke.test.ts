import { describe, expect, it } from 'vitest'
import { bootPayload } from './payload'

describe('boot', () => {
  it('creates a relic', async () => {
    const payload = await bootPayload()
    const doc = await payload.create({
      collection: 'relics',
      data: { title: 'Đền Thử', types: ['historical'], rank: 'national', _status: 'published' },
    })
    expect(doc.slug).toBe('den-thu')
    const found = await payload.find({ collection: 'relics', overrideAccess: false })
    expect(found.totalDocs).toBe(1)
  })
})
