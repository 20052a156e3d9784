/**
 * The country's administrative units (src/adminUnits): loading the real data, resolving old
 * addresses, the form rule on entries, and pickers limited to the installation's province.
 */
import type { FilterOptionsProps, Payload, Where } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scopedCommuneOptions } from '../src/access/choices'
import { communeOptions } from '../src/adminUnits/installation'
import { type LoadResult, loadAdministrativeUnits } from '../src/adminUnits/load'
import {
  buildCommuneIndex,
  type CommuneIndex,
  installationProvince,
  loadCommuneIndex,
  resolveCommune,
} from '../src/adminUnits/resolve'
import { bootPayload, expectCreateRefused } from './payload'

let payload: Payload
let firstLoad: LoadResult
let index: CommuneIndex
let hanoi: number
let englishBatTrang: number
const unit = async (code: string) => {
  const found = await payload.find({ collection: 'admin-units', where: { code: { equals: code } }, depth: 0, limit: 1 })
  const doc = found.docs[0]
  if (!doc) throw new Error(`no unit ${code}`)
  return doc
}
const idOf = async (code: string) => (await unit(code)).id

beforeAll(async () => {
  payload = await bootPayload()
  // What an earlier demo made by hand, without codes: it must be completed, not duplicated.
  const province = await payload.create({
    collection: 'admin-units',
    data: { name: 'Thành phố Hà Nội', level: 'province', code: '01' },
  })
  const handMade = await payload.create({
    collection: 'admin-units',
    data: { name: 'Xã Bát Tràng', level: 'commune', parent: province.id },
  })
  await payload.update({
    collection: 'admin-units',
    id: handMade.id,
    data: { name: 'Bát Tràng Commune' },
    locale: 'en',
  })
  englishBatTrang = handMade.id
  firstLoad = await loadAdministrativeUnits(payload)
  hanoi = province.id
  index = await loadCommuneIndex(payload)
})

afterAll(async () => {
  await payload.destroy?.()
})

describe('loading the real units', () => {
  it('loads 34 provinces and 3,321 communes quickly, with their former communes', async () => {
    expect(firstLoad).toMatchObject({ provinces: 34, communes: 3321, created: 3355 - 2, adopted: 1 })
    expect(firstLoad.ms).toBeLessThan(10_000)
    console.info(`[admin-units] first load: ${firstLoad.ms} ms`)
    expect(
      (await payload.count({ collection: 'admin-units', where: { level: { equals: 'province' } } })).totalDocs,
    ).toBe(34)
    expect(
      (await payload.count({ collection: 'admin-units', where: { level: { equals: 'commune' } } })).totalDocs,
    ).toBe(3321)
    expect((await payload.count({ collection: 'admin-units', where: { parent: { equals: hanoi } } })).totalDocs).toBe(
      126,
    )
  })

  it('completes a hand-made unit instead of duplicating it, keeping its English name', async () => {
    const batTrang = await payload.findByID({ collection: 'admin-units', id: englishBatTrang, depth: 0, locale: 'all' })
    expect(batTrang.code).toBe('00577')
    expect(batTrang.name).toEqual({ vi: 'Xã Bát Tràng', en: 'Bát Tràng Commune' })
    expect(batTrang.formerNames?.map((f) => [f.name, f.district, f.code, f.partial])).toContainEqual([
      'Xã Kim Đức',
      'Huyện Gia Lâm',
      '00589',
      false,
    ])
    expect(
      (await payload.count({ collection: 'admin-units', where: { name: { equals: 'Xã Bát Tràng' } } })).totalDocs,
    ).toBe(1)
  })

  it('is idempotent: a second load creates nothing', async () => {
    const again = await loadAdministrativeUnits(payload)
    expect(again).toMatchObject({ created: 0, adopted: 0 })
    expect((await payload.count({ collection: 'admin-units' })).totalDocs).toBe(3355)
  })

  it('reads back former names with district, code and the split flag', async () => {
    const giaLam = await unit('00565')
    expect(giaLam.name).toBe('Xã Gia Lâm')
    expect(giaLam.parent).toBe(hanoi)
    const rows = giaLam.formerNames?.map((f) => [f.name, f.district, f.code, f.partial])
    expect(rows).toContainEqual(['Thị trấn Trâu Quỳ', 'Huyện Gia Lâm', '00565', true])
    expect(rows).toContainEqual(['Xã Dương Xá', 'Huyện Gia Lâm', '00571', false])
    expect(giaLam.formerDistrict).toMatch(/^Huyện Gia Lâm/)
  })
})

