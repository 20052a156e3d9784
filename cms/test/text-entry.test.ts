/**
 * Text as it enters the CMS: decomposed Vietnamese (NFD, from Macs and some input methods) is
 * stored composed (NFC) on every route, so it matches, sorts and searches like the rest; and a
 * decision dated only by its year or month reaches the public snapshot with that precision.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../src/snapshot/export'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
let dir: string
const NFD = 'Đình Hữu Bằng ở Thạch Thất'.normalize('NFD')

beforeAll(async () => {
  payload = await bootPayload()
  dir = await mkdtemp(path.join(tmpdir(), 'heritage-text-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('decomposed Vietnamese', () => {
  it('is stored composed through the Local API, nested fields and arrays included', async () => {
    expect(NFD).not.toBe(NFD.normalize('NFC'))
    const relic = await payload.create({
      collection: 'relics',
      data: {
        title: NFD,
        rank: 'provincial',
        types: ['historical'],
        rankingDecision: { number: '12/QĐ-UBND', issuer: 'Ủy ban nhân dân'.normalize('NFD') },
        sources: [{ citation: 'Hồ sơ di tích'.normalize('NFD') }],
        _status: 'draft',
      },
      draft: true,
    })
    const stored = await payload.findByID({ collection: 'relics', id: relic.id, draft: true, depth: 0 })
    expect(stored.title).toBe(NFD.normalize('NFC'))
    expect(stored.rankingDecision?.issuer).toBe('Ủy ban nhân dân'.normalize('NFC'))
    expect(stored.sources?.[0]?.citation).toBe('Hồ sơ di tích'.normalize('NFC'))
    // And it is found by the composed spelling, as a search typed on Windows would send it.
    const found = await payload.find({
      collection: 'relics',
      where: { title: { equals: NFD.normalize('NFC') } },
      draft: true,
    })
    expect(found.docs.map((d) => d.id)).toEqual([relic.id])
  })

  it('is stored composed through REST and GraphQL', async () => {
    const http = await httpClient()
    await payload.create({
      collection: 'users',
      data: { email: 'quantri@chu.vn', name: 'Quản trị', password: 'mat-khau-quan-tri-text', roles: ['admin'] },
    })
    const token = await http.login('quantri@chu.vn', 'mat-khau-quan-tri-text')
    const created = await http.rest('POST', 'relics?draft=true', {
      token,
      body: { title: `${NFD} REST`, rank: 'provincial', types: ['historical'] },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const patched = await http.rest('PATCH', `relics/${id}?draft=true`, {
      token,
      body: { summary: 'Tóm tắt gõ trên máy Mac'.normalize('NFD') },
    })
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: 'relics', id, draft: true, depth: 0, locale: 'vi' })
    expect(stored.title).toBe(`${NFD} REST`.normalize('NFC'))
    expect(stored.summary).toBe('Tóm tắt gõ trên máy Mac'.normalize('NFC'))
    const graphql = await http.gql(
      `mutation { updateRelic(id: ${id}, draft: true, data: { title: "${'Chùa Thầy GraphQL'.normalize('NFD')}" }) { id } }`,
      token,
    )
    expect(graphql.json.errors).toBeUndefined()
    const again = await payload.findByID({ collection: 'relics', id, draft: true, depth: 0, locale: 'vi' })
    expect(again.title).toBe('Chùa Thầy GraphQL'.normalize('NFC'))
  })
})

describe('a decision dated by its year or month', () => {
  it('reaches the snapshot with its precision; a full date has none', async () => {
    const byYear = await payload.create({
      collection: 'relics',
      data: {
        title: 'Đình Năm Quyết Định',
        rank: 'national',
        types: ['historical'],
        rankingDecision: { number: '313/VH-QĐ', date: '1962-01-01T00:00:00.000Z', datePrecision: 'year' },
        _status: 'published',
      },
    })
    const byDay = await payload.create({
      collection: 'relics',
      data: {
        title: 'Đình Ngày Quyết Định',
        rank: 'national',
        types: ['historical'],
        rankingDecision: { number: '1288/QĐ-BVHTT', date: '1988-11-16T00:00:00.000Z' },
        _status: 'published',
      },
    })
    await exportSnapshot(payload, { dir })
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      entries: { kind: string; id: string; file: string }[]
    }
    const read = async (id: number | string) => {
      const file = manifest.entries.find((e) => e.kind === 'relics' && e.id === String(id))?.file as string
      return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { rankingDecision?: Record<string, unknown> }
    }
    expect((await read(byYear.id)).rankingDecision).toEqual({
      number: '313/VH-QĐ',
      date: '1962-01-01T00:00:00.000Z',
      datePrecision: 'year',
    })
    expect((await read(byDay.id)).rankingDecision).toEqual({
      number: '1288/QĐ-BVHTT',
      date: '1988-11-16T00:00:00.000Z',
    })
  })
})
