/** Batches of the demo's OCOP products: lots with raw materials and test reports. */
import { addMonths } from '@heritage/contract'
import type { BatchDef, Translate } from '../engine'
import type { Units } from './demo'
import { monthsAgo } from './helpers'
import type { OcopProducts } from './ocop-products'

const lab = 'Phòng thử nghiệm ví dụ (Example laboratory)'
const clay = (t: Translate) => ({
  material: t('Đất sét trắng', 'White clay'),
  origin: t('Nguồn trong nước (ví dụ)', 'Domestic source (example)'),
  supplier: 'Nhà cung cấp ví dụ',
})
const glaze = (t: Translate) => ({
  material: t('Men lam (ô-xít coban)', 'Blue glaze (cobalt oxide)'),
  origin: t('Nhập khẩu (ví dụ)', 'Imported (example)'),
})
const leachTest = (t: Translate, reportNumber: string, months: number) => ({
  laboratory: lab,
  reportNumber,
  date: monthsAgo(months),
  result: t(
    'Chì và cadimi thôi nhiễm dưới ngưỡng cho phép (kết quả ví dụ)',
    'Lead and cadmium release below the limits (example result)',
  ),
  passed: true,
})
const pieces = (t: Translate, amount: number) => ({ amount, unit: t('chiếc', 'pieces') })

export const batches = ({ units, products }: { units: Units; products: OcopProducts }): BatchDef[] => [
  {
    lotCode: 'BL-0001',
    product: products.vase,
    productionDate: monthsAgo(3),
    build: (t) => ({
      quantity: pieces(t, 200),
      rawMaterials: [clay(t), glaze(t)],
      testReports: [leachTest(t, 'Ví dụ KN-001/DEMO', 3)],
    }),
  },
  {
    lotCode: 'BL-0002',
    product: products.vase,
    productionDate: monthsAgo(1),
    build: (t) => ({ quantity: pieces(t, 150), rawMaterials: [clay(t), glaze(t)] }),
  },
  {
    lotCode: 'AC-0001',
    product: products.teaSet,
    productionDate: monthsAgo(4),
    build: (t) => ({
      quantity: { amount: 80, unit: t('bộ', 'sets') },
      rawMaterials: [clay(t)],
      testReports: [leachTest(t, 'Ví dụ KN-002/DEMO', 4)],
    }),
  },
  {
    lotCode: 'TV-0001',
    product: products.painting,
    productionDate: monthsAgo(38),
    build: (t) => ({
      quantity: pieces(t, 20),
      rawMaterials: [
        { material: t('Vàng quỳ', 'Gold leaf'), origin: t('Làng Kiêu Kỵ (ví dụ)', 'Kiêu Kỵ village (example)') },
        { material: t('Sơn ta', 'Lacquer'), origin: t('Nguồn trong nước (ví dụ)', 'Domestic source (example)') },
      ],
    }),
  },
  {
    lotCode: 'TS-0001',
    product: products.tea,
    productionDate: monthsAgo(2),
    expiryDate: addMonths(new Date(monthsAgo(2)), 12).toISOString(),
    build: (t) => ({
      quantity: { amount: 500, unit: t('hộp 100 g', 'boxes of 100 g') },
      rawMaterials: [
        {
          material: t('Hoa sen', 'Lotus flowers'),
          origin: t('Đầm sen địa phương (ví dụ)', 'Local lotus pond (example)'),
          commune: units.phuDong,
        },
        {
          material: t('Chè xanh', 'Green tea'),
          origin: t('Vùng chè trung du (ví dụ)', 'Midland tea area (example)'),
        },
      ],
      testReports: [
        {
          laboratory: lab,
          reportNumber: 'Ví dụ KN-003/DEMO',
          date: monthsAgo(2),
          result: t('Đạt chỉ tiêu an toàn thực phẩm (kết quả ví dụ)', 'Meets food-safety criteria (example result)'),
          passed: true,
        },
      ],
    }),
  },
]
