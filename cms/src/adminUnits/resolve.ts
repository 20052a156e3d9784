/**
 * Turns an address as offices write it ("xã Phù Đổng, huyện Gia Lâm", "TT Trâu Quỳ", "bat trang")
 * into a commune of the two-level system in force since 1 July 2025. Current names win over
 * former ones; a former commune is resolved through the units' `formerNames`, and a district
 * (written in the text or given separately) tells apart former communes of the same name. It
 * never guesses: a former commune split between several new ones comes back as `split`, the same
 * former name in several districts without a district as `ambiguous`, anything else as `unknown`.
 */

import { foldVietnamese } from '@heritage/contract'
import type { Payload, PayloadRequest } from 'payload'

type Id = number | string

export interface UnitRecord {
  id: Id
  name: string
  code?: string | null
  level: 'province' | 'commune'
  parent?: Id | null
  formerNames?: { name: string; district?: string | null; code?: string | null; partial?: boolean | null }[] | null
}

interface Commune {
  id: Id
  name: string
  type: string
  exact: string
  province?: Id | null
}

interface FormerCommune {
  /** One former commune: its code, or its name and district when the code is not known. */
  key: string
  name: string
  type: string
  exact: string
  district?: string
  districtKey: string
  target: Commune
  partial: boolean
}

export interface CommuneIndex {
  readonly current: ReadonlyMap<string, readonly Commune[]>
  readonly former: ReadonlyMap<string, readonly FormerCommune[]>
  readonly districts: ReadonlySet<string>
  readonly provinces: ReadonlyMap<string, Id>
}

export type Resolution =
  | { status: 'current'; id: Id; name: string }
  | { status: 'former'; id: Id; name: string; formerCommune: string; formerDistrict?: string }
  | { status: 'split'; formerCommune: string; formerDistrict?: string; candidates: { id: Id; name: string }[] }
  | {
      status: 'ambiguous'
      formerCommune: string
      candidates: { id: Id; name: string; district?: string }[]
    }
  | { status: 'unknown' }

const COMMUNE_TYPES: [RegExp, string][] = [
  [/^(?:xa\s+|x\.\s*)/, 'xa'],
  [/^(?:phuong\s+|p\.\s*)/, 'phuong'],
  [/^(?:thi tran\s+|tt(?:\.\s*|\s+))/, 'thi tran'],
  [/^dac khu\s+/, 'dac khu'],
]
const DISTRICT_TYPES: [RegExp, string][] = [
  [/^(?:huyen\s+|h\.\s*)/, 'huyen'],
  [/^(?:quan\s+|q\.\s*)/, 'quan'],
  [/^(?:thi xa\s+|tx(?:\.\s*|\s+))/, 'thi xa'],
  [/^(?:thanh pho\s+|tp(?:\.\s*|\s+))/, 'thanh pho'],
]
const PROVINCE_PREFIX = /^(?:tinh\s+|thanh pho\s+|tp(?:\.\s*|\s+))/

/**
 * Lower case with the tone marks dropped but the letters kept (â, ă, ê, ô, ơ, ư, đ): "Cẩm" and
 * "Cam" are different communes, while "Hoà" and "Hòa" (tone placed differently) are one.
 */
const skeleton = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** Whether the text was written with Vietnamese letters, so that its skeleton can be trusted. */
const hasDiacritics = (text: string): boolean => foldVietnamese(text) !== text.normalize('NFC')

/** Lower case, no diacritics (đ → d), one space between words. */
const fold = (text: string): string => foldVietnamese(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()

/** The comparable part of a name: folded, punctuation dropped, "01" read as "1". */
const baseKey = (folded: string): string =>
  folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\b0+(\d)/g, '$1')

const stripPrefix = (folded: string, types: [RegExp, string][]): { type: string; rest: string } => {
  for (const [pattern, type] of types) {
    const rest = folded.replace(pattern, '')
    if (rest !== folded && rest.trim()) return { type, rest }
  }
  return { type: '', rest: folded }
}

