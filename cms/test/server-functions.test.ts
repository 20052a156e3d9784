/**
 * The admin's server functions (issue 15, item 2), called exactly as the admin calls them (see
 * serverFunctionClient.ts) by each demo role. Payload's `schedule-publish` deleted any scheduled
 * job it was given with full rights, and `form-state` built (and locked) any entry by id.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { arrange, roleAccounts, signInAccounts, twoProvinces } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { editFormArgs, serverFunctionClient } from './serverFunctionClient'

type Role = 'admin' | 'editor' | 'editor2' | 'contributor' | 'producer'

let payload: Payload
let call: Awaited<ReturnType<typeof serverFunctionClient>>
const tokens = {} as Record<Role, string>
const users = {} as Record<Role, { id: number }>
const units = {} as Record<'c1' | 'c2' | 'c3', number>
const relics = {} as Record<'c1' | 'c2' | 'c3Published', number>

const jobs = async () =>
  (await payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 0, pagination: false, depth: 0 })).docs
const locks = async () =>
  (
    await payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs as unknown as { id: number; document: { relationTo: string; value: number }; user: { value: number } }[]

/** What the admin's schedule drawer sends when the editor presses "Lên lịch" (ScheduleDrawer handleSave). */
const scheduleArgs = (id: number, type: 'publish' | 'unpublish' = 'publish') => ({
  type,
  date: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  doc: { relationTo: 'relics', value: String(id) },
  global: undefined,
  localeToPublish: undefined,
  timezone: undefined,
})

beforeAll(async () => {
  payload = await bootPayload()
  const create = arrange(payload)
  const http = await httpClient()
  call = await serverFunctionClient()
  const provinces = await twoProvinces(payload, ['Tỉnh Một', 'Tỉnh Hai', 'Xã Một', 'Xã Hai', 'Xã Ba'])
  Object.assign(units, { c1: provinces.c1, c2: provinces.c2, c3: provinces.c3 })
  const producer = await create('producers', {
    title: 'HTX Một',
    kind: 'cooperative',
    commune: units.c1,
    _status: 'published',
  })
  const accounts = await signInAccounts(payload, http, 'hamchu.vn', {
    ...roleAccounts(provinces, producer.id),
    editor2: { roles: ['editor'], province: provinces.p1 },
  })
  Object.assign(users, accounts.users)
  Object.assign(tokens, accounts.tokens)
  const relic = { rank: 'provincial', types: ['historical'] }
  relics.c1 = (await create('relics', { ...relic, title: 'Đình Xã Một', commune: units.c1 })).id
  relics.c2 = (await create('relics', { ...relic, title: 'Đình Xã Hai', commune: units.c2 })).id
  relics.c3Published = (
    await create('relics', { ...relic, title: 'Đình Xã Ba', commune: units.c3, _status: 'published' })
  ).id
})

