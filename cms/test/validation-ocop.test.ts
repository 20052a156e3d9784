/** What OCOP products and their batches refuse or derive: score and stars, certificate expiry, GTIN, lots. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { OcopProduct } from '../src/payload-types'
import { expectCreateRefused } from './payload'
import { payload, product } from './validationWorld'

describe('OCOP score and stars', () => {
  it('derives stars and certifying level from the score', async () => {
    const doc = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 91', score: 91 }) })
    expect(doc.stars).toBe('5')
    expect(doc.certificate?.level).toBe('national')
    const four = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 70', score: 70 }) })
    expect(four.stars).toBe('4')
    expect(four.certificate?.level).toBe('provincial')
  })

  it('refuses stars that do not match the score', async () => {
    await expectCreateRefused(
      payload,
      'ocop-products',
      product({ title: 'Gốm lệch', score: 72, stars: '5' }),
      'stars',
      /72 điểm tương ứng 4 sao \(70–89 điểm\), không phải 5 sao/,
    )
  })

  it('refuses a score below the 3-star band and one above 100', async () => {
    await expectCreateRefused(
      payload,
      'ocop-products',
      product({ title: 'Gốm 45', score: 45 }),
      'stars',
      /không đạt hạng OCOP/,
    )
    await expectCreateRefused(
      payload,
      'ocop-products',
      product({ title: 'Gốm 120', score: 120 }),
      'score',
      /thang 0–100/,
    )
  })

  it('refuses a 5-star product certified by the province', async () => {
    await expectCreateRefused(
      payload,
      'ocop-products',
      product({ title: 'Gốm cấp sai', score: 95, certificate: { level: 'provincial' } }),
      'certificate.level',
      /Trung ương/,
    )
  })
})

describe('OCOP certificate expiry', () => {
  it('is the issue date plus 36 months, whatever was typed', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({
        title: 'Gốm hạn',
        score: 80,
        certificate: { number: 'VD-1', issueDate: '2023-03-15T00:00:00.000Z', expiryDate: '2099-01-01T00:00:00.000Z' },
      }),
    })
    expect(doc.certificate?.expiryDate).toBe('2026-03-15T00:00:00.000Z')
  })

  it('clamps to the end of the month and follows a changed issue date', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({ title: 'Gốm nhuận', score: 60, certificate: { issueDate: '2024-02-29T00:00:00.000Z' } }),
    })
    expect(doc.certificate?.expiryDate).toBe('2027-02-28T00:00:00.000Z')
    const updated = await payload.update({
      collection: 'ocop-products',
      id: doc.id,
      data: { certificate: { issueDate: '2025-07-01T00:00:00.000Z' } },
    })
    expect(updated.certificate?.expiryDate).toBe('2028-07-01T00:00:00.000Z')
  })
})

describe('GTIN', () => {
  it.each([
    [
      'a wrong check digit with the digit it should be',
      'Gốm mã sai',
      '4006381333932',
      /sai số kiểm tra: chữ số cuối là 2 nhưng phải là 1/,
    ],
    ['letters', 'Gốm chữ', '4006381A33931', /chỉ được gồm chữ số/],
    ['a wrong length', 'Gốm ngắn', '12345', /8, 12, 13 hoặc 14/],
  ])('refuses %s', async (_, title, gtin, message) => {
    await expectCreateRefused(payload, 'ocop-products', product({ title, gtin }), 'gtin', message)
  })

  it('stores a valid GTIN-13 as GTIN-14', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({ title: 'Gốm mã đúng', gtin: '400-6381-333931' }),
    })
    expect(doc.gtin).toBe('04006381333931')
  })
})

describe('batches', () => {
  let item: OcopProduct
  beforeAll(async () => {
    item = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm có lô', score: 75 }) })
  })

  it('gets a short stable trace code', async () => {
    const batch = await payload.create({
      collection: 'batches',
      data: { lotCode: 'L2026-01', product: item.id, productionDate: '2026-01-10T00:00:00.000Z' },
    })
    expect(batch.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    const updated = await payload.update({ collection: 'batches', id: batch.id, data: { lotCode: 'L2026-01B' } })
    expect(updated.code).toBe(batch.code)
  })

  it('refuses an expiry before production, a lot with spaces and a duplicate lot', async () => {
    await expectCreateRefused(
      payload,
      'batches',
      {
        lotCode: 'L2',
        product: item.id,
        productionDate: '2026-05-10T00:00:00.000Z',
        expiryDate: '2026-05-01T00:00:00.000Z',
      },
      'expiryDate',
      /phải sau ngày sản xuất/,
    )
    await expectCreateRefused(
      payload,
      'batches',
      { lotCode: 'lô 3', product: item.id, productionDate: '2026-05-10T00:00:00.000Z' },
      'lotCode',
      /không có khoảng trắng/,
    )
    await payload.create({
      collection: 'batches',
      data: { lotCode: 'L4', product: item.id, productionDate: '2026-05-10T00:00:00.000Z' },
    })
    await expectCreateRefused(
      payload,
      'batches',
      { lotCode: 'L4', product: item.id, productionDate: '2026-06-10T00:00:00.000Z' },
      'lotCode',
      /đã có lô "L4"/,
    )
  })
})
