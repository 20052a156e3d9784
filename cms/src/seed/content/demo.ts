/**
 * Facts of the demo that tests and other tables refer to: its communes, the slugs of entries with
 * a special role, the sample GTIN and the private values that must never reach the public.
 */
import { gtinCheckDigit, normalizeGtin } from '@heritage/media-tools/gs1'

/** GS1 prefix 952 is reserved for demonstrations and examples, so this GTIN can never clash with a real product. */
const GTIN_BODY = '952000012345'
export const DEMO_GTIN = normalizeGtin(`${GTIN_BODY}${gtinCheckDigit(GTIN_BODY)}`)

/** Private values planted in the demo, so that tests can prove they never reach the public. */
export const DEMO_PRIVATE = {
  relicInternalNote:
    'NỘI BỘ-DEMO: đối chiếu số và ngày quyết định xếp hạng năm 2013 với bản gốc trước khi công bố ' +
    '(một nguồn thứ cấp ghi 2383/QĐ-TTg ngày 9/12/2013).',
  producerPhone: '0900 000 111',
  producerEmail: 'lienhe.gommenlam@example.vn',
  artisanPhone: '0900 000 222',
} as const

export const DEMO_SLUGS = {
  phuDongRelic: 'den-phu-dong',
  batTrangVillage: 'lang-gom-bat-trang',
  draftRelic: 'di-tich-vi-du-dang-bien-soan',
  gtinProduct: 'binh-gom-men-lam-vi-du',
  expiredProduct: 'tranh-son-thep-vang-quy-vi-du',
} as const

/** The demo's communes, by the statistics office's codes (Nghị quyết 1656/NQ-UBTVQH15, 16/6/2025). */
export const DEMO_UNIT_CODES = { hanoi: '01', phuDong: '00541', batTrang: '00577', giaLam: '00565' } as const

/** Ids of Hà Nội and the demo's communes, by the names of `DEMO_UNIT_CODES`. */
export type Units = Record<keyof typeof DEMO_UNIT_CODES, number>
