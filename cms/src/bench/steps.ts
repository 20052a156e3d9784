/**
 * The CMS side of the benchmark suite (bench/run.ts runs it with `payload run`, because it needs the
 * Payload config): times the snapshot export and the path from an officer's save to the page being
 * served. Prints one JSON line (`BENCH {…}`) for the orchestrator; not meant to be run by hand.
 *
 *   payload run src/bench/steps.ts -- export --snapshot DIR
 *   payload run src/bench/steps.ts -- edit --site-url http://127.0.0.1:PORT
 *   payload run src/bench/steps.ts -- user --email E --password P
 */
import { parseArgs } from 'node:util'
import config from '@payload-config'
import { type CollectionSlug, getPayload, type Payload } from 'payload'
import { whenPublished } from '../publish/publisher'
import { exportSnapshot } from '../snapshot/export'
import { ENTRY_KINDS } from '../snapshot/schema'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    snapshot: { type: 'string' },
    'site-url': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
  },
})

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9

/** Counts the SQL statements sent to the database (SQLite through libsql), to show export is not N+1. */
function countStatements(payload: Payload): { count: () => number } {
  const client = (payload.db as unknown as { client?: Record<string, unknown> }).client
  let statements = 0
  for (const method of ['execute', 'batch'] as const) {
    const original = client?.[method]
    if (typeof original !== 'function' || !client) continue
    client[method] = (...args: unknown[]) => {
      statements += method === 'batch' && Array.isArray(args[0]) ? args[0].length : 1
      return (original as (...a: unknown[]) => unknown).apply(client, args)
    }
  }
  return { count: () => statements }
}

/** A published entry to edit: the n-th relic by id, the same one every run. */
async function relic(payload: Payload, n: number) {
  const found = await payload.find({
    collection: 'relics',
    where: { _status: { equals: 'published' } },
    sort: 'id',
    limit: 1,
    page: n,
    depth: 0,
    locale: 'vi',
    overrideAccess: true,
  })
  const doc = found.docs[0]
  if (!doc) throw new Error('The database has no published relic to edit: generate a province first.')
  return doc
}

async function exportStep(payload: Payload, dir: string) {
  const statements = countStatements(payload)
  let start = process.hrtime.bigint()
  const before = statements.count()
  const full = await exportSnapshot(payload, { dir, reason: 'benchmark' })
  const fullSeconds = seconds(start)
  const fullStatements = statements.count() - before

  // The floor: reading the same published entries, a page of 500 at a time, and nothing else.
  start = process.hrtime.bigint()
  let read = 0
  for (const collection of ENTRY_KINDS as readonly CollectionSlug[]) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        draft: false,
        locale: 'all',
        depth: 0,
        limit: 500,
        page,
        sort: 'id',
      })
      read += result.docs.length
      if (!result.hasNextPage) break
    }
  }
  const readSeconds = seconds(start)

  // One entry changes, as when an officer saves: only its file is written again.
  const doc = await relic(payload, 1)
  await payload.update({
    collection: 'relics',
    id: doc.id,
    locale: 'vi',
    data: { summary: `${String(doc.summary ?? '')} (benchmark ${new Date().toISOString()})` },
    overrideAccess: true,
    context: { seeding: true },
  })
  start = process.hrtime.bigint()
  const mark = statements.count()
  const one = await exportSnapshot(payload, { dir, reason: 'benchmark' })
  return {
    entries: full.manifest.entries.length,
    media: full.manifest.media.length,
    fullSeconds,
    fullStatements,
    readSeconds,
    readEntries: read,
    oneSeconds: seconds(start),
    oneStatements: statements.count() - mark,
    oneRead: one.read,
    oneWritten: one.written,
  }
}

/** Saves a new title on a published relic, then waits until the public site serves it. */
async function editStep(payload: Payload, siteUrl: string) {
  const doc = await relic(payload, 2)
  const title = `${String(doc.title)} (sửa ${Date.now().toString(36)})`
  const url = `${siteUrl}/di-tich/${String(doc.slug)}/`
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const start = process.hrtime.bigint()
  // Through the Local API with hooks, as the admin's save does: the publish hook queues the build.
  await payload.update({
    collection: 'relics',
    id: doc.id,
    locale: 'vi',
    data: { title, _status: 'published' },
    overrideAccess: true,
  })
  const saveSeconds = seconds(start)
  for (;;) {
    const body = await fetch(url)
      .then((r) => r.text())
      .catch(() => '')
    if (body.includes(escaped)) break
    if (seconds(start) > 30 * 60) throw new Error(`${url} did not show the new title within 30 minutes.`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const servedSeconds = seconds(start)
  await whenPublished()
  return { url, saveSeconds, servedSeconds }
}

/**
 * An editor of the generated province for the API benchmark: editors are who reads the admin's
 * lists all day, and their reads carry the province scope. An administrator is made first, because
 * the first account of an installation becomes one.
 */
async function userStep(payload: Payload, email: string, password: string) {
  const province = await payload.find({
    collection: 'admin-units',
    where: { level: { equals: 'province' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const provinceId = province.docs[0]?.id
  if (!provinceId) throw new Error('The database has no province: generate one first.')
  const accounts = [
    { email: `admin-${email}`, name: 'Quản trị đo hiệu năng', roles: ['admin'] },
    { email, name: 'Biên tập viên đo hiệu năng', roles: ['editor'], province: provinceId },
  ]
  for (const account of accounts) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
    })
    const data = { ...account, password } as never
    if (found.docs[0]) await payload.update({ collection: 'users', id: found.docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'users', data, overrideAccess: true })
  }
  return { email, province: provinceId }
}

const payload = await getPayload({ config })
try {
  const step = positionals[0]
  let result: unknown
  if (step === 'export' && values.snapshot) result = await exportStep(payload, values.snapshot)
  else if (step === 'edit' && values['site-url'])
    result = await editStep(payload, values['site-url'].replace(/\/+$/, ''))
  else if (step === 'user' && values.email && values.password)
    result = await userStep(payload, values.email, values.password)
  else throw new Error('Usage: steps.ts -- export --snapshot DIR | edit --site-url URL | user --email E --password P')
  console.log(`BENCH ${JSON.stringify(result)}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error((error as Error).stack ?? String(error))
  await payload.destroy()
  process.exit(1)
}
