/**
 * The CMS side of the benchmark suite (bench/run.ts runs it with `payload run`, because it needs the
 * Payload config): times the snapshot export and the path from an officer's save to the page being
 * served. Prints one JSON line (`BENCH {…}`) for the orchestrator; not meant to be run by hand.
 *
 *   payload run src/bench/steps.ts -- export --snapshot DIR
 *   payload run src/bench/steps.ts -- edit --site-url http://127.0.0.1:PORT
 *   payload run src/bench/steps.ts -- user --email E --password P
 *   payload run src/bench/steps.ts -- import-workbook --dir DIR --rows N
 *   payload run src/bench/steps.ts -- import-read --dir DIR
 *   payload run src/bench/steps.ts -- import-plan --dir DIR
 *   payload run src/bench/steps.ts -- import-commit --dir DIR
 *   payload run src/bench/steps.ts -- import-direct --dir DIR
 *   payload run src/bench/steps.ts -- copy-sqlite --file heritage.db   (DATABASE_URL=postgres://…)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as XLSX from '@e965/xlsx'
import { ENTRY_KINDS } from '@heritage/contract'
import { createClient } from '@libsql/client'
import config from '@payload-config'
import { type CollectionSlug, getPayload, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { unflatten } from 'payload/shared'
import { z } from 'zod'
import { commitImport } from '../import/commit'
import { planImport } from '../import/plan'
import { readWorkbook } from '../import/workbook'
import { whenPublished } from '../publish/publisher'
import { isRecord } from '../shared/guards'
import { exportSnapshot } from '../snapshot/export'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    snapshot: { type: 'string' },
    'site-url': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    dir: { type: 'string' },
    rows: { type: 'string' },
    file: { type: 'string' },
  },
})

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9

/**
 * Counts the SQL statements sent to the database, to show export is not N+1: SQLite through
 * libsql's client (`execute`, `batch`), PostgreSQL through node-postgres (`query` on the pool and
 * on the connections it lends out, which transactions use).
 */
function countStatements(payload: Payload): { count: () => number } {
  // The adapters' clients are not in Payload's adapter type: read them as unknown data.
  const client: unknown = 'client' in payload.db ? payload.db.client : undefined
  const pool: unknown = 'pool' in payload.db ? payload.db.pool : undefined
  let statements = 0
  const counted = new WeakSet<object>()
  const wrap = (target: unknown, method: string, count: (args: unknown[]) => number) => {
    if (!isRecord(target)) return
    const original = target[method]
    if (typeof original !== 'function') return
    target[method] = (...args: unknown[]) => {
      statements += count(args)
      return Reflect.apply(original, target, args)
    }
  }
  wrap(client, 'execute', () => 1)
  wrap(client, 'batch', (args) => (Array.isArray(args[0]) ? args[0].length : 1))
  if (isRecord(pool)) {
    wrap(pool, 'query', () => 1)
    const connect = pool.connect
    if (typeof connect === 'function')
      pool.connect = async (...args: unknown[]) => {
        const lent: unknown = await Reflect.apply(connect, pool, args)
        if (isRecord(lent) && !counted.has(lent)) {
          counted.add(lent)
          wrap(lent, 'query', () => 1)
        }
        return lent
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
  for (const collection of ENTRY_KINDS) {
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
  ] satisfies Omit<RequiredDataFromCollectionSlug<'users'>, 'password'>[]
  for (const account of accounts) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
    })
    const data = { ...account, password }
    if (found.docs[0]) await payload.update({ collection: 'users', id: found.docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'users', data, overrideAccess: true })
  }
  return {
    email,
    province: provinceId,
    listSelect: { relics: listSelect(payload, 'relics'), batches: listSelect(payload, 'batches') },
  }
}

/**
 * What the admin's list of a collection asks Payload for, as Payload's list view builds it from the
 * columns shown (a new account's are the collection's default columns): `select` when the
 * collection lists with admin.enableListViewSelectAPI, otherwise whole records (null).
 */
function listSelect(payload: Payload, slug: CollectionSlug): Record<string, unknown> | null {
  const admin = payload.collections[slug].config.admin
  if (!admin.enableListViewSelectAPI) return null
  return unflatten(Object.fromEntries((admin.defaultColumns ?? []).map((column) => [column, true])))
}

// ─── The same province on PostgreSQL ─────────────────────────────────────────────────────────────