describe('resolving old addresses', () => {
  const resolve = (text: string, district?: string) => resolveCommune(index, text, district)

  it('current names win, written any way offices write them', async () => {
    const batTrang = await idOf('00577')
    for (const text of ['Xã Bát Tràng', 'Bát Tràng', 'bat trang', 'X. Bát Tràng, Hà Nội', 'xa bat trang, TP Ha Noi']) {
      expect(resolve(text), text).toEqual({ status: 'current', id: batTrang, name: 'Xã Bát Tràng' })
    }
    // The old xã Phù Đổng kept its name: the current commune, district or not.
    expect(resolve('xã Phù Đổng, huyện Gia Lâm')).toMatchObject({ status: 'current', id: await idOf('00541') })
  })

  it('resolves former communes to their new commune, with or without district and diacritics', async () => {
    const giaLam = await idOf('00565')
    const hoanKiem = await idOf('00070')
    expect(resolve('Xã Kiêu Kỵ')).toEqual({
      status: 'former',
      id: giaLam,
      name: 'Xã Gia Lâm',
      formerCommune: 'Xã Kiêu Kỵ',
      formerDistrict: 'Huyện Gia Lâm',
    })
    expect(resolve('kieu ky, huyen gia lam')).toMatchObject({ status: 'former', id: giaLam })
    expect(resolve('Xã Dương Xá - Gia Lâm')).toMatchObject({ status: 'former', id: giaLam })
    expect(resolve('P. Hàng Bạc, Q. Hoàn Kiếm')).toMatchObject({
      status: 'former',
      id: hoanKiem,
      name: 'Phường Hoàn Kiếm',
    })
    expect(resolve('Phuong Hang Bac', 'Quận Hoàn Kiếm')).toMatchObject({ status: 'former', id: hoanKiem })
    // Thị trấn Yên Viên and xã Yên Viên both went to Phù Đổng: the prefix is not even needed.
    expect(resolve('TT Yên Viên')).toMatchObject({ status: 'former', id: await idOf('00541') })
    // A district that does not match is not overridden by a guess.
    expect(resolve('Xã Kiêu Kỵ, huyện Đông Anh')).toEqual({ status: 'unknown' })
    expect(resolve('Xã Không Có Thật')).toEqual({ status: 'unknown' })
  })

  it('a split commune comes back with its candidates, never a guess', async () => {
    const candidates = [
      { id: await idOf('00565'), name: 'Xã Gia Lâm' },
      { id: await idOf('00577'), name: 'Xã Bát Tràng' },
    ]
    for (const text of ['TT Trâu Quỳ', 'Thị trấn Trâu Quỳ - Gia Lâm', 'thi tran trau quy']) {
      const resolution = resolve(text)
      expect(resolution, text).toMatchObject({ status: 'split', formerCommune: 'Thị trấn Trâu Quỳ' })
      expect(resolution.status === 'split' && resolution.candidates).toEqual(expect.arrayContaining(candidates))
      expect(resolution.status === 'split' && resolution.candidates).toHaveLength(2)
    }
  })

  it('the same old name in two districts is ambiguous until the district is given', async () => {
    const ambiguous = resolve('xã Phùng Xá')
    expect(ambiguous).toMatchObject({ status: 'ambiguous', formerCommune: 'Xã Phùng Xá' })
    expect(ambiguous.status === 'ambiguous' && ambiguous.candidates).toEqual(
      expect.arrayContaining([
        { id: await idOf('10003'), name: 'Xã Tây Phương', district: 'Huyện Thạch Thất' },
        expect.objectContaining({ name: 'Xã Hồng Sơn', district: 'Huyện Mỹ Đức' }),
      ]),
    )
    expect(resolve('xã Phùng Xá, huyện Mỹ Đức')).toMatchObject({ status: 'former', name: 'Xã Hồng Sơn' })
    expect(resolve('Phung Xa', 'Thạch Thất')).toMatchObject({ status: 'former', name: 'Xã Tây Phương' })
    expect(resolve('Phùng Xá, H. Thạch Thất, Hà Nội')).toMatchObject({ status: 'former', name: 'Xã Tây Phương' })
  })

  it("restricts to the index's province", async () => {
    // Xã Gia Lâm is also a commune of Ninh Bình: ambiguous for the country, not for Hà Nội.
    expect(resolve('Xã Gia Lâm').status).toBe('ambiguous')
    expect(resolve('Xã Gia Lâm, Ninh Bình')).toMatchObject({ status: 'current', id: await idOf('14389') })
    const hanoiOnly = await loadCommuneIndex(payload, hanoi)
    expect(resolveCommune(hanoiOnly, 'Xã Gia Lâm')).toMatchObject({ status: 'current', id: await idOf('00565') })
    // Hải Dương's communes are in Hải Phòng now: found for the country, not from Hà Nội.
    expect(resolve('Phường Cẩm Thượng, TP Hải Dương')).toMatchObject({ status: 'former', name: 'Phường Thành Đông' })
    expect(resolveCommune(hanoiOnly, 'Phường Cẩm Thượng, TP Hải Dương')).toEqual({ status: 'unknown' })
    // Without diacritics it can only be Hà Nội's xã Cam Thượng; tone placement (Hòa/Hoà) does not matter.
    expect(resolveCommune(hanoiOnly, 'cam thuong')).toMatchObject({ status: 'former', formerCommune: 'Xã Cam Thượng' })
    expect(resolveCommune(hanoiOnly, 'Xã Hòa Phú')).toMatchObject({ status: 'current', name: 'Xã Hoà Phú' })
  })

  it('works on hand-made records too (the pure index)', () => {
    const small = buildCommuneIndex([
      { id: 1, name: 'Tỉnh Mẫu', level: 'province' },
      {
        id: 2,
        name: 'Phường Văn Miếu - Quốc Tử Giám',
        level: 'commune',
        parent: 1,
        formerNames: [{ name: 'Phường Văn Chương', district: 'Quận Đống Đa' }],
      },
    ])
    expect(resolveCommune(small, 'P. Văn Miếu - Quốc Tử Giám')).toMatchObject({ status: 'current', id: 2 })
    expect(resolveCommune(small, 'Văn Chương - Đống Đa')).toMatchObject({ status: 'former', id: 2 })
    expect(resolveCommune(small, '')).toEqual({ status: 'unknown' })
  })
})

