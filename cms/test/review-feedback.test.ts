/**
 * What the admin tells people at each review step (issue 17, item 7): submitting said "Bản nháp đã
 * được lưu thành công" like any draft save, and the state select offered contributors "Trả lại
 * để sửa" and "Đã xuất bản". Through the real REST handlers, as the admin's buttons send them.
 */
import type { Payload, PayloadRequest, SelectField } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let commune: number
const token = {} as Record<'editor' | 'contributor', string>
const user = {} as Record<'editor' | 'contributor', Record<string, unknown>>

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const { province, communes } = await makeProvince(payload, 'Tỉnh Phản Hồi', ['Xã Phản Hồi'])
  ;[commune = 0] = communes
  const signedIn = await signInAccounts(payload, http, 'phanhoi.vn', {
    admin: { roles: ['admin'], name: 'Quản trị' },
    editor: { roles: ['editor'], province },
    contributor: { roles: ['contributor'], communes: [commune] },
  })
  Object.assign(user, signedIn.users)
  Object.assign(token, signedIn.tokens)
})

describe('each review step says what it did', () => {
  let id: number

  it('saving a draft still says the draft was saved; submitting says it was submitted', async () => {
    const created = await http.rest('POST', 'relics?draft=true', {
      token: token.contributor,
      body: { title: 'Đình Phản Hồi', rank: 'provincial', types: ['historical'], commune, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    expect(created.json.message).toContain('đã được tạo thành công')
    id = created.json.doc.id

    const saved = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { summary: 'Tóm tắt', _status: 'draft' },
    })
    expect(saved.json.message).toBe('Bản nháp đã được lưu thành công.')

    const submitted = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { review: { state: 'submitted' }, _status: 'draft' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.json.message).toBe(
      'Đã gửi duyệt “Đình Phản Hồi”. Biên tập viên sẽ xuất bản hoặc trả lại kèm nhận xét; kết quả hiện ở Trang chủ.',
    )
    // Saving again while submitted is a plain draft save.
    const again = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { summary: 'Tóm tắt mới', _status: 'draft' },
    })
    expect(again.json.message).toBe('Bản nháp đã được lưu thành công.')
  })

  it('returning and publishing say so, in the language of the person', async () => {
    const returned = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.editor,
      body: { review: { state: 'returned', comment: 'Bổ sung nguồn.' }, _status: 'draft' },
    })
    expect(returned.json.message).toBe('Đã trả lại “Đình Phản Hồi” cho người soạn, kèm nhận xét.')
    const resubmitted = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      language: 'en',
      body: { review: { state: 'submitted' }, _status: 'draft' },
    })
    expect(resubmitted.json.message).toMatch(/^Submitted “Đình Phản Hồi” for review\./)
    const published = await http.rest('PATCH', `relics/${id}`, {
      token: token.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.json.message).toBe(
      'Đã xuất bản “Đình Phản Hồi”. Trang công khai sẽ cập nhật sau ít giây (xem ở đầu trang).',
    )
    const unpublished = await http.rest('PATCH', `relics/${id}`, { token: token.editor, body: { _status: 'draft' } })
    expect(unpublished.json.message).toBe('Đã gỡ “Đình Phản Hồi” khỏi trang công khai; mục này trở thành bản nháp.')
    // A refusal is still the refusal.
    const refused = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token: token.contributor,
      body: { review: { state: 'returned', comment: 'tự trả' }, _status: 'draft' },
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Chỉ biên tập viên mới được trả lại')
  })

  it('creating an entry already submitted says it was submitted', async () => {
    const created = await http.rest('POST', 'relics?draft=true', {
      token: token.contributor,
      body: {
        title: 'Miếu Gửi Ngay',
        rank: 'provincial',
        types: ['historical'],
        commune,
        _status: 'draft',
        review: { state: 'submitted' },
      },
    })
    expect(created.status).toBe(201)
    expect(created.json.message).toMatch(/^Đã gửi duyệt “Miếu Gửi Ngay”/)
  })
})

describe('the state select offers each role what it may choose', () => {
  const stateField = () => {
    const review = payload.collections.relics.config.fields.find((f) => 'name' in f && f.name === 'review') as {
      fields: SelectField[]
    }
    return review.fields.find((f) => f.name === 'state') as SelectField
  }
  const offered = async (role: 'editor' | 'contributor', current: string) => {
    const req: PayloadRequest = await createLocalReq({ user: { ...user[role], collection: 'users' } as never }, payload)
    const field = stateField()
    const options = field.filterOptions?.({ data: {}, options: field.options, req, siblingData: { state: current } })
    return (options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
  }

  it('contributors: draft and submitted, never returned or published as a choice', async () => {
    expect(await offered('contributor', 'draft')).toEqual(['draft', 'submitted'])
    expect(await offered('contributor', 'submitted')).toEqual(['draft', 'submitted'])
    // The current state stays listed so that the select can show it.
    expect(await offered('contributor', 'returned')).toEqual(['draft', 'submitted', 'returned'])
    expect(await offered('contributor', 'published')).toEqual(['draft', 'submitted', 'published'])
  })

  it('editors: also returned; published only as the current state', async () => {
    expect(await offered('editor', 'submitted')).toEqual(['draft', 'submitted', 'returned'])
    expect(await offered('editor', 'published')).toEqual(['draft', 'submitted', 'returned', 'published'])
  })
})