/** What this step needs of node-postgres (a dependency of @payloadcms/db-postgres, not of the CMS). */
interface PgClient {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  release: () => void
}
interface PgPool {
  query: PgClient['query']
  connect: () => Promise<PgClient>
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Copies a SQLite database of this CMS, row for row and with the same ids, into the PostgreSQL
 * database of DATABASE_URL, which `payload migrate` has just made (every table empty but the
 * migrations' own rows, which are replaced). Both schemas come from the same Payload config, so
 * their tables and columns must match one for one; any difference stops the copy. Values go as
 * text, which PostgreSQL parses for each column's type (ISO dates, JSON), but SQLite's 0/1 booleans
 * are turned into booleans. One transaction, foreign keys checked by no trigger during it
 * (session_replication_role), sequences moved past the highest id, then ANALYZE. The benchmark
 * compares the two engines on the very same data this way; generating the province a second time
 * through the Local API would take as long again as the first.
 */
async function copySqliteStep(payload: Payload, file: string) {
  const pool = ('pool' in payload.db ? payload.db.pool : undefined) as PgPool | undefined
  if (!pool) throw new Error('copy-sqlite copies into PostgreSQL: run it with DATABASE_URL=postgres://…')
  const source = createClient({ url: `file:${path.resolve(file)}` })
  const start = process.hrtime.bigint()
  const tables = (
    await pool.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'payload_migrations' order by table_name",
    )
  ).rows.map((r) => String(r.table_name))
  const sourceTables = new Set(
    (await source.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).rows.map(
      (r) => String(r.name),
    ),
  )
  const missing = tables.filter((t) => !sourceTables.has(t))
  if (missing.length > 0) throw new Error(`Tables of PostgreSQL missing in SQLite: ${missing.join(', ')}`)
  const client = await pool.connect()
  const counts: Record<string, number> = {}
  const serial: string[] = []
  try {
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    await client.query(`truncate ${tables.map(quoted).join(', ')}`)
    for (const table of tables) {
      const columns = (
        await client.query(
          "select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
          [table],
        )
      ).rows.map((r) => ({ name: String(r.column_name), boolean: r.data_type === 'boolean' }))
      if (
        (
          await client.query(
            "select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = 'id' and column_default like 'nextval(%'",
            [table],
          )
        ).rows.length > 0
      )
        serial.push(table)
      const sourceColumns = new Set(
        (await source.execute(`pragma table_info(${quoted(table)})`)).rows.map((r) => String(r.name)),
      )
      const differ = [
        ...columns.filter((c) => !sourceColumns.has(c.name)).map((c) => `${c.name} (PostgreSQL only)`),
        ...[...sourceColumns].filter((c) => !columns.some((p) => p.name === c)).map((c) => `${c} (SQLite only)`),
      ]
      if (differ.length > 0) throw new Error(`${table}: the columns differ: ${differ.join(', ')}`)
      const names = columns.map((c) => quoted(c.name)).join(', ')
      const perInsert = Math.max(1, Math.floor(30000 / columns.length))
      counts[table] = 0
      for (let last = 0; ; ) {
        const rows = (
          await source.execute({
            sql: `select rowid as "__rowid", ${names} from ${quoted(table)} where rowid > ? order by rowid limit ${perInsert}`,
            args: [last],
          })
        ).rows
        if (rows.length === 0) break
        last = Number(rows[rows.length - 1]?.__rowid)
        const values: unknown[] = []
        const tuples = rows.map((row) => {
          const at = values.length
          for (const column of columns) {
            const value = row[column.name]
            values.push(column.boolean && value !== null ? Boolean(Number(value)) : value)
          }
          return `(${columns.map((_, i) => `$${at + i + 1}`).join(', ')})`
        })
        await client.query(`insert into ${quoted(table)} (${names}) values ${tuples.join(', ')}`, values)
        counts[table] += rows.length
      }
    }
    // Serial ids go on after the copied ones.
    for (const table of serial)
      await client.query(
        `select setval(pg_get_serial_sequence($1, 'id'), (select coalesce(max(id), 0) + 1 from ${quoted(table)}), false)`,
        [`public.${quoted(table)}`],
      )
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
    source.close()
  }
  await pool.query('analyze')
  // Checked, not assumed: every table holds as many rows as in SQLite.
  for (const table of tables) {
    const there = Number((await pool.query(`select count(*) as n from ${quoted(table)}`)).rows[0]?.n)
    if (there !== counts[table]) throw new Error(`${table}: ${there} rows in PostgreSQL, ${counts[table]} copied`)
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0)
  return { tables: tables.length, rows, seconds: seconds(start) }
}

// ─── Spreadsheet import ───────────────────────────────────────────────────────────────────────
// The workbook is written once (import-workbook) into DIR; the other import steps read it from
// there, each in its own process, so that the orchestrator can measure each one's peak memory.

const rss = () => process.memoryUsage().rss
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const workbookFile = (dir: string, format: 'xlsx' | 'xls') => path.join(dir, `danh-muc-di-tich.${format}`)

async function importWorkbookStep(dir: string, rows: number) {
  const { benchWorkbook } = await import('./importWorkbook')
  const start = process.hrtime.bigint()
  const made = benchWorkbook(rows)
  const bytes: Record<string, number> = {}
  for (const format of ['xlsx', 'xls'] as const) {
    const data = made.files[format]
    if (!data) continue
    writeFileSync(workbookFile(dir, format), data)
    bytes[format] = data.byteLength
  }
  return { rows, communes: made.communes, bytes, seconds: seconds(start) }
}

/** The same options as the reader's own call (cms/src/import/workbook.ts), for the split of its time. */
const READER_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: true,
  UTC: true,
  cellFormula: true,
  cellStyles: true,
  cellHTML: false,
  cellText: true,
  bookVBA: false,
  WTF: false,
}

