/**
 * The review workflow, the audit log, sign-in lockout, deletion safety and CSRF, through the real
 * REST handlers as the admin uses them.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AuthenticationError, createLocalReq, LockedAuth, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIGN_IN_FAILURES } from '../src/audit/details'
import { auditFailedLogin } from '../src/audit/userHooks'
import { MAX_LOGIN_ATTEMPTS } from '../src/collections/Users'
import { exportSnapshot } from '../src/snapshot/export'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let commune: number
let otherCommune: number
const PASSWORD = 'mat-khau-quy-trinh'
const token = {} as Record<'admin' | 'editor' | 'contributor', string>
const ids = {} as Record<'admin' | 'editor' | 'contributor', number>
let snapshotDir: string

type Line = { action: string; actorLabel?: string | null; detail?: string | null; targetTitle?: string | null }
async function lines(where: Record<string, unknown> = {}): Promise<Line[]> {
  const found = await payload.find({
    collection: 'audit-log',
    where: where as never,
    sort: ['createdAt', 'id'],
    limit: 500,
    depth: 0,
  })
  return found.docs as Line[]
}
const actionsFor = async (collection: string, id: number | string) =>
  (await lines({ targetCollection: { equals: collection }, targetId: { equals: String(id) } })).map((l) => l.action)

async function exportedRelicIds(): Promise<string[]> {
  await exportSnapshot(payload, { dir: snapshotDir, siteUrl: 'https://disan.example.vn' })
  const dir = path.join(snapshotDir, 'entries', 'relics')
  return (await readdir(dir).catch(() => [])).map((f) => f.replace(/\.json$/, ''))
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  snapshotDir = await mkdtemp(path.join(tmpdir(), 'heritage-workflow-'))
  const province = await payload.create({
    collection: 'admin-units',
    data: { name: 'Tỉnh Quy Trình', level: 'province' },
  })
  commune = (
    await payload.create({
      collection: 'admin-units',
      data: { name: 'Xã Soạn', level: 'commune', parent: province.id },
    })
  ).id
  otherCommune = (
    await payload.create({ collection: 'admin-units', data: { name: 'Xã Bên', level: 'commune', parent: province.id } })
  ).id
  const accounts = {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: province.id },
    contributor: { roles: ['contributor'], communes: [commune] },
  } as const
  for (const [role, extra] of Object.entries(accounts) as [keyof typeof accounts, object][]) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@quytrinh.vn`, name: `Người ${role}`, password: PASSWORD, ...extra } as never,
    })
    ids[role] = user.id
    token[role] = await http.login(`${role}@quytrinh.vn`, PASSWORD)
  }
})

afterAll(async () => {
  await rm(snapshotDir, { recursive: true, force: true })
})

describe('review: submitted, returned with a comment, fixed, resubmitted, published', () => {
  let id: number
  const review = async () => (await payload.findByID({ collection: 'relics', id, draft: true, depth: 0 })).review

  it('a contributor drafts and submits; cannot return or publish', async () => {
    const created = await http.rest('POST', 'relics?draft=true', {
      token: token.contributor,
      body: { title: 'Đình Quy Trình', rank: 'provincial', types: ['historical'], commune, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    id = created.json.doc.id
    expect((await review())?.state).toBe('draft')

    const submitted = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { review: { state: 'submitted' } },
    })
    expect(submitted.status).toBe(200)
    expect((await review())?.state).toBe('submitted')

    const selfReturn = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { review: { state: 'returned', comment: 'tự trả' } },
    })
    expect(selfReturn.status).toBe(400)
    expect(selfReturn.text).toContain('Chỉ biên tập viên mới được trả lại')
    const publish = await http.rest('PATCH', `relics/${id}`, {
      token: token.contributor,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(await review()).toEqual({ state: 'submitted', comment: null })
  })

  it('an editor returns it only with a comment, which the contributor then sees', async () => {
    const bare = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.editor,
      body: { review: { state: 'returned' } },
    })
    expect(bare.status).toBe(400)
    expect(bare.text).toContain('Hãy ghi nhận xét')
    // The refusal's heading in Vietnamese, not Payload's "Lỗi - Field sau không hợp lệ".
    expect(bare.text).toContain('Lỗi: trường sau chưa hợp lệ: Xét duyệt > Nhận xét của người duyệt')
    expect(bare.text).not.toMatch(/\bFields?\b/)
    expect((await review())?.state).toBe('submitted')

    const comment = 'Thiếu số quyết định xếp hạng: hãy bổ sung.'
    const returned = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.editor,
      body: { review: { state: 'returned', comment } },
    })
    expect(returned.status).toBe(200)
    const seen = await http.rest('GET', `relics/${id}?draft=true`, { token: token.contributor })
    expect(seen.json.review).toEqual({ state: 'returned', comment })
    // The comment is the reviewer's: the contributor cannot rewrite it.
    await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { review: { comment: 'Không có gì' } },
    })
    expect((await review())?.comment).toBe(comment)
    const returnLine = (await lines({ action: { equals: 'return' }, targetId: { equals: String(id) } }))[0]
    expect(returnLine?.detail).toBe(comment)
    expect(returnLine?.actorLabel).toContain('editor@quytrinh.vn')
  })

  it('the contributor fixes and resubmits; the editor publishes; the entry is exported', async () => {
    const fixed = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: {
        title: 'Đình Quy Trình (đã sửa)',
        rankingDecision: { number: '12/QĐ-UBND' },
        review: { state: 'submitted' },
      },
    })
    expect(fixed.status).toBe(200)
    expect(await exportedRelicIds()).not.toContain(String(id))

    const published = await http.rest('PATCH', `relics/${id}`, { token: token.editor, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(await review()).toEqual({ state: 'published', comment: null })
    expect(await exportedRelicIds()).toContain(String(id))
    // The public never sees the review fields.
    const anonymous = await http.rest('GET', `relics/${id}`)
    expect(anonymous.json.title).toBe('Đình Quy Trình (đã sửa)')
    expect(anonymous.json).not.toHaveProperty('review')
    expect(await actionsFor('relics', id)).toEqual(['create', 'submit', 'return', 'submit', 'publish'])
  })

  it('unpublishing (editors only) takes it off the next export and is logged', async () => {
    const byContributor = await http.rest('PATCH', `relics/${id}`, {
      token: token.contributor,
      body: { _status: 'draft' },
    })
    expect(byContributor.status).toBe(403)
    expect(await exportedRelicIds()).toContain(String(id))
    const unpublished = await http.rest('PATCH', `relics/${id}`, { token: token.editor, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(200)
    expect(await exportedRelicIds()).not.toContain(String(id))
    expect((await actionsFor('relics', id)).at(-1)).toBe('unpublish')
    expect((await lines({ action: { equals: 'export' } })).length).toBeGreaterThan(0)
  })

  it('a contributor cannot unpublish by restoring an old draft version over the published one', async () => {
    const draft = await payload.create({
      collection: 'relics',
      draft: true,
      data: { title: 'Đình Phiên Bản', rank: 'provincial', types: ['historical'], commune, _status: 'draft' },
    })
    await payload.update({ collection: 'relics', id: draft.id, data: { _status: 'published' } })
    const versions = await payload.findVersions({
      collection: 'relics',
      where: { parent: { equals: draft.id }, 'version._status': { equals: 'draft' } },
    })
    const old = versions.docs[0]
    expect(old).toBeDefined()
    const refused = await http.rest('POST', `relics/versions/${old?.id}`, { token: token.contributor })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Chỉ biên tập viên mới được gỡ xuất bản')
    expect((await payload.findByID({ collection: 'relics', id: draft.id, depth: 0 }))._status).toBe('published')
    const asDraft = await http.rest('POST', `relics/versions/${old?.id}?draft=true`, { token: token.contributor })
    expect(asDraft.status).toBe(200)
    expect(
      (
        await payload.db.findOne<{ id: number; _status: string }>({
          collection: 'relics',
          where: { id: { equals: draft.id } },
        })
      )?._status,
    ).toBe('published')
  })

  it('a contributor cannot move an entry to a commune outside their own', async () => {
    const res = await http.rest('POST', 'relics?draft=true', {
      token: token.contributor,
      body: { title: 'Đình Bên', rank: 'provincial', types: ['historical'], commune: otherCommune, _status: 'draft' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('không thuộc phạm vi bạn phụ trách')
  })
})

describe('scheduled publishing', () => {
  it('publishes at the set time as the editor who scheduled it', async () => {
    const draft = await payload.create({
      collection: 'relics',
      draft: true,
      data: { title: 'Lễ hội hẹn giờ', rank: 'provincial', types: ['historical'], commune, _status: 'draft' },
    })
    const editor = await payload.findByID({ collection: 'users', id: ids.editor })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'relics', value: draft.id },
        user: { relationTo: 'users', value: ids.editor },
      },
      waitUntil: new Date(Date.now() - 1000),
      req: { user: { ...editor, collection: 'users' } } as never,
    })
    await payload.jobs.run()
    const after = await payload.findByID({ collection: 'relics', id: draft.id, depth: 0 })
    expect(after._status).toBe('published')
    const publishLine = (await lines({ action: { equals: 'publish' }, targetId: { equals: String(draft.id) } }))[0]
    expect(publishLine?.actorLabel).toContain('editor@quytrinh.vn')
  })
})

describe('sign-in', () => {
  it('logs successful and failed sign-ins, and locks the account after repeated failures', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'khoa@quytrinh.vn', name: 'Khóa', password: PASSWORD, roles: ['contributor'] } as never,
    })
    const ok = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: PASSWORD } })
    expect(ok.status).toBe(200)
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++) {
      const wrong = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: 'sai' } })
      expect(wrong.status).toBe(401)
    }
    const locked = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect(locked.json.token).toBeUndefined()
    const user = await payload.db.findOne<{ id: number; lockUntil?: string }>({
      collection: 'users',
      where: { email: { equals: 'khoa@quytrinh.vn' } },
    })
    expect(new Date(user?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())

    const logged = await lines({ targetTitle: { equals: 'khoa@quytrinh.vn' } })
    expect(logged.map((l) => l.action)).toEqual([
      'role-change', // the account was created
      'login',
      ...Array(MAX_LOGIN_ATTEMPTS + 1).fill('login-failed'),
    ])
    expect(logged.at(-1)?.detail).toBe(SIGN_IN_FAILURES.locked)
    expect(logged[2]?.detail).toBe(SIGN_IN_FAILURES.wrong)
  })

  it('says why a sign-in failed in words even when the production build has minified the error names', async () => {
    const req = Object.assign(await createLocalReq({}, payload), {
      url: 'http://localhost/api/users/login',
      data: { email: 'rut-gon@quytrinh.vn' },
    })
    for (const error of [new AuthenticationError(), new LockedAuth()]) {
      Object.defineProperty(error, 'name', { value: 'l' })
      await auditFailedLogin({ error, req, collection: payload.collections.users.config } as never)
    }
    const logged = await lines({ targetTitle: { equals: 'rut-gon@quytrinh.vn' } })
    expect(logged.map((l) => l.detail)).toEqual([SIGN_IN_FAILURES.wrong, SIGN_IN_FAILURES.locked])
  })
})

describe('accounts', () => {
  it('role and scope changes are logged with before and after', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'doivaitro@quytrinh.vn', name: 'Đổi', password: PASSWORD, roles: ['contributor'] } as never,
    })
    const res = await http.rest('PATCH', `users/${user.id}`, {
      token: token.admin,
      body: { roles: ['editor'], communes: [commune] },
    })
    expect(res.status).toBe(200)
    const change = (await lines({ action: { equals: 'role-change' }, targetId: { equals: String(user.id) } })).at(-1)
    // Named as on the account form, in Vietnamese (../src/audit/details.ts).
    expect(change?.detail).toBe('Vai trò: Cộng tác viên (xã) → Biên tập viên (Sở); Xã / phường phụ trách: — → Xã Soạn')
    expect(change?.actorLabel).toContain('admin@quytrinh.vn')
  })
})

describe('deletion safety', () => {
  const relic = async (title: string) =>
    payload.create({
      collection: 'relics',
      data: { title, rank: 'provincial', types: ['historical'], commune, _status: 'published' },
    })

  it('refuses to trash or delete an entry a route stops at, naming the route', async () => {
    const a = await relic('Chùa Được Dùng')
    const b = await relic('Chùa Bên Cạnh')
    await payload.create({
      collection: 'routes',
      data: {
        title: 'Tuyến Hai Chùa',
        stops: [{ place: { relationTo: 'relics', value: a.id } }, { place: { relationTo: 'relics', value: b.id } }],
        _status: 'published',
      },
    })
    const before = await countEverything(payload, 'relics')
    const trash = await http.rest('PATCH', `relics/${a.id}`, {
      token: token.editor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(409)
    expect(trash.text).toContain('Tuyến tham quan «Tuyến Hai Chùa»')
    const stored = await payload.findByID({ collection: 'relics', id: a.id, depth: 0, trash: true })
    expect(stored.deletedAt ?? null).toBeNull()
    expect(await countEverything(payload, 'relics')).toBe(before)
  })

  it('refuses to delete a product that has batches, naming them', async () => {
    const producer = await payload.create({
      collection: 'producers',
      data: { title: 'HTX Có Lô', kind: 'cooperative', commune, _status: 'published' },
    })
    const product = await payload.create({
      collection: 'ocop-products',
      draft: true,
      data: { title: 'Chè Có Lô', group: 'food', producer: producer.id, commune, _status: 'draft' },
    })
    await payload.create({
      collection: 'batches',
      data: { lotCode: 'LO-GIU-LAI', product: product.id, productionDate: '2026-01-01T00:00:00.000Z' },
    })
    const res = await http.rest('DELETE', `ocop-products/${product.id}`, { token: token.editor })
    expect(res.status).toBe(409)
    expect(res.text).toContain('Lô sản xuất «LO-GIU-LAI»')
    expect(await payload.findByID({ collection: 'ocop-products', id: product.id, draft: true })).toBeTruthy()
  })

  it('a published entry goes to the trash first, can be restored, and its log outlives it', async () => {
    const doc = await relic('Miếu Thùng Rác')
    const direct = await http.rest('DELETE', `relics/${doc.id}`, { token: token.editor })
    expect(direct.status).toBe(409)
    expect(direct.text).toContain('chuyển vào thùng rác trước')
    expect(await exportedRelicIds()).toContain(String(doc.id))

    const trashed = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.editor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
    expect(await exportedRelicIds()).not.toContain(String(doc.id))
    const anonymous = await http.rest('GET', `relics/${doc.id}`)
    expect(anonymous.status).toBe(404)

    const restored = await http.rest('PATCH', `relics/${doc.id}?trash=true`, {
      token: token.editor,
      body: { deletedAt: null },
    })
    expect(restored.status).toBe(200)
    expect(await exportedRelicIds()).toContain(String(doc.id))

    await http.rest('PATCH', `relics/${doc.id}`, { token: token.editor, body: { deletedAt: new Date().toISOString() } })
    const gone = await http.rest('DELETE', `relics/${doc.id}?trash=true`, { token: token.editor })
    expect(gone.status).toBe(200)
    expect(await payload.count({ collection: 'relics', where: { id: { equals: doc.id } }, trash: true })).toEqual({
      totalDocs: 0,
    })
    const history = await lines({ targetCollection: { equals: 'relics' }, targetId: { equals: String(doc.id) } })
    expect(history.map((l) => l.action)).toEqual(['create', 'publish', 'trash', 'restore', 'trash', 'delete'])
    expect(history.at(-1)?.targetTitle).toBe('Miếu Thùng Rác')
  })
})

describe('cross-site requests', () => {
  it('accept the sign-in cookie only from the admin’s own origin', async () => {
    const login = await http.rest('POST', 'users/login', {
      body: { email: 'editor@quytrinh.vn', password: PASSWORD },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=/)
    const own = await http.rest('GET', 'users/me', { headers: { cookie, origin: 'http://localhost:3000' } })
    expect(own.json.user?.email).toBe('editor@quytrinh.vn')
    const foreign = await http.rest('GET', 'users/me', { headers: { cookie, origin: 'https://evil.example' } })
    expect(foreign.json.user).toBeNull()
    const write = await http.rest('POST', 'relics', {
      headers: { cookie, origin: 'https://evil.example' },
      body: { title: 'Giả mạo', rank: 'provincial', types: ['historical'] },
    })
    expect(write.status).toBe(403)
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })
})

describe('publication stays with editors, whatever the request says (security review)', () => {
  const published = async (title: string) =>
    payload.create({
      collection: 'relics',
      data: { title, rank: 'provincial', types: ['historical'], commune, _status: 'published' },
    })
  const live = async (id: number) =>
    payload.db.findOne<{ id: number; title: unknown; _status: string; deletedAt?: string | null }>({
      collection: 'relics',
      where: { id: { equals: id } },
    })

  it('a contributor’s save without draft=true stays a draft: the live entry is unchanged', async () => {
    const doc = await published('Đình Trực Tiếp')
    const res = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.contributor,
      body: { title: 'Đã đổi thẳng' },
    })
    expect(res.status).toBe(200)
    expect(await live(doc.id)).toMatchObject({ title: { vi: 'Đình Trực Tiếp' }, _status: 'published' })
    const latest = await payload.findByID({ collection: 'relics', id: doc.id, draft: true, depth: 0 })
    expect(latest.title).toBe('Đã đổi thẳng')
    // An empty save after it does not unpublish either.
    await http.rest('PATCH', `relics/${doc.id}`, { token: token.contributor, body: {} })
    expect((await live(doc.id))?._status).toBe('published')
  })

  it('a contributor can neither trash nor restore a published entry', async () => {
    const doc = await published('Đình Thùng Rác Hai')
    const trash = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.contributor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(403)
    expect((await live(doc.id))?.deletedAt ?? null).toBeNull()
    await http.rest('PATCH', `relics/${doc.id}`, { token: token.editor, body: { deletedAt: new Date().toISOString() } })
    const restore = await http.rest('PATCH', `relics/${doc.id}?trash=true`, {
      token: token.contributor,
      body: { deletedAt: null },
    })
    expect(restore.status).toBe(403)
    expect((await live(doc.id))?.deletedAt).toBeTruthy()
  })

  it('a contributor’s duplicate of a published entry is a draft', async () => {
    const doc = await published('Đình Bản Gốc')
    const copy = await http.rest('POST', `relics/${doc.id}/duplicate`, {
      token: token.contributor,
      body: { title: 'Đình Bản Sao', slug: 'dinh-ban-sao', commune },
    })
    expect(copy.status).toBeLessThan(300)
    expect((await live(copy.json.doc.id))?._status).toBe('draft')
    expect((await http.rest('GET', `relics/${copy.json.doc.id}`)).status).toBe(404)
  })

  it('editors cannot rewire administrative units; nobody but an administrator unlocks accounts', async () => {
    const units = await payload.find({ collection: 'admin-units', where: { name: { equals: 'Xã Bên' } } })
    const other = await payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Khác', level: 'province' } })
    const move = await http.rest('PATCH', `admin-units/${units.docs[0]?.id}`, {
      token: token.editor,
      body: { parent: other.id },
    })
    expect(move.status).toBe(403)
    const unlock = await http.rest('POST', 'users/unlock', {
      token: token.contributor,
      body: { email: 'admin@quytrinh.vn' },
    })
    expect(unlock.status).toBe(403)
  })
})