const communeKey = (name: string) => {
  const folded = fold(name)
  const { type, rest } = stripPrefix(folded, COMMUNE_TYPES)
  // Folding keeps one character per letter, so the prefix is as long in the skeleton.
  const exact = baseKey(skeleton(name).slice(folded.length - rest.length))
  return { type, key: baseKey(rest), exact }
}
const districtKey = (name: string): string => baseKey(stripPrefix(fold(name), DISTRICT_TYPES).rest)
const provinceKey = (name: string): string => baseKey(fold(name).replace(PROVINCE_PREFIX, ''))

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Indexes the communes (of one province when `provinceId` is given) by current and former name. */
export function buildCommuneIndex(units: UnitRecord[], provinceId?: Id | null): CommuneIndex {
  const current = new Map<string, Commune[]>()
  const former = new Map<string, FormerCommune[]>()
  const districts = new Set<string>()
  const provinces = new Map<string, Id>()
  const inProvince = (unit: UnitRecord) => provinceId == null || String(unit.parent ?? '') === String(provinceId)
  for (const unit of units) {
    if (unit.level === 'province') {
      provinces.set(provinceKey(unit.name), unit.id)
      continue
    }
    if (!inProvince(unit)) continue
    const { type, key, exact } = communeKey(unit.name)
    const commune: Commune = { id: unit.id, name: unit.name, type, exact, province: unit.parent ?? null }
    push(current, key, commune)
    for (const row of unit.formerNames ?? []) {
      const old = communeKey(row.name)
      const district = row.district?.trim() || undefined
      const dKey = district ? districtKey(district) : ''
      if (dKey) districts.add(dKey)
      push(former, old.key, {
        key: row.code?.trim() || `${old.type} ${old.key}|${dKey}`,
        name: row.name,
        type: old.type,
        exact: old.exact,
        district,
        districtKey: dKey,
        target: commune,
        partial: Boolean(row.partial),
      })
    }
  }
  return { current, former, districts, provinces }
}

interface Address {
  commune: string
  type: string
  key: string
  /** The name's skeleton when it was written with diacritics. */
  exact?: string
  district?: string
  province?: Id
}

/** The key under which a written commune name is indexed: without its prefix, else as written ("Xa Lý"). */
function lookupKey(index: CommuneIndex, name: string): { type: string; key: string; exact: string } | null {
  const typed = communeKey(name)
  const plain = { type: '', key: baseKey(fold(name)), exact: baseKey(skeleton(name)) }
  for (const candidate of [typed, plain]) {
    if (candidate.key && (index.current.has(candidate.key) || index.former.has(candidate.key))) return candidate
  }
  return null
}

/** Splits "P. Hàng Bạc, Q. Hoàn Kiếm, Hà Nội" or "Thị trấn Trâu Quỳ - Gia Lâm" into its parts. */
function parseAddress(index: CommuneIndex, text: string): Address | null {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  let head = parts[0] ?? ''
  const rest = parts.slice(1)
  // A dash may separate the district ("Trâu Quỳ - Gia Lâm") or belong to the name
  // ("Văn Miếu - Quốc Tử Giám"): the whole wins when it is a known name.
  let found = lookupKey(index, head)
  if (!found) {
    const pieces = head.split(/\s+[-–—]\s+/)
    if (pieces.length < 2) return null
    head = pieces[0] ?? head
    rest.unshift(...pieces.slice(1))
    found = lookupKey(index, head)
    if (!found) return null
  }
  let district: string | undefined
  let province: Id | undefined
  rest.forEach((part, i) => {
    const folded = fold(part)
    const { type } = stripPrefix(folded, DISTRICT_TYPES)
    const isDistrict = index.districts.has(districtKey(part)) && !/^tinh\s/.test(folded)
    const asProvince = index.provinces.get(provinceKey(part))
    // "Bắc Ninh" alone is the province; "TP Bắc Ninh" before another part is the former city.
    const prefersDistrict =
      asProvince === undefined || (type !== '' && type !== 'thanh pho') || (type === 'thanh pho' && i < rest.length - 1)
    if (!district && (isDistrict || (type && type !== 'thanh pho')) && prefersDistrict) {
      // An explicit "huyện …" that matches nothing is kept: an unknown district must not be dropped.
      district = part
    } else if (asProvince !== undefined) {
      province ??= asProvince
    }
  })
  const exact = hasDiacritics(head) ? found.exact : undefined
  return { commune: head.trim(), type: found.type, key: found.key, exact, district, province }
}

/** Keeps the matches of the written type ("thị trấn", "xã") when the type tells them apart. */
const byType = <T extends { type: string }>(list: readonly T[], type: string): readonly T[] => {
  if (!type) return list
  const typed = list.filter((item) => item.type === type)
  return typed.length ? typed : list
}