/** readWorkbook against SheetJS's XLSX.read alone, each format, median of 5 after a warm-up. */
async function importReadStep(dir: string) {
  const result: Record<string, { bytes: number; reader: number; sheetjs: number; sheetjsReaderOptions: number }> = {}
  for (const format of ['xlsx', 'xls'] as const) {
    const data = new Uint8Array(readFileSync(workbookFile(dir, format)))
    const time = async (f: () => unknown) => {
      const start = process.hrtime.bigint()
      await f()
      return seconds(start)
    }
    const runs: Record<'reader' | 'sheetjs' | 'sheetjsReaderOptions', number[]> = {
      reader: [],
      sheetjs: [],
      sheetjsReaderOptions: [],
    }
    for (let round = 0; round < 6; round++) {
      const reader = await time(() => readWorkbook(data, path.basename(workbookFile(dir, format))))
      const sheetjs = await time(() => XLSX.read(data, { type: 'array' }))
      const withOptions = await time(() => XLSX.read(data, READER_OPTIONS))
      if (round === 0) continue // warm-up
      runs.reader.push(reader)
      runs.sheetjs.push(sheetjs)
      runs.sheetjsReaderOptions.push(withOptions)
    }
    result[format] = {
      bytes: data.byteLength,
      reader: median(runs.reader),
      sheetjs: median(runs.sheetjs),
      sheetjsReaderOptions: median(runs.sheetjsReaderOptions),
    }
  }
  return result
}

