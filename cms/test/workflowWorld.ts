/**
 * What the workflow tests share: Payload with the REST handlers, a province with two communes, and
 * an administrator, an editor of the province and a contributor of the first commune, signed in;
 * the audit log as lines. Importing this module registers the setup (live bindings below).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import type { User } from '../src/payload-types'
import { exportSnapshot } from '../src/snapshot/export'
import { passwordOf, signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'

export let payload: Payload
export let http: Awaited<ReturnType<typeof httpClient>>
export let commune: number
export let otherCommune: number
/** The password of the accounts below, for the tests' own accounts too. */
export const PASSWORD = passwordOf('quytrinh.vn')
export let token: Record<'admin' | 'editor' | 'contributor', string>
export let users: Record<'admin' | 'editor' | 'contributor', User>
let snapshotDir: string

export type Line = { action: string; actorLabel?: string | null; detail?: string | null; targetTitle?: string | null }
export async function lines(where: Where = {}): Promise<Line[]> {
  const found = await payload.find({ collection: 'audit-log', where, sort: ['createdAt', 'id'], limit: 500, depth: 0 })
  return found.docs
}
export const actionsFor = async (collection: string, id: number | string) =>
  (await lines({ targetCollection: { equals: collection }, targetId: { equals: String(id) } })).map((l) => l.action)

export async function exportedRelicIds(): Promise<string[]> {
  await exportSnapshot(payload, { dir: snapshotDir, siteUrl: 'https://disan.example.vn' })
  const dir = path.join(snapshotDir, 'entries', 'relics')
  return (await readdir(dir).catch(() => [])).map((f) => f.replace(/\.json$/, ''))
}

/** A relic of the first commune, created published. */
export const publishedRelic = async (title: string) =>
  payload.create({
    collection: 'relics',
    data: { title, rank: 'provincial', types: ['historical'], commune, _status: 'published' },
  })

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  snapshotDir = await mkdtemp(path.join(tmpdir(), 'heritage-workflow-'))
  const place = await makeProvince(payload, 'Tỉnh Quy Trình', ['Xã Soạn', 'Xã Bên'])
  ;[commune = 0, otherCommune = 0] = place.communes
  ;({ users, tokens: token } = await signInAccounts(payload, http, 'quytrinh.vn', {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: place.province },
    contributor: { roles: ['contributor'], communes: [commune] },
  }))
})

afterAll(async () => {
  await rm(snapshotDir, { recursive: true, force: true })
})
