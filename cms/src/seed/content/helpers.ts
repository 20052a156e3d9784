/** Values shared by the demo's data tables: sources, points and dates relative to the seeding day. */
import { addMonths } from '@heritage/contract'
import type { Translate } from '../engine'

const ILLUSTRATIVE = 'Dữ liệu minh họa / Illustrative demo data'

/** A source saying what in the entry is illustrative. */
export const illustrative = (t: Translate, vi: string, en: string) => ({ citation: ILLUSTRATIVE, note: t(vi, en) })

export const UNESCO_GIONG = {
  citation: 'UNESCO, Representative List of the Intangible Cultural Heritage of Humanity (2010)',
  url: 'https://ich.unesco.org/en/RL/giong-festival-of-phu-dong-and-soc-temples-00189',
}

export const DSVH_PHU_DONG = {
  citation: 'Cục Di sản văn hóa: Di tích lịch sử và kiến trúc nghệ thuật đền Phù Đổng',
  url: 'https://dsvh.gov.vn/di-tich-lich-su-va-kien-truc-nghe-thuat-den-phu-dong-huyen-gia-lam-thanh-pho-ha-noi-2977',
}

export const point = (lat: number, lng: number) => ({ lat, lng })

/** Dates relative to the day of seeding, so that valid certificates stay valid and the expired one stays expired. */
export const monthsAgo = (months: number): string => {
  const now = new Date()
  return addMonths(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())), -months).toISOString()
}
