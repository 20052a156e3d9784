/**
 * The admin's server functions (see src/serverFunctions/guarded.ts), called as the admin calls
 * them, on a draft in each scope: scheduling a publish, cancelling one an administrator set,
 * listing the upcoming ones, building an entry's form, and taking its edit lock by opening it.
 * The world is ./accessMatrix.ts.
 */
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ALL,
  arrangeInscriptionParents,
  arrangeMatrix,
  body,
  create,
  OWN,
  PROVINCE,
  payload,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
  tokenOf,
  users,
} from './accessMatrix'
import { editFormArgs, serverFunctionClient } from './serverFunctionClient'

beforeAll(async () => {
  await arrangeMatrix()
  await arrangeInscriptionParents()
}, 120_000)

type ServerCase = 'schedule' | 'cancel' | 'upcoming' | 'form-state' | 'lock'
const SERVER_CASES: ServerCase[] = ['schedule', 'cancel', 'upcoming', 'form-state', 'lock']
const everyCase = (scopes: readonly Scope[]) => Object.fromEntries(SERVER_CASES.map((c) => [c, scopes]))
type Collection = 'relics' | 'inscriptions' | 'batches'
const SERVER_FUNCTIONS: Record<Collection, Partial<Record<Role, Partial<Record<ServerCase, readonly Scope[]>>>>> = {
  relics: {
    admin: everyCase(ALL),
    editor: everyCase(PROVINCE),
    contributor: { 'form-state': OWN, lock: OWN },
  },
  // An inscription's scope is its relic's (copied on save).
  inscriptions: {
    admin: everyCase(ALL),
    editor: everyCase(PROVINCE),
    contributor: { 'form-state': OWN, lock: OWN },
  },
  batches: {
    admin: everyCase(ALL),
    editor: everyCase(PROVINCE),
    producer: everyCase(OWN),
  },
}

describe('role × server function × scope', () => {
  const JOBS = 'payload-jobs'
  const LOCKS = 'payload-locked-documents'
  const count = async (collection: CollectionSlug) =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const later = () => new Date(Date.now() + 30 * 24 * 3600 * 1000)

  async function tryCase(
    role: Role,
    call: Awaited<ReturnType<typeof serverFunctionClient>>,
    kind: ServerCase,
    collection: string,
    id: number,
  ) {
    const token = tokenOf(role)
    const doc = { relationTo: collection, value: String(id) }
    const quietly = (name: string, args: Record<string, unknown>) => call(token, name, args).catch(() => null)
    const formArgs = (returnLockStatus: boolean) =>
      editFormArgs(collection, id, { docPermissions: undefined, renderAllFields: false, returnLockStatus })
    switch (kind) {
      case 'schedule': {
        const before = await count(JOBS)
        const answer = (await quietly('schedule-publish', { type: 'publish', date: later(), doc })) as {
          error?: string
        } | null
        const added = (await count(JOBS)) - before
        expect(added, `${role} schedule: answer and jobs disagree`).toBe(answer && !answer.error ? 1 : 0)
        await payload.delete({ collection: JOBS, where: { id: { exists: true } }, overrideAccess: true })
        return added === 1
      }
      case 'cancel': {
        const job = await payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'unpublish', doc, user: { relationTo: 'users', value: users.admin.id } } as never,
          waitUntil: later(),
        })
        await quietly('schedule-publish', { deleteID: job.id })
        const gone =
          (await payload.count({ collection: JOBS, where: { id: { equals: job.id } }, overrideAccess: true }))
            .totalDocs === 0
        await payload.delete({ collection: JOBS, where: { id: { exists: true } }, overrideAccess: true })
        return gone
      }
      case 'upcoming':
        return Array.isArray(await quietly('get-upcoming-scheduled-publish', { collectionSlug: collection, id }))
      case 'form-state': {
        const result = (await quietly('form-state', formArgs(false))) as { state?: Record<string, unknown> } | null
        return Boolean(result?.state)
      }
      case 'lock': {
        await quietly('form-state', formArgs(true))
        const mine =
          role !== 'anonymous' &&
          (
            await payload.count({
              collection: LOCKS,
              where: { and: [{ 'document.value': { equals: id } }, { 'user.value': { equals: users[role].id } }] },
              overrideAccess: true,
            })
          ).totalDocs > 0
        expect((await count(LOCKS)) <= 1, 'at most the one lock').toBe(true)
        await payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
        return mine
      }
    }
  }

  for (const collection of Object.keys(SERVER_FUNCTIONS) as Collection[]) {
    it(`${collection}: exactly the expected calls succeed`, async () => {
      const call = await serverFunctionClient()
      const wrong: string[] = []
      for (const scope of SCOPES) {
        const target = await create(collection, { ...body(collection, scope), _status: 'draft' }, true)
        for (const role of ROLES) {
          for (const kind of SERVER_CASES) {
            const done = await tryCase(role, call, kind, collection, target.id)
            const should = (SERVER_FUNCTIONS[collection][role]?.[kind] ?? []).includes(scope)
            if (done !== should) wrong.push(`${role} ${kind} ${collection} ${scope}: ${done ? 'done' : 'refused'}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
})
