/**
 * Every role × operation on the system's own records, through the real REST handlers:
 * administrative units, accounts and the audit log. The world is ./accessMatrix.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { lockStore } from '../src/publish/lease'
import { arrangeMatrix, create, http, nextSerial, payload, ROLES, tokenOf, users } from './accessMatrix'
import { countEverything } from './payload'

const PASSWORD = 'mat-khau-ma-tran-quyen'

beforeAll(arrangeMatrix)

describe('role × operation (administrative units, accounts, audit log)', () => {
  it('administrative units: everyone reads, only administrators write', async () => {
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = tokenOf(role)
      const writer = role === 'admin'
      const before = await countEverything(payload, 'admin-units')
      const created = await http.rest('POST', 'admin-units', {
        body: { name: `Tỉnh thử ${nextSerial()}`, level: 'province' },
        token,
      })
      if ((created.status === 201) !== writer) wrong.push(`${role} create: ${created.status}`)
      if (created.status !== 201) expect(await countEverything(payload, 'admin-units')).toBe(before)
      const target = await create('admin-units', { name: `Tỉnh mục tiêu ${nextSerial()}`, level: 'province' })
      const read = await http.rest('GET', `admin-units/${target.id}`, { token })
      if (read.status !== 200) wrong.push(`${role} read: ${read.status}`)
      const update = await http.rest('PATCH', `admin-units/${target.id}`, { body: { name: 'Đổi tên' }, token })
      if ((update.status === 200) !== writer) wrong.push(`${role} update: ${update.status}`)
      const stored = await payload.findByID({ collection: 'admin-units', id: target.id, depth: 0 })
      expect(stored.name === 'Đổi tên').toBe(writer)
      const del = await http.rest('DELETE', `admin-units/${target.id}`, { token })
      if ((del.status === 200) !== writer) wrong.push(`${role} delete: ${del.status}`)
    }
    expect(wrong).toEqual([])
  })

  it('accounts: administrators manage everyone; others read and edit only themselves, never their roles', async () => {
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = tokenOf(role)
      const admin = role === 'admin'
      const created = await http.rest('POST', 'users', {
        body: { email: `moi-${nextSerial()}@matran.vn`, name: 'Mới', password: PASSWORD, roles: ['admin'] },
        token,
      })
      if ((created.status === 201) !== admin) wrong.push(`${role} create: ${created.status}`)
      const other = await create('users', {
        email: `khac-${nextSerial()}@matran.vn`,
        name: 'Khác',
        password: PASSWORD,
        roles: ['contributor'],
      })
      const readOther = await http.rest('GET', `users/${other.id}`, { token })
      if ((readOther.status === 200) !== admin) wrong.push(`${role} read other: ${readOther.status}`)
      const list = await http.rest('GET', 'users?limit=100', { token })
      const seen = (list.json?.docs ?? []).map((u: { id: number }) => u.id)
      if (!admin && role !== 'anonymous' && JSON.stringify(seen) !== JSON.stringify([users[role].id])) {
        wrong.push(`${role} list: ${JSON.stringify(seen)}`)
      }
      const updateOther = await http.rest('PATCH', `users/${other.id}`, { body: { name: 'Bị sửa' }, token })
      if ((updateOther.status === 200) !== admin) wrong.push(`${role} update other: ${updateOther.status}`)
      if (role !== 'anonymous' && role !== 'admin') {
        const self = await http.rest('PATCH', `users/${users[role].id}`, {
          body: { name: `${role} tự sửa`, roles: ['admin'] },
          token,
        })
        if (self.status !== 200) wrong.push(`${role} update self: ${self.status}`)
        const stored = await payload.findByID({ collection: 'users', id: users[role].id, depth: 0 })
        expect(stored.name).toBe(`${role} tự sửa`)
        expect(stored.roles).toEqual([role])
      }
      const del = await http.rest('DELETE', `users/${other.id}`, { token })
      if ((del.status === 200) !== admin) wrong.push(`${role} delete other: ${del.status}`)
    }
    expect(wrong).toEqual([])
  })

  it('audit log: administrators and editors read it; nobody writes, changes or deletes a line', async () => {
    const line = await payload.create({
      collection: 'audit-log',
      data: { action: 'export', actorLabel: 'thử', detail: 'dòng thử' },
      overrideAccess: true,
    })
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = tokenOf(role)
      const reader = role === 'admin' || role === 'editor'
      const read = await http.rest('GET', `audit-log/${line.id}`, { token })
      if ((read.status === 200) !== reader) wrong.push(`${role} read: ${read.status}`)
      const created = await http.rest('POST', 'audit-log', { body: { action: 'login', actorLabel: 'giả' }, token })
      if (created.status < 400) wrong.push(`${role} create: ${created.status}`)
      const update = await http.rest('PATCH', `audit-log/${line.id}`, { body: { detail: 'sửa' }, token })
      if (update.status < 400) wrong.push(`${role} update: ${update.status}`)
      const del = await http.rest('DELETE', `audit-log/${line.id}`, { token })
      if (del.status < 400) wrong.push(`${role} delete: ${del.status}`)
    }
    expect(wrong).toEqual([])
    const stored = await payload.findByID({ collection: 'audit-log', id: line.id })
    expect(stored.detail).toBe('dòng thử')
    expect((await payload.count({ collection: 'audit-log', where: { actorLabel: { equals: 'giả' } } })).totalDocs).toBe(
      0,
    )
  })

  it('system locks: closed to every role, administrators included, on REST and GraphQL', async () => {
    const store = lockStore(payload)
    const lock = await store.read('publish')
    const rows = await payload.find({ collection: 'system-locks', depth: 0, overrideAccess: true })
    const id = rows.docs[0]?.id
    expect(id).toBeDefined()
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = tokenOf(role)
      const list = await http.rest('GET', 'system-locks', { token })
      if (list.status < 400) wrong.push(`${role} list: ${list.status}`)
      const read = await http.rest('GET', `system-locks/${id}`, { token })
      if (read.status < 400) wrong.push(`${role} read: ${read.status}`)
      const created = await http.rest('POST', 'system-locks', { body: { name: `khoa-${nextSerial()}` }, token })
      if (created.status < 400) wrong.push(`${role} create: ${created.status}`)
      const taken = await http.rest('PATCH', `system-locks/${id}`, { body: { holder: 'ke-gian', built: 0 }, token })
      if (taken.status < 400) wrong.push(`${role} update: ${taken.status}`)
      const bulk = await http.rest('PATCH', 'system-locks?where[name][equals]=publish', {
        body: { holder: 'ke-gian' },
        token,
      })
      if (bulk.status < 400 && (bulk.json?.docs ?? []).length > 0) wrong.push(`${role} bulk update: ${bulk.status}`)
      const del = await http.rest('DELETE', `system-locks/${id}`, { token })
      if (del.status < 400) wrong.push(`${role} delete: ${del.status}`)
      const query = await http.gql('{ SystemLocks { docs { id holder } } }', token)
      if (!query.json?.errors?.length) wrong.push(`${role} GraphQL read: ${JSON.stringify(query.json)}`)
    }
    expect(wrong).toEqual([])
    expect((await payload.find({ collection: 'system-locks', depth: 0, overrideAccess: true })).totalDocs).toBe(
      rows.totalDocs,
    )
    expect(await store.read('publish')).toEqual(lock)
  })
})
