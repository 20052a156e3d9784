/**
 * The builders the collections share (src/fields/list.ts, src/collections/entry.ts kindAdmin,
 * src/collections/register.ts): what the admin shows from them, word for word.
 */
import { KINDS } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../src/audit/collection'
import { Artisans } from '../src/collections/Artisans'
import { Batches } from '../src/collections/Batches'
import { CraftVillages } from '../src/collections/CraftVillages'
import { ADMIN_GROUPS, kindAdmin } from '../src/collections/entry'
import { IntangibleHeritage } from '../src/collections/IntangibleHeritage'
import { Audio } from '../src/collections/Media'
import { OcopProducts } from '../src/collections/OcopProducts'
import { Producers } from '../src/collections/Producers'
import { Relics } from '../src/collections/Relics'
import { Routes } from '../src/collections/Routes'
import { listField, nounLabels, rowText } from '../src/fields/list'

describe('kindAdmin', () => {
  it('names every kind as the kinds table does, one and many, in both languages', () => {
    for (const row of KINDS) {
      expect(kindAdmin(row.kind).labels).toEqual({
        singular: { vi: row.label.vi.one, en: row.label.en.one },
        plural: { vi: row.label.vi.many, en: row.label.en.many },
      })
    }
  })

  it('gives the entry collections the names and groups they had when each wrote its own', () => {
    const shown = [Relics, IntangibleHeritage, CraftVillages, OcopProducts, Artisans, Routes, Producers, Batches].map(
      (collection) => [collection.slug, collection.labels, collection.admin?.group],
    )
    // Slug, the Vietnamese name (one and many alike), the English one and many, the admin group.
    const before = [
      ['relics', 'Di tích', 'Relic', 'Relics', 'heritage'],
      ['intangible-heritage', 'Di sản phi vật thể', 'Intangible heritage', 'Intangible heritage', 'heritage'],
      ['craft-villages', 'Làng nghề', 'Craft village', 'Craft villages', 'heritage'],
      ['ocop-products', 'Sản phẩm OCOP', 'OCOP product', 'OCOP products', 'ocop'],
      ['artisans', 'Nghệ nhân', 'Artisan', 'Artisans', 'heritage'],
      ['routes', 'Tuyến tham quan', 'Tourist route', 'Tourist routes', 'heritage'],
      ['producers', 'Chủ thể OCOP', 'Producer', 'Producers', 'ocop'],
      ['batches', 'Lô sản xuất', 'Batch', 'Batches', 'ocop'],
    ] as const
    expect(shown).toEqual(
      before.map(([slug, vi, one, many, group]) => [
        slug,
        { singular: { vi, en: one }, plural: { vi, en: many } },
        ADMIN_GROUPS[group],
      ]),
    )
  })
})

describe('list fields', () => {
  it('call a row by one Vietnamese word and an English one and many', () => {
    expect(nounLabels('Nghề', ['Craft', 'Crafts'])).toEqual({
      singular: { vi: 'Nghề', en: 'Craft' },
      plural: { vi: 'Nghề', en: 'Crafts' },
    })
    expect(Audio.labels).toEqual(nounLabels('Thuyết minh âm thanh', ['Audio guide', 'Audio guides']))
  })

  it('are arrays of their fields, with whatever else they are given', () => {
    const row = rowText('name', { vi: 'Tên', en: 'Name' })
    // Required in Vietnamese by its rule (validation.test), not by Payload's `required` (every locale).
    expect(row).toEqual({
      name: 'name',
      type: 'text',
      localized: true,
      label: { vi: 'Tên', en: 'Name' },
      validate: expect.any(Function),
    })
    expect(
      listField('stops', 'Điểm dừng', ['Stop', 'Stops'], {
        label: { vi: 'Điểm dừng', en: 'Stops' },
        minRows: 2,
        fields: [row],
      }),
    ).toEqual({
      name: 'stops',
      type: 'array',
      labels: { singular: { vi: 'Điểm dừng', en: 'Stop' }, plural: { vi: 'Điểm dừng', en: 'Stops' } },
      label: { vi: 'Điểm dừng', en: 'Stops' },
      minRows: 2,
      fields: [row],
    })
  })
})

describe('systemRegister', () => {
  it('says the register is written automatically, then what it records', () => {
    expect(AuditLog.admin?.description).toEqual({
      vi: 'Ghi tự động, không sửa hay xóa được: đăng nhập, xuất bản, gỡ, xóa, đổi vai trò, xuất dữ liệu.',
      en: 'Written automatically and unchangeable: sign-ins, publishes, unpublishes, deletions, role changes, exports.',
    })
    expect(AuditLog).toMatchObject({ disableDuplicate: true, defaultSort: '-createdAt', timestamps: true })
    expect(AuditLog.admin?.group).toBe(ADMIN_GROUPS.system)
  })
})
