/**
 * The admin's home page (issue 17, item 1): what waits for each person, counted and listed with
 * their own rights. The attacks: a contributor's home must neither count nor list entries outside
 * its communes (returned, drafts, submitted), a reviewer's queue holds only what it may review,
 * and no reviewer's comment reaches anyone outside the entry's scope, whether through the lists,
 * the recent publishes or the rendered page.
 */
import type { I18nClient } from '@payloadcms/translations'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { Dashboard } from '../src/components/Dashboard'
import { publicSiteUrl } from '../src/site'
import { type Home, type HomeList, loadHome } from '../src/workflow/home'
import { bootPayload } from './payload'

const PASSWORD = 'mat-khau-trang-chu'
const DAY = '2026-03-01T00:00:00.000Z'
const COMMENT = {
  ownRelic: 'GOP-Y-DINH-XA-NHA',
  ownProduct: 'GOP-Y-SAN-PHAM-CHU-THE',
  neighbourRelic: 'GOP-Y-XA-LANG-GIENG',
  otherProvince: 'GOP-Y-TINH-KHAC',
  liveDraft: 'GOP-Y-BAN-NHAP-CUA-MUC-CONG-KHAI',
}

let payload: Payload
const users = {} as Record<'admin' | 'editor' | 'otherEditor' | 'contributor' | 'producer', TypedUser>
const units = {} as Record<'home' | 'neighbour' | 'far', number>
const ids = {} as Record<string, number>

type Slug = 'relics' | 'ocop-products' | 'producers' | 'routes' | 'batches'

