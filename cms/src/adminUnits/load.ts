/**
 * Loads the country's administrative units since 1 July 2025 (34 provinces, 3,321 communes, with
 * the statistics office's codes) and each commune's former communes, from the files in ./dataset
 * (their source and licence: dataset/SOURCE.md). Run by a migration, and by the seed for databases
 * made by schema push; nobody types them in.
 *
 * Idempotent: a unit whose code is already there is left as it is (it only gets its former names
 * if it has none); a unit made by hand before, without a code, is recognised by level, name and
 * province and given its code rather than duplicated. On SQLite the new units go in as a few bulk
 * inserts (the Local API, with its hooks, takes minutes for 3,355 units and 10,599 former names).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { isRecord } from '../shared/guards.ts'
import { readUnits } from './resolve.ts'

type Id = number | string

export interface FormerCommuneRow {
  name: string
  district?: string
  code?: string
  partial: boolean
  until?: string
  note?: string
}

export interface UnitRow {
  code: string
  level: 'province' | 'commune'
  name: string
  provinceCode?: string
  formerDistrict?: string
  formerNames: FormerCommuneRow[]
}

export interface LoadResult {
  provinces: number
  communes: number
  created: number
  /** Units made by hand before (no code) that were given their code. */
  adopted: number
  ms: number
}

/** The last day of the district level: former names were in use until then. */
const LAST_DAY_OF_DISTRICTS = '2025-06-30T00:00:00.000Z'

function dataDir(): string {
  for (const dir of [
    path.resolve(process.cwd(), 'src/adminUnits/dataset'),
    path.resolve(process.cwd(), 'cms/src/adminUnits/dataset'),
  ]) {
    if (existsSync(path.join(dir, 'units-2025.tsv'))) return dir
  }
  throw new Error(
    `The administrative units data (src/adminUnits/dataset/units-2025.tsv) was not found from ${process.cwd()}.`,
  )
}

const readTsv = (file: string): string[][] =>
  readFileSync(path.join(dataDir(), file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'))

/** Districts in order of how many former communes each gave, for the unit's `formerDistrict`. */
const mainDistricts = (rows: FormerCommuneRow[]): string | undefined => {
  const counts = new Map<string, number>()
  for (const row of rows) if (row.district) counts.set(row.district, (counts.get(row.district) ?? 0) + 1)
  const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name)
  return names.length ? names.join(', ') : undefined
}

/** Both data files as units, provinces first. */
export function readUnitsData(): UnitRow[] {
  const units = new Map<string, UnitRow>()
  const provinceNames = new Map<string, string>()
  for (const [code = '', level, name = '', provinceCode] of readTsv('units-2025.tsv')) {
    if (level !== 'province' && level !== 'commune')
      throw new Error(`units-2025.tsv: unit ${code} has level "${level}".`)
    units.set(code, { code, level, name, provinceCode: provinceCode || undefined, formerNames: [] })
    if (level === 'province') provinceNames.set(code, name)
  }
  for (const [newCode = '', , oldProvince, , district, oldCode, oldName = '', split] of readTsv('former-2025.tsv')) {
    const unit = units.get(newCode)
    if (!unit) throw new Error(`former-2025.tsv: new commune ${newCode} is not in units-2025.tsv.`)
    unit.formerNames.push({
      name: oldName,
      district: district || undefined,
      code: oldCode || undefined,
      partial: split === '1',
      // The few communes abolished before 2025 have no district in the March 2025 list.
      until: district ? LAST_DAY_OF_DISTRICTS : undefined,
      note: oldProvince && oldProvince !== provinceNames.get(unit.provinceCode ?? '') ? oldProvince : undefined,
    })
  }
  for (const unit of units.values()) unit.formerDistrict = mainDistricts(unit.formerNames)
  return [...units.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'province' ? -1 : 1))
}

interface InsertBuilder {
  values: (rows: Record<string, unknown>[]) => InsertBuilder & Promise<unknown>
  returning: (fields: Record<string, unknown>) => Promise<{ id: Id; code: unknown }[]>
}

/** What the bulk insert uses of Payload's SQLite and PostgreSQL adapters (drizzle underneath). */
interface DrizzleLike {
  drizzle: { insert: (table: unknown) => InsertBuilder }
  sessions?: Record<string, { db: { insert: (table: unknown) => InsertBuilder } }>
  tables: Record<string, Record<string, unknown>>
}

/**
 * Payload types `payload.db` as the base adapter; the SQLite and PostgreSQL adapters also hold their drizzle
 * instance, sessions and tables, checked here before they are used.
 */
const isDrizzleLike = (db: unknown): db is DrizzleLike => isRecord(db) && isRecord(db.drizzle) && isRecord(db.tables)

