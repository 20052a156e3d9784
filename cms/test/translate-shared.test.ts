/**
 * A translator's save may change nothing every language shares: not which entry a route stop
 * points to (collection and id), not the review state, not the creation date, and it may not
 * rewrite the published version through Payload's "unpublish every locale". Found by an attack
 * pass on the role; each case was a 200 before.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let token: string
let communes: number[]

const patch = (path: string, body: unknown) => http.rest('PATCH', path, { token, body })
const newest = (collection: 'relics', id: number) =>
  payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, overrideAccess: true })
const relic = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'relics',
    data: { title, rank: 'provincial', types: ['historical'], commune: communes[0], _status: 'published', ...extra },
  })

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const province = await makeProvince(payload, 'Tỉnh Chung', ['Xã Chung'])
  communes = province.communes
  const signed = await signInAccounts(payload, http, 'chung.example.vn', {
    admin: { roles: ['admin'] },
    translator: { roles: ['translator'], province: province.province },
  })
  token = signed.tokens.translator
})

describe('a translator cannot change what every language shares', () => {
  it('refuses a route stop moved to another collection with the same id', async () => {
    const first = await relic('Đền Chung Một')
    const second = await relic('Đền Chung Hai')
    // A craft village whose id is the first relic's: only the collection differs.
    let village = 0
    for (let i = 0; i < 20 && village !== first.id; i++) {
      const made = await payload.create({
        collection: 'craft-villages',
        data: { title: `Làng Chung ${i}`, crafts: [{ name: 'gốm' }], _status: 'published' },
      })
      village = made.id
    }
    expect(village).toBe(first.id)
    const route = await payload.create({
      collection: 'routes',
      data: {
        title: 'Tuyến Chung',
        stops: [
          { place: { relationTo: 'relics', value: first.id } },
          { place: { relationTo: 'relics', value: second.id } },
        ],
        _status: 'published',
      },
    })
    const rows = (route.stops ?? []).map((s) => s.id)
    const res = await patch(`routes/${route.id}?locale=ko&draft=true`, {
      stops: [
        { id: rows[0], place: { relationTo: 'craft-villages', value: first.id } },
        { id: rows[1], place: { relationTo: 'relics', value: second.id } },
      ],
    })
    expect(res.status).toBe(403)
    // Named as the form names it, not "stops.0.place".
    expect(res.json.errors[0].message).toBe(
      'Biên dịch viên chỉ sửa nội dung dịch; các giá trị dùng chung cho mọi ngôn ngữ không được đổi: «Điểm dừng (theo thứ tự) > hàng 1 > Điểm đến». Hãy tải lại trang rồi chỉ sửa phần dịch.',
    )
    const after = await payload.findByID({
      collection: 'routes',
      id: route.id,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const stop = after.stops?.[0]?.place
    expect(stop).toMatchObject({ relationTo: 'relics' })
  })

  it('refuses a change of the review state, either way', async () => {
    const entry = await payload.create({
      collection: 'relics',
      draft: true,
      data: {
        title: 'Đền Chờ Duyệt',
        rank: 'provincial',
        types: ['historical'],
        commune: communes[0],
        _status: 'draft',
        review: { state: 'submitted' },
      },
    })
    const res = await patch(`relics/${entry.id}?locale=ko&draft=true`, { review: { state: 'draft' } })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toContain('không được đổi: «Xét duyệt > Trạng thái».')
    expect((await newest('relics', entry.id)).review?.state).toBe('submitted')
  })

  it('refuses a new creation date', async () => {
    const entry = await relic('Đền Ngày Tạo')
    const res = await patch(`relics/${entry.id}?locale=ko&draft=true`, {
      createdAt: '2001-01-01T00:00:00.000Z',
      title: '사당',
    })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toContain('không được đổi: «Ngày tạo».')
    expect((await newest('relics', entry.id)).createdAt).toBe(entry.createdAt)
  })

  it('keeps the published version in the history when asked to unpublish every locale', async () => {
    const entry = await relic('Đền Lịch Sử')
    const versions = async () =>
      (
        await payload.findVersions({
          collection: 'relics',
          where: { parent: { equals: entry.id } },
          overrideAccess: true,
          sort: 'createdAt',
        })
      ).docs.map((d) => d.version._status)
    expect(await versions()).toEqual(['published'])
    await patch(`relics/${entry.id}?locale=ko&unpublishAllLocales=true`, { title: '한국어' })
    expect((await versions())[0]).toBe('published')
    const live = await payload.findByID({ collection: 'relics', id: entry.id, overrideAccess: true, depth: 0 })
    expect(live._status).toBe('published')
  })
})