async function make(collection: Slug, data: Record<string, unknown>) {
  const doc = await payload.create({
    collection,
    data: { ...data, _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
    depth: 0,
  })
  return doc.id as number
}

const update = (collection: Slug, id: number, data: Record<string, unknown>, draft = true) =>
  payload.update({ collection, id, data: data as never, draft, overrideAccess: true, depth: 0 })

const relic = (title: string, commune: number) =>
  make('relics', { title, rank: 'provincial', types: ['historical'], commune })

/** The home page of `who`, as the Dashboard reads it. */
async function homeOf(who: keyof typeof users, language = 'vi'): Promise<Home> {
  const req: PayloadRequest = await createLocalReq({ user: users[who] }, payload)
  return loadHome(req, { ...req.i18n, language } as unknown as I18nClient)
}

const titles = (list: HomeList | undefined) => (list?.items ?? []).map((item) => item.title).sort()

beforeAll(async () => {
  payload = await bootPayload()
  const province = async (name: string) =>
    (await payload.create({ collection: 'admin-units', data: { name, level: 'province' } })).id
  const commune = async (name: string, parent: number) =>
    (await payload.create({ collection: 'admin-units', data: { name, level: 'commune', parent } as never })).id
  const home = await province('Tỉnh Nhà')
  const far = await province('Tỉnh Xa')
  units.home = await commune('Xã Nhà', home)
  units.neighbour = await commune('Xã Láng Giềng', home)
  units.far = await commune('Xã Tỉnh Xa', far)

  // Waiting for review: two in the editor's province, one in another province.
  ids.submittedHome = await relic('Đình Chờ Xã Nhà', units.home)
  ids.submittedNeighbour = await relic('Đình Chờ Láng Giềng', units.neighbour)
  ids.submittedFar = await relic('Đình Chờ Tỉnh Xa', units.far)
  for (const id of [ids.submittedHome, ids.submittedNeighbour, ids.submittedFar]) {
    await update('relics', id, { review: { state: 'submitted' } })
  }
  // Returned with comments, in the contributor's commune and outside it.
  ids.returnedHome = await relic('Đình Trả Xã Nhà', units.home)
  ids.returnedNeighbour = await relic('Đình Trả Láng Giềng', units.neighbour)
  ids.returnedFar = await relic('Đình Trả Tỉnh Xa', units.far)
  await update('relics', ids.returnedHome, { review: { state: 'returned', comment: COMMENT.ownRelic } })
  await update('relics', ids.returnedNeighbour, { review: { state: 'returned', comment: COMMENT.neighbourRelic } })
  await update('relics', ids.returnedFar, { review: { state: 'returned', comment: COMMENT.otherProvince } })
  // Drafts.
  ids.draftHome = await relic('Đình Nháp Xã Nhà', units.home)
  ids.draftNeighbour = await relic('Đình Nháp Láng Giềng', units.neighbour)
  // Published; one later taken off the site; one live whose newer draft was returned.
  ids.live = await relic('Đình Công Khai', units.home)
  await update('relics', ids.live, { _status: 'published' }, false)
  ids.withdrawn = await relic('Đình Đã Gỡ', units.neighbour)
  await update('relics', ids.withdrawn, { _status: 'published' }, false)
  await update('relics', ids.withdrawn, { _status: 'draft' }, false)
  ids.liveNeighbour = await relic('Đình Công Khai Láng Giềng', units.neighbour)
  await update('relics', ids.liveNeighbour, { _status: 'published' }, false)
  await update('relics', ids.liveNeighbour, { review: { state: 'submitted' } })
  await update('relics', ids.liveNeighbour, { review: { state: 'returned', comment: COMMENT.liveDraft } })
  // A route (editors' work, not a commune's) waiting for review.
  ids.route = await make('routes', {
    title: 'Tuyến Chờ Duyệt',
    stops: [
      { place: { relationTo: 'relics', value: ids.live } },
      { place: { relationTo: 'relics', value: ids.submittedHome } },
    ],
  })
  await update('routes', ids.route, { review: { state: 'submitted' } })
  // A producer in the contributor's commune, its products and batches; another producer's.
  ids.producer = await make('producers', { title: 'HTX Gốm Nhà', kind: 'cooperative', commune: units.home })
  await update('producers', ids.producer, { _status: 'published' }, false)
  ids.otherProducer = await make('producers', {
    title: 'HTX Láng Giềng',
    kind: 'cooperative',
    commune: units.neighbour,
  })
  ids.returnedProduct = await make('ocop-products', {
    title: 'Bình Gốm Trả Lại',
    group: 'handicrafts',
    producer: ids.producer,
    commune: units.home,
  })
  await update('ocop-products', ids.returnedProduct, { review: { state: 'returned', comment: COMMENT.ownProduct } })
  ids.draftProduct = await make('ocop-products', {
    title: 'Chén Gốm Nháp',
    group: 'handicrafts',
    producer: ids.producer,
    commune: units.home,
  })
  ids.otherProduct = await make('ocop-products', {
    title: 'Mứt Láng Giềng',
    group: 'food',
    producer: ids.otherProducer,
    commune: units.neighbour,
  })
  await update('ocop-products', ids.otherProduct, { review: { state: 'submitted' } })
  ids.ownBatch = await make('batches', { lotCode: 'LO-NHA-01', product: ids.returnedProduct, productionDate: DAY })
  ids.otherBatch = await make('batches', {
    lotCode: 'LO-LANG-GIENG-01',
    product: ids.otherProduct,
    productionDate: DAY,
  })
  await update('batches', ids.otherBatch, { _status: 'published' }, false)

  const account = async (key: keyof typeof users, data: Record<string, unknown>) => {
    users[key] = (await payload.create({
      collection: 'users',
      data: { email: `${key}@trangchu.vn`, name: key, password: PASSWORD, ...data } as never,
      overrideAccess: true,
    })) as unknown as TypedUser
    users[key].collection = 'users'
  }
  await account('admin', { roles: ['admin'] })
  await account('editor', { roles: ['editor'], province: home })
  await account('otherEditor', { roles: ['editor'], province: far })
  await account('contributor', { roles: ['contributor'], communes: [units.home] })
  await account('producer', { roles: ['producer'], producer: ids.producer })
})

describe('the home page of each role', () => {
  it('an editor: "Chờ duyệt" holds what was submitted in its province and the routes, nothing else', async () => {
    const home = await homeOf('editor')
    expect(titles(home.review)).toEqual(
      ['Đình Chờ Láng Giềng', 'Đình Chờ Xã Nhà', 'Mứt Láng Giềng', 'Tuyến Chờ Duyệt'].sort(),
    )
    expect(home.review?.total).toBe(4)
    expect(home.review?.kinds.map((k) => [k.collection, k.count])).toEqual([
      ['relics', 2],
      ['routes', 1],
      ['ocop-products', 1],
    ])
    const relics = home.review?.kinds.find((k) => k.collection === 'relics')
    expect(decodeURIComponent(relics?.listUrl ?? '')).toBe(
      '/admin/collections/relics?where[or][0][and][0][review.state][equals]=submitted',
    )
    const row = home.review?.items.find((item) => item.title === 'Đình Chờ Xã Nhà')
    expect(row).toMatchObject({
      kind: 'Di tích',
      state: 'submitted',
      editUrl: `/admin/collections/relics/${ids.submittedHome}`,
    })
    // Authors' lists are not an editor's.
    expect(home.returned).toBeUndefined()
    expect(home.drafts).toBeUndefined()

    const far = await homeOf('otherEditor')
    expect(titles(far.review)).toEqual(['Tuyến Chờ Duyệt', 'Đình Chờ Tỉnh Xa'].sort())
    const admin = await homeOf('admin')
    expect(admin.review?.total).toBe(5)
  })

  it('a contributor: returned to it (with the comment), its drafts, its submitted entries, in its commune only', async () => {
    const home = await homeOf('contributor')
    expect(home.review).toBeUndefined()
    expect(titles(home.returned)).toEqual(['Bình Gốm Trả Lại', 'Đình Trả Xã Nhà'].sort())
    expect(home.returned?.total).toBe(2)
    const returned = home.returned?.items.find((item) => item.title === 'Đình Trả Xã Nhà')
    expect(returned?.comment).toBe(COMMENT.ownRelic)
    expect(titles(home.drafts)).toEqual(['Chén Gốm Nháp', 'Đình Nháp Xã Nhà'].sort())
    expect(home.drafts?.total).toBe(2)
    expect(titles(home.submitted)).toEqual(['Đình Chờ Xã Nhà'])
    expect(home.products).toBeUndefined()

    // Nothing of the neighbouring commune or the other province, counted or shown.
    const everything = JSON.stringify(home)
    for (const hidden of [
      'Đình Trả Láng Giềng',
      'Đình Trả Tỉnh Xa',
      'Đình Nháp Láng Giềng',
      'Đình Chờ Láng Giềng',
      'Đình Chờ Tỉnh Xa',
      COMMENT.neighbourRelic,
      COMMENT.otherProvince,
      COMMENT.liveDraft,
    ]) {
      expect(everything, hidden).not.toContain(hidden)
    }
  })

  it('a producer: its products and batches, and its returned product with the comment, not others’', async () => {
    const home = await homeOf('producer')
    expect(home.review).toBeUndefined()
    expect(titles(home.products)).toEqual(['Bình Gốm Trả Lại', 'Chén Gốm Nháp'].sort())
    expect(titles(home.batches)).toEqual(['LO-NHA-01'])
    expect(home.batches?.items[0]).toMatchObject({ kind: 'Lô sản xuất', status: 'draft' })
    const [path, products] = decodeURIComponent(home.batches?.kinds[0]?.listUrl ?? '').split('=')
    expect(path).toBe('/admin/collections/batches?where[or][0][and][0][product][in]')
    expect(products?.split(',').sort()).toEqual([ids.returnedProduct, ids.draftProduct].map(String).sort())
    expect(JSON.stringify(home.published)).not.toContain(COMMENT.ownProduct)
    expect(titles(home.returned)).toEqual(['Bình Gốm Trả Lại'])
    expect(home.returned?.items[0]?.comment).toBe(COMMENT.ownProduct)
    expect(titles(home.drafts)).toEqual(['Chén Gốm Nháp'])
    // The other producer's batch is public (listed among the recent publishes), not the producer's.
    const { published, ...own } = home
    const everything = JSON.stringify(own)
    for (const hidden of ['Mứt Láng Giềng', 'LO-LANG-GIENG-01', COMMENT.ownRelic, 'Đình Trả Xã Nhà']) {
      expect(everything, hidden).not.toContain(hidden)
    }
  })

  it('everyone: the latest publishes still live, with their public pages, and no comment', async () => {
    for (const who of ['contributor', 'producer', 'editor'] as const) {
      const home = await homeOf(who)
      const published = home.published.map((item) => item.title)
      expect(published).toEqual(
        expect.arrayContaining(['Đình Công Khai', 'Đình Công Khai Láng Giềng', 'HTX Gốm Nhà', 'LO-LANG-GIENG-01']),
      )
      expect(published).not.toContain('Đình Đã Gỡ')
      expect(home.published.every((item) => item.comment === undefined)).toBe(true)
      const live = home.published.find((item) => item.title === 'Đình Công Khai')
      const { docs } = await payload.find({ collection: 'relics', where: { id: { equals: ids.live } } })
      expect(live?.publicUrl).toBe(`${publicSiteUrl()}/p/${docs[0]?.code}/`)
      expect(live?.publishedAt).toMatch(/^\d{4}-/)
      const batch = home.published.find((item) => item.title === 'LO-LANG-GIENG-01')
      expect(batch?.publicUrl?.startsWith(`${publicSiteUrl()}/t/`)).toBe(true)
    }
    const english = await homeOf('contributor', 'en')
    expect(english.published.find((item) => item.title === 'Đình Công Khai')?.publicUrl).toMatch(/\/en\/p\//)
    expect(english.returned?.items.find((item) => item.collection === 'relics')?.kind).toBe('Relic')
  })

  it('the rendered page: counts in its headings, the comment to its author only, the site status in Vietnamese', async () => {
    const render = async (who: keyof typeof users) => {
      const i18n = { ...(await createLocalReq({}, payload)).i18n, language: 'vi' } as unknown as I18nClient
      const element = await Dashboard({ i18n, payload, user: users[who] })
      return element ? renderToStaticMarkup(element) : ''
    }
    const editor = await render('editor')
    expect(editor).toContain('Chờ duyệt (4)')
    expect(editor).toContain('Trang công khai chưa được dựng lần nào.')
    for (const comment of Object.values(COMMENT)) expect(editor).not.toContain(comment)

    const contributor = await render('contributor')
    expect(contributor).toContain('Bị trả lại (2)')
    expect(contributor).toContain('Bản nháp của tôi (2)')
    expect(contributor).toContain(COMMENT.ownRelic)
    expect(contributor).not.toContain('Chờ duyệt (')
    for (const comment of [COMMENT.neighbourRelic, COMMENT.otherProvince, COMMENT.liveDraft]) {
      expect(contributor).not.toContain(comment)
    }
    const producer = await render('producer')
    expect(producer).toContain('Sản phẩm của tôi (2)')
    expect(producer).toContain('Lô sản xuất của tôi (1)')
    expect(producer).not.toContain(COMMENT.ownRelic)
  })
})
