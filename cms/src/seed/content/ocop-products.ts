/** OCOP products of the demo: five fictional products, one with a GTIN and one with an expired certificate. */
import { entryTable, type Translate } from '../engine'
import { paragraphs } from '../richText'
import type { CraftVillages } from './craft-villages'
import { DEMO_GTIN, DEMO_SLUGS, type Units } from './demo'
import { illustrative, monthsAgo } from './helpers'
import type { Images } from './media'
import type { Producers } from './producers'

const fictional = (t: Translate) =>
  illustrative(
    t,
    'Sản phẩm hư cấu: điểm, hạng sao, số quyết định và ngày cấp chứng nhận là ví dụ.',
    'A fictional product: score, stars, decision number and certificate date are examples.',
  )
const body = (t: Translate) =>
  paragraphs(
    t(
      ['Sản phẩm mẫu để minh họa trang sản phẩm OCOP và truy xuất nguồn gốc; không có thật.'],
      ['A sample product illustrating the OCOP product and traceability pages; it does not exist.'],
    ),
  )

export const ocopProducts = ({
  units,
  img,
  villages,
  producers,
}: {
  units: Units
  img: Images
  villages: CraftVillages
  producers: Producers
}) =>
  entryTable('ocop-products', {
    vase: {
      slug: DEMO_SLUGS.gtinProduct,
      build: (t) => ({
        title: t('Bình gốm men lam vẽ tay (ví dụ)', 'Hand-painted blue-glaze vase (example)'),
        summary: t(
          'Bình gốm men lam vẽ tay, sản phẩm mẫu có mã GTIN (tiền tố GS1 952 dành cho ví dụ).',
          'A hand-painted blue-glaze vase; a sample product with a GTIN (GS1 prefix 952 is reserved for examples).',
        ),
        body: body(t),
        gallery: [img.ceramics],
        group: 'handicrafts',
        producer: producers.ceramics,
        score: 78,
        stars: '4',
        certificate: { number: 'Ví dụ 21/QĐ-DEMO', level: 'provincial', issueDate: monthsAgo(14) },
        gtin: DEMO_GTIN,
        craftVillage: villages.batTrang,
        packaging: t('Hộp carton, 1 chiếc', 'Carton box, 1 piece'),
        commune: units.batTrang,
        sources: [fictional(t)],
      }),
    },
    teaSet: {
      slug: 'bo-am-chen-men-ran-vi-du',
      build: (t) => ({
        title: t('Bộ ấm chén men rạn (ví dụ)', 'Crackle-glaze tea set (example)'),
        summary: t('Bộ ấm chén men rạn, sản phẩm mẫu 5 sao.', 'A crackle-glaze tea set; a sample 5-star product.'),
        body: body(t),
        gallery: [img.ceramics],
        group: 'handicrafts',
        producer: producers.ceramics,
        score: 92,
        stars: '5',
        certificate: { number: 'Ví dụ 22/QĐ-DEMO', level: 'national', issueDate: monthsAgo(8) },
        craftVillage: villages.batTrang,
        packaging: t('Hộp gỗ, 1 ấm và 6 chén', 'Wooden box, 1 teapot and 6 cups'),
        commune: units.batTrang,
        sources: [fictional(t)],
      }),
    },
    painting: {
      slug: DEMO_SLUGS.expiredProduct,
      build: (t) => ({
        title: t('Tranh sơn thếp vàng quỳ (ví dụ)', 'Gold-leaf lacquer painting (example)'),
        summary: t(
          'Sản phẩm mẫu có giấy chứng nhận OCOP đã hết hiệu lực (cấp hơn 36 tháng trước).',
          'A sample product whose OCOP certificate has expired (issued more than 36 months ago).',
        ),
        body: body(t),
        gallery: [img.goldLeaf],
        group: 'handicrafts',
        producer: producers.goldLeaf,
        score: 64,
        stars: '3',
        certificate: { number: 'Ví dụ 23/QĐ-DEMO', level: 'provincial', issueDate: monthsAgo(40) },
        craftVillage: villages.kieuKy,
        packaging: t('Khung gỗ 40 × 60 cm', 'Wooden frame, 40 × 60 cm'),
        commune: units.giaLam,
        sources: [fictional(t)],
      }),
    },
    tea: {
      slug: 'tra-uop-hoa-sen-vi-du',
      build: (t) => ({
        title: t('Trà ướp hoa sen (ví dụ)', 'Lotus-scented tea (example)'),
        summary: t(
          'Trà xanh ướp hoa sen, sản phẩm mẫu 4 sao.',
          'Green tea scented with lotus flowers; a sample 4-star product.',
        ),
        body: body(t),
        gallery: [img.lotus],
        group: 'beverages',
        producer: producers.farm,
        score: 73,
        stars: '4',
        certificate: { number: 'Ví dụ 24/QĐ-DEMO', level: 'provincial', issueDate: monthsAgo(5) },
        packaging: t('Hộp giấy 100 g', 'Paper box, 100 g'),
        commune: units.phuDong,
        sources: [fictional(t)],
      }),
    },
    workshop: {
      slug: 'trai-nghiem-lam-gom-nua-ngay-vi-du',
      build: (t) => ({
        title: t('Trải nghiệm làm gốm nửa ngày (ví dụ)', 'Half-day pottery workshop (example)'),
        summary: t(
          'Dịch vụ du lịch cộng đồng mẫu: nặn, vẽ và nung một sản phẩm gốm của riêng mình.',
          'A sample community-tourism service: shape, paint and fire a piece of your own.',
        ),
        body: body(t),
        gallery: [img.ceramics, img.route],
        group: 'tourism-services',
        producer: producers.ceramics,
        score: 66,
        stars: '3',
        certificate: { number: 'Ví dụ 25/QĐ-DEMO', level: 'provincial', issueDate: monthsAgo(20) },
        craftVillage: villages.batTrang,
        commune: units.batTrang,
        sources: [fictional(t)],
      }),
    },
  })

/** Ids of the ocop products entries, by the names of the table. */
export type OcopProducts = Record<keyof ReturnType<typeof ocopProducts>['rows'], number>