describe('schedule-publish: cancelling a scheduled publish or unpublish (deleteID)', () => {
  it('the server function authenticates each caller separately', async () => {
    const mine = (await call(tokens.editor, 'get-upcoming-scheduled-publish', {
      collectionSlug: 'relics',
      id: relics.c1,
    })) as unknown[]
    expect(Array.isArray(mine)).toBe(true)
    await expect(
      call(tokens.contributor, 'get-upcoming-scheduled-publish', { collectionSlug: 'relics', id: relics.c1 }),
    ).rejects.toThrow()
    await expect(call(undefined, 'schedule-publish', { deleteID: 1 })).rejects.toThrow()
  })

  it("a contributor or a producer cannot cancel an editor's schedule; the job stays", async () => {
    const scheduled = await call(tokens.editor, 'schedule-publish', scheduleArgs(relics.c1, 'unpublish'))
    expect(scheduled).toMatchObject({ message: expect.any(String) })
    const before = await jobs()
    const job = before.find((j) => (j.input as { doc?: { value: string } }).doc?.value === String(relics.c1))
    expect(job).toBeDefined()
    for (const role of ['contributor', 'producer'] as const) {
      // Exactly what the bin next to an upcoming event sends (ScheduleDrawer deleteHandler).
      const answer = (await call(tokens[role], 'schedule-publish', { deleteID: job?.id })) as { error?: string }
      expect(answer.error, role).toMatch(/không có quyền hủy lịch/)
      expect(await jobs(), role).toEqual(before)
    }
  })

  it('nobody but its editors schedules a publish or an unpublish', async () => {
    const before = await jobs()
    for (const role of ['contributor', 'producer'] as const) {
      for (const type of ['publish', 'unpublish'] as const) {
        const answer = (await call(tokens[role], 'schedule-publish', scheduleArgs(relics.c1, type))) as {
          error?: string
        }
        expect(answer.error, `${role} ${type}`).toMatch(/không có quyền đặt lịch/)
      }
    }
    // An editor of the province, for an entry of another province.
    const answer = (await call(tokens.editor, 'schedule-publish', scheduleArgs(relics.c3Published, 'unpublish'))) as {
      error?: string
    }
    expect(answer.error).toMatch(/không có quyền đặt lịch/)
    expect(await jobs()).toEqual(before)
  })

  it('the editor who set it, another editor of the entry, or an administrator cancels it, and nothing is queued instead', async () => {
    for (const role of ['editor', 'editor2', 'admin'] as const) {
      await call(tokens.editor, 'schedule-publish', scheduleArgs(relics.c2))
      const before = await jobs()
      const job = before.at(-1)
      const answer = (await call(tokens[role], 'schedule-publish', { deleteID: job?.id })) as {
        error?: string
        message?: string
      }
      expect(answer.error, role).toBeUndefined()
      expect(
        (await jobs()).map((j) => j.id),
        role,
      ).toEqual(before.filter((j) => j.id !== job?.id).map((j) => j.id))
    }
  })

  it('a job that is not a scheduled publish is not deleted through it', async () => {
    const other = await payload.jobs.queue({ task: 'schedulePublish', input: {} as never })
    await payload.update({
      collection: 'payload-jobs',
      id: other.id,
      data: { taskSlug: 'inline' } as never,
      overrideAccess: true,
    })
    await call(tokens.admin, 'schedule-publish', { deleteID: other.id })
    expect((await jobs()).some((j) => j.id === other.id)).toBe(true)
  })
})

/** What the edit view sends when it opens an entry (the first form-state request). */
const formStateArgs = (id: number) => editFormArgs('relics', id, { returnLockStatus: true })

describe('form-state: building (and locking) an entry by id', () => {
  it("a contributor cannot build another commune's draft, nor lock it", async () => {
    const before = await locks()
    await expect(call(tokens.contributor, 'form-state', formStateArgs(relics.c2))).rejects.toThrow()
    expect(await locks()).toEqual(before)
  })

  it('opening an entry one may change takes the lock in one’s own name, as Payload does', async () => {
    const result = (await call(tokens.contributor, 'form-state', formStateArgs(relics.c1))) as {
      lockedState?: { isLocked: boolean }
      state?: Record<string, unknown>
    }
    expect(result.state?.title).toBeDefined()
    expect(result.lockedState?.isLocked).toBe(true)
    const lock = (await locks()).find((l) => l.document.relationTo === 'relics' && l.document.value === relics.c1)
    expect(lock?.user.value).toBe(users.contributor.id)
  })

  it('an entry one may only read is built without taking its lock', async () => {
    const before = await locks()
    const result = (await call(tokens.editor, 'form-state', formStateArgs(relics.c3Published))) as {
      lockedState?: unknown
      state?: Record<string, unknown>
    }
    expect(result.state?.title).toBeDefined()
    expect(result.lockedState).toBeUndefined()
    expect(await locks()).toEqual(before)
  })
})
