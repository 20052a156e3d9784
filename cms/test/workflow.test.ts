/**
 * The review workflow through the real REST handlers as the admin uses them: submitted, returned
 * with a comment, fixed, resubmitted, published, unpublished; scheduled publishing.
 */
import { describe, expect, it } from 'vitest'
import {
  actionsFor,
  commune,
  exportedRelicIds,
  http,
  lines,
  otherCommune,
  payload,
  token,
  users,
} from './workflowWorld'

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
    expect(bare.text).toContain('Trường sau chưa hợp lệ: Xét duyệt > Nhận xét của người duyệt')
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
    const editor = await payload.findByID({ collection: 'users', id: users.editor.id })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'relics', value: draft.id },
        user: { relationTo: 'users', value: users.editor.id },
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