const arrayRowId = () => randomBytes(12).toString('hex')
const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/** New units in a few multi-row inserts, inside the request's transaction. */
async function insertDrizzle(
  payload: Payload,
  req: PayloadRequest,
  rows: UnitRow[],
  parentOf: (row: UnitRow) => Id | undefined,
) {
  const adapter = payload.db
  if (!isDrizzleLike(adapter)) throw new Error('The database adapter has no drizzle instance to insert with.')
  const transaction = req.transactionID ? adapter.sessions?.[String(await req.transactionID)] : undefined
  const db = transaction?.db ?? adapter.drizzle
  const units = adapter.tables.admin_units
  const locales = adapter.tables.admin_units_locales
  const formerNames = adapter.tables.admin_units_former_names
  if (!units || !locales || !formerNames)
    throw new Error('The admin-units tables are missing: run the migrations first.')
  const now = new Date().toISOString()
  const ids = new Map<string, Id>()
  for (const batch of chunks(rows, 400)) {
    const inserted = await db
      .insert(units)
      .values(
        batch.map((row) => ({
          level: row.level,
          code: row.code,
          parent: parentOf(row) ?? null,
          formerDistrict: row.formerDistrict ?? null,
          updatedAt: now,
          createdAt: now,
        })),
      )
      .returning({ id: units.id, code: units.code })
    for (const { id, code } of inserted) ids.set(String(code), id)
  }
  const idOf = (row: UnitRow) => {
    const id = ids.get(row.code)
    if (id === undefined) throw new Error(`Unit ${row.code} was not inserted.`)
    return id
  }
  for (const batch of chunks(rows, 400)) {
    await db.insert(locales).values(batch.map((row) => ({ name: row.name, _locale: 'vi', _parentID: idOf(row) })))
  }
  const former = rows.flatMap((row) =>
    row.formerNames.map((name, order) => ({
      _order: order + 1,
      _parentID: idOf(row),
      id: arrayRowId(),
      name: name.name,
      district: name.district ?? null,
      code: name.code ?? null,
      partial: name.partial,
      until: name.until ?? null,
      note: name.note ?? null,
    })),
  )
  for (const batch of chunks(former, 300)) await db.insert(formerNames).values(batch)
  return ids
}

const unitData = (row: UnitRow, parent: Id | undefined) => ({
  level: row.level,
  code: row.code,
  parent: parent ?? null,
  formerDistrict: row.formerDistrict ?? null,
  formerNames: row.formerNames.map((name) => ({ ...name, id: arrayRowId() })),
})

export async function loadAdministrativeUnits(payload: Payload, req?: PayloadRequest): Promise<LoadResult> {
  const started = performance.now()
  const data = readUnitsData()
  const localReq = req ?? (await createLocalReq({}, payload))
  const owned = !req && (await initTransaction(localReq))
  try {
    const existing = await readUnits(payload, null, localReq)
    const byCode = new Map(existing.flatMap((u) => (u.code ? [[u.code, u] as const] : [])))
    const uncoded = new Map(existing.filter((u) => !u.code).map((u) => [`${u.level}|${u.parent ?? ''}|${u.name}`, u]))

    const ids = new Map<string, Id>()
    let created = 0
    let adopted = 0
    const parentOf = (row: UnitRow) => (row.provinceCode ? ids.get(row.provinceCode) : undefined)
    for (const level of ['province', 'commune'] as const) {
      const toCreate: UnitRow[] = []
      for (const row of data.filter((unit) => unit.level === level)) {
        const coded = byCode.get(row.code)
        if (coded) {
          ids.set(row.code, coded.id)
          if (!coded.formerNames?.length && row.formerNames.length) {
            await payload.db.updateOne({
              collection: 'admin-units',
              id: coded.id,
              data: { ...unitData(row, parentOf(row)), code: row.code },
              req: localReq,
            })
          }
          continue
        }
        const handMade = uncoded.get(`${row.level}|${parentOf(row) ?? ''}|${row.name}`)
        if (handMade) {
          ids.set(row.code, handMade.id)
          await payload.db.updateOne({
            collection: 'admin-units',
            id: handMade.id,
            data: unitData(row, parentOf(row)),
            req: localReq,
          })
          adopted++
          continue
        }
        toCreate.push(row)
      }
      created += toCreate.length
      if (payload.db.name === 'sqlite' || payload.db.name === 'postgres') {
        for (const [code, id] of await insertDrizzle(payload, localReq, toCreate, parentOf)) ids.set(code, id)
      } else {
        for (const row of toCreate) {
          const doc = await payload.db.create({
            collection: 'admin-units',
            data: { ...unitData(row, parentOf(row)), name: { vi: row.name } },
            req: localReq,
          })
          ids.set(row.code, doc.id)
        }
      }
    }
    if (owned) await commitTransaction(localReq)
    return {
      provinces: data.filter((u) => u.level === 'province').length,
      communes: data.filter((u) => u.level === 'commune').length,
      created,
      adopted,
      ms: Math.round(performance.now() - started),
    }
  } catch (error) {
    if (owned) await killTransaction(localReq)
    throw error
  }
}