describe('the installation and its pickers', () => {
  it('a fresh installation serves the whole country; choosing Hà Nội limits every commune picker', async () => {
    expect(await installationProvince(payload)).toBeNull()
    const pickerWhere = async (): Promise<Where> => {
      const req = await createLocalReq({}, payload)
      return communeOptions({ req })
    }
    const listed = async () =>
      (
        await payload.find({
          collection: 'admin-units',
          where: await pickerWhere(),
          depth: 0,
          limit: 0,
          pagination: false,
        })
      ).docs
    expect(await listed()).toHaveLength(3321)

    await payload.updateGlobal({ slug: 'installation', data: { province: hanoi } })
    expect(await installationProvince(payload)).toBe(hanoi)
    const communes = await listed()
    expect(communes).toHaveLength(126)
    expect(communes.every((c) => c.level === 'commune' && c.parent === hanoi)).toBe(true)
    expect(communes.map((c) => c.code)).toContain('00577')
    expect(communes.map((c) => c.code)).not.toContain('14389')

    // The same filter on every commune picker of the accounts and the entries (there narrowed to
    // the user's own scope: scoped-choices.test.ts).
    const relics = payload.collections.relics.config.flattenedFields
    const users = payload.collections.users.config.flattenedFields
    const picker = (fields: typeof relics, name: string) =>
      (fields.find((f) => f.name === name) as { filterOptions?: unknown }).filterOptions
    expect(picker(users, 'communes')).toBe(communeOptions)
    expect(picker(relics, 'commune')).toBe(scopedCommuneOptions)
    const req = await createLocalReq({}, payload)
    expect(await scopedCommuneOptions({ req } as FilterOptionsProps)).toEqual(await pickerWhere())
  })
})