const uniqueTargets = (list: readonly FormerCommune[]): Commune[] => {
  const seen = new Map<string, Commune>()
  for (const item of list) seen.set(String(item.target.id), item.target)
  return [...seen.values()]
}

export function resolveCommune(index: CommuneIndex, text: string, district?: string): Resolution {
  if (!text?.trim()) return { status: 'unknown' }
  const address = parseAddress(index, text)
  if (!address) return { status: 'unknown' }
  const givenDistrict = district?.trim() || address.district
  const inProvince = (unit: Commune) =>
    address.province === undefined || String(unit.province ?? '') === String(address.province)

  // Written with diacritics, "Cẩm Thượng" is not "Cam Thượng".
  const asWritten = (unit: { exact: string }) => address.exact === undefined || unit.exact === address.exact
  const current = byType(index.current.get(address.key) ?? [], address.type).filter(
    (unit) => inProvince(unit) && asWritten(unit),
  )
  const [only] = current
  if (current.length === 1 && only) return { status: 'current', id: only.id, name: only.name }

  let former = byType(index.former.get(address.key) ?? [], address.type).filter(
    (row) => inProvince(row.target) && asWritten(row),
  )
  if (!former.length) {
    if (current.length > 1) {
      return {
        status: 'ambiguous',
        formerCommune: address.commune,
        candidates: current.map(({ id, name }) => ({ id, name })),
      }
    }
    return { status: 'unknown' }
  }
  if (givenDistrict) {
    const wanted = districtKey(givenDistrict)
    former = former.filter((row) => row.districtKey === wanted)
    if (!former.length) return { status: 'unknown' }
  }

  const oldCommunes = new Map<string, FormerCommune[]>()
  for (const row of former) push(oldCommunes, row.key, row)
  const targets = uniqueTargets(former)
  const [first] = former
  if (!first) return { status: 'unknown' }
  if (oldCommunes.size > 1) {
    // The same former name in several districts: fine if they all went to one new commune.
    const partial = former.some((row) => row.partial)
    const [target] = targets
    if (targets.length === 1 && target && !partial) {
      return { status: 'former', id: target.id, name: target.name, formerCommune: first.name }
    }
    return {
      status: 'ambiguous',
      formerCommune: first.name,
      candidates: former.map((row) => ({ id: row.target.id, name: row.target.name, district: row.district })),
    }
  }
  const [target] = targets
  if (targets.length === 1 && target && !first.partial) {
    return {
      status: 'former',
      id: target.id,
      name: target.name,
      formerCommune: first.name,
      ...(first.district ? { formerDistrict: first.district } : {}),
    }
  }
  return {
    status: 'split',
    formerCommune: first.name,
    ...(first.district ? { formerDistrict: first.district } : {}),
    candidates: targets.map(({ id, name }) => ({ id, name })),
  }
}

/** Every administrative unit, read once (depth 0, access overridden), as an index. */
export const loadCommuneIndex = (payload: Payload, provinceId?: Id | null): Promise<CommuneIndex> =>
  readCommuneIndex(payload, provinceId)

/** The same inside a request's transaction. */
export async function readCommuneIndex(
  payload: Payload,
  provinceId?: Id | null,
  req?: PayloadRequest,
): Promise<CommuneIndex> {
  return buildCommuneIndex(await readUnits(payload, provinceId, req), provinceId)
}

/** Every administrative unit (or the province's, and the provinces), read at depth 0 with access overridden. */
export async function readUnits(payload: Payload, provinceId?: Id | null, req?: PayloadRequest): Promise<UnitRecord[]> {
  const found = await payload.find({
    req,
    collection: 'admin-units',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    locale: 'vi',
    select: { name: true, code: true, level: true, parent: true, formerNames: true },
    where:
      provinceId == null ? undefined : { or: [{ level: { equals: 'province' } }, { parent: { equals: provinceId } }] },
  })
  return found.docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    code: doc.code,
    level: doc.level,
    parent: typeof doc.parent === 'object' && doc.parent ? doc.parent.id : doc.parent,
    formerNames: doc.formerNames,
  }))
}

/** The province this installation serves (the Installation global), or null for the whole country. */
export async function installationProvince(payload: Payload): Promise<Id | null> {
  const installation = await payload.findGlobal({ slug: 'installation', depth: 0, overrideAccess: true })
  const province = installation.province
  if (province == null) return null
  return typeof province === 'object' ? province.id : province
}