/** The installation serves Hà Nội (the migration loaded the country's units). */
async function serveHanoi(payload: Payload) {
  const hanoi = (
    await payload.find({
      collection: 'admin-units',
      where: { and: [{ code: { equals: '01' } }, { level: { equals: 'province' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!hanoi) throw new Error('Hà Nội is not in admin-units: were the migrations applied?')
  await payload.updateGlobal({ slug: 'installation', data: { province: hanoi.id }, overrideAccess: true })
}

async function readBenchWorkbook(dir: string) {
  const file = workbookFile(dir, 'xlsx')
  const start = process.hrtime.bigint()
  const workbook = await readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file))
  return { workbook, readSeconds: seconds(start) }
}

/** The dry run; saves the rows' data for the direct-create baseline. */
async function importPlanStep(payload: Payload, dir: string) {
  await serveHanoi(payload)
  const statements = countStatements(payload)
  const rssBooted = rss()
  const { workbook, readSeconds } = await readBenchWorkbook(dir)
  const rssRead = rss()
  const start = process.hrtime.bigint()
  const plan = await planImport(payload, { kind: 'relics', workbook })
  const planSeconds = seconds(start)
  const rejected = plan.rows.filter((r) => r.action === 'reject')
  if (!plan.canCommit || rejected.length > 0) {
    const lines = rejected.slice(0, 10).map((r) => `row ${r.row}: ${r.issues.map((i) => i.message.en).join('; ')}`)
    throw new Error(
      `The benchmark workbook should import whole: ${JSON.stringify(plan.counts)}; ${JSON.stringify(plan.problems)}\n${lines.join('\n')}`,
    )
  }
  writeFileSync(path.join(dir, 'rows.json'), JSON.stringify(plan.rows.map((r) => ({ data: r.data, dataEn: r.dataEn }))))
  const former = plan.rows.filter((r) => r.data.formerAddress).length
  return {
    rows: plan.rows.length,
    counts: plan.counts,
    former,
    readSeconds,
    planSeconds,
    statements: statements.count(),
    rssBooted,
    rssRead,
  }
}

/** commitImport (publish: false) as the command line runs it, with its phases told apart from outside. */
async function importCommitStep(payload: Payload, dir: string) {
  await serveHanoi(payload)
  const statements = countStatements(payload)
  const inWrites = { create: 0, update: 0, creates: 0, updates: 0 }
  for (const method of ['create', 'update'] as const) {
    const original = payload[method]
    Object.assign(payload, {
      [method]: async (...args: unknown[]) => {
        const start = process.hrtime.bigint()
        try {
          return await Reflect.apply(original, payload, args)
        } finally {
          inWrites[method] += seconds(start)
          inWrites[method === 'create' ? 'creates' : 'updates']++
        }
      },
    })
  }
  const rssBooted = rss()
  const { workbook, readSeconds } = await readBenchWorkbook(dir)
  let firstProgress: bigint | undefined
  let lastProgress: bigint | undefined
  let planStatements = 0
  const start = process.hrtime.bigint()
  const result = await commitImport(payload, {
    kind: 'relics',
    workbook,
    publish: false,
    onProgress: (done, total) => {
      if (firstProgress === undefined) {
        firstProgress = process.hrtime.bigint()
        planStatements = statements.count()
      }
      if (done === total) lastProgress = process.hrtime.bigint()
    },
  })
  const end = process.hrtime.bigint()
  const totalSeconds = seconds(start)
  const secondsBetween = (a?: bigint, b?: bigint) => (a !== undefined && b !== undefined ? Number(b - a) / 1e9 : 0)
  return {
    ...result,
    readSeconds,
    seconds: totalSeconds,
    planSeconds: secondsBetween(start, firstProgress),
    writeSeconds: secondsBetween(firstProgress, lastProgress),
    finishSeconds: secondsBetween(lastProgress, end),
    createSeconds: inWrites.create,
    updateSeconds: inWrites.update,
    creates: inWrites.creates,
    updates: inWrites.updates,
    statements: statements.count(),
    planStatements,
    rssBooted,
  }
}

/** rows.json: the planner's field maps of each row (import/plan.ts `ImportRowPlan`), per locale. */
const PlannedRows = z.array(
  z.object({ data: z.record(z.string(), z.unknown()), dataEn: z.record(z.string(), z.unknown()) }),
)

/** The baseline: the same rows created directly with the Local API, as the import writes each one. */
async function importDirectStep(payload: Payload, dir: string) {
  await serveHanoi(payload)
  const rows = PlannedRows.parse(JSON.parse(readFileSync(path.join(dir, 'rows.json'), 'utf8')))
  const statements = countStatements(payload)
  const rssBooted = rss()
  const common = {
    collection: 'relics' as const,
    draft: true as const,
    depth: 0,
    locale: 'vi' as const,
    overrideAccess: true,
    context: { importing: true },
  }
  const start = process.hrtime.bigint()
  for (const row of rows) {
    // The planner's field maps, written as commitImport writes them (import/commit.ts): Payload's validation checks them.
    const data: Record<string, unknown> = { ...row.data, _status: 'draft' }
    const doc = await payload.create({ ...common, data })
    if (Object.keys(row.dataEn).length > 0)
      await payload.update({ ...common, id: doc.id, locale: 'en', data: row.dataEn })
  }
  return { rows: rows.length, seconds: seconds(start), statements: statements.count(), rssBooted }
}

const step = positionals[0]
if (step === 'import-workbook' || step === 'import-read') {
  // No database needed: the file alone.
  const dir = values.dir ?? ''
  if (!dir) throw new Error('--dir is required')
  const result =
    step === 'import-workbook' ? await importWorkbookStep(dir, Number(values.rows ?? 3000)) : await importReadStep(dir)
  console.log(`BENCH ${JSON.stringify(result)}`)
  process.exit(0)
}

const payload = await getPayload({ config })
try {
  let result: unknown
  if (step === 'export' && values.snapshot) result = await exportStep(payload, values.snapshot)
  else if (step === 'edit' && values['site-url'])
    result = await editStep(payload, values['site-url'].replace(/\/+$/, ''))
  else if (step === 'user' && values.email && values.password)
    result = await userStep(payload, values.email, values.password)
  else if (step === 'import-plan' && values.dir) result = await importPlanStep(payload, values.dir)
  else if (step === 'import-commit' && values.dir) result = await importCommitStep(payload, values.dir)
  else if (step === 'import-direct' && values.dir) result = await importDirectStep(payload, values.dir)
  else if (step === 'copy-sqlite' && values.file) result = await copySqliteStep(payload, values.file)
  else
    throw new Error(
      'Usage: steps.ts -- export --snapshot DIR | edit --site-url URL | user --email E --password P | import-workbook --dir DIR --rows N | import-read|import-plan|import-commit|import-direct --dir DIR | copy-sqlite --file heritage.db',
    )
  console.log(`BENCH ${JSON.stringify(result)}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? String(error)) : String(error))
  await payload.destroy()
  process.exit(1)
}