describe('entries keep their former address', () => {
  let editor: { id: number; collection: 'users' }
  const relic = (formerAddress: Record<string, string>) => ({
    title: `Đình ${Object.values(formerAddress).join(' ')}`,
    rank: 'provincial' as const,
    types: ['historical' as const],
    formerAddress,
  })

  beforeAll(async () => {
    await payload.updateGlobal({ slug: 'installation', data: { province: hanoi } })
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'editor@donvi.vn',
        name: 'Biên tập Hà Nội',
        password: 'mat-khau-don-vi',
        roles: ['editor'],
        province: hanoi,
      } as never,
    })
    editor = { ...user, collection: 'users' } as never
  })

  it('fills in the commune from the former address', async () => {
    const created = await payload.create({
      collection: 'relics',
      data: relic({ commune: 'Xã Kiêu Kỵ', district: 'Huyện Gia Lâm' }),
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(created.commune).toBe(await idOf('00565'))
    expect(created.formerAddress).toEqual({ commune: 'Xã Kiêu Kỵ', district: 'Huyện Gia Lâm' })
    const written = await payload.create({
      collection: 'relics',
      data: relic({ commune: 'P. Hàng Bạc, Q. Hoàn Kiếm' }),
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(written.commune).toBe(await idOf('00070'))
  })

  it('refuses a split commune, naming the new communes to choose from, and writes nothing', async () => {
    const message = await expectCreateRefused(
      payload,
      'relics',
      relic({ commune: 'Thị trấn Trâu Quỳ', district: 'Gia Lâm' }),
      'commune',
      /Thị trấn Trâu Quỳ.*chia cho nhiều xã/,
      { user: editor, overrideAccess: false },
    )
    expect(message).toContain('"Xã Gia Lâm"')
    expect(message).toContain('"Xã Bát Tràng"')
    expect(message).toContain('"Xã / phường"')

    const req = await createLocalReq({ user: editor as never }, payload)
    req.i18n = { ...req.i18n, language: 'en' }
    await expectCreateRefused(
      payload,
      'relics',
      relic({ commune: 'tt trau quy' }),
      'commune',
      /was split between several new communes: "Xã (Gia Lâm|Bát Tràng)", "Xã (Gia Lâm|Bát Tràng)"\. Choose/,
      { req, overrideAccess: false },
    )
  })

  it('refuses an ambiguous old name without its district, and accepts the chosen commune', async () => {
    await expectCreateRefused(
      payload,
      'relics',
      relic({ commune: 'Xã Phùng Xá' }),
      'commune',
      /Có nhiều xã \/ phường cũ tên "Xã Phùng Xá".*Huyện Thạch Thất → Xã Tây Phương/,
      { user: editor, overrideAccess: false },
    )
    const chosen = await payload.create({
      collection: 'relics',
      data: { ...relic({ commune: 'Thị trấn Trâu Quỳ' }), commune: await idOf('00577') },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(chosen.commune).toBe(await idOf('00577'))
    expect(chosen.formerAddress?.commune).toBe('Thị trấn Trâu Quỳ')
  })

  it('keeps the former address out of the public API', async () => {
    const found = await payload.find({ collection: 'relics', depth: 0, limit: 1, overrideAccess: false })
    for (const doc of found.docs) expect(doc.formerAddress).toBeUndefined()
  })
})
