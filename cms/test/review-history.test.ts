/**
 * The sidebar's review history reads the audit log with full rights: it must show nothing for an
 * entry the account cannot read, and the return comments (review comments, private by scope, issue
 * 15 item 5) only to those who look after the entry.
 */
import type { Payload, PayloadRequest, UIFieldServerProps } from 'payload'
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { audit } from '../src/audit/log'
import { ReviewHistory } from '../src/components/ReviewHistory'
import { bootPayload } from './payload'

let payload: Payload
let req: PayloadRequest
const ids = {} as Record<'ownDraft' | 'otherPublished' | 'otherDraft', number>

const history = async (id: number) => {
  const element = await ReviewHistory({
    id,
    collectionSlug: 'relics',
    payload,
    req,
    i18n: { language: 'vi' },
  } as unknown as UIFieldServerProps)
  return element ? renderToStaticMarkup(element) : null
}

beforeAll(async () => {
  payload = await bootPayload()
  const province = await payload.create({
    collection: 'admin-units',
    data: { name: 'Tỉnh Lịch Sử', level: 'province' },
  })
  const commune = (name: string) =>
    payload.create({ collection: 'admin-units', data: { name, level: 'commune', parent: province.id } as never })
  const [mine, theirs] = [await commune('Xã Của Mình'), await commune('Xã Bên Cạnh')]
  const relic = async (title: string, communeId: number, status: 'draft' | 'published') => {
    const doc = await payload.create({
      collection: 'relics',
      data: { title, rank: 'provincial', types: ['historical'], commune: communeId, _status: status } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
    await audit(payload, undefined, {
      action: 'return',
      collection: 'relics',
      docId: doc.id,
      title,
      detail: `GOP-Y-${title}`,
    })
    return doc.id as number
  }
  ids.ownDraft = await relic('Đình Mình', mine.id, 'draft')
  ids.otherPublished = await relic('Đình Bên Cạnh', theirs.id, 'published')
  ids.otherDraft = await relic('Miếu Bên Cạnh', theirs.id, 'draft')
  await payload.create({
    collection: 'users',
    data: { email: 'admin@lich-su.vn', name: 'admin', password: 'mat-khau-lich-su', roles: ['admin'] } as never,
  })
  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'ctv@lich-su.vn',
      name: 'Cộng tác viên',
      password: 'mat-khau-lich-su',
      roles: ['contributor'],
      communes: [mine.id],
    } as never,
  })
  req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
})

describe('review history in the sidebar', () => {
  it('shows a contributor the return comments of their own commune’s entry', async () => {
    expect(await history(ids.ownDraft)).toContain('GOP-Y-Đình Mình')
  })

  it('shows the steps of another commune’s published entry, but not its review comments', async () => {
    const html = await history(ids.otherPublished)
    expect(html).toContain('data-action="return"')
    expect(html).not.toContain('GOP-Y-')
  })

  it('shows nothing at all for an entry the account cannot read', async () => {
    expect(await history(ids.otherDraft)).toBeNull()
  })
})
