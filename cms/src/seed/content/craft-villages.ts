/** Craft villages of the demo: Bát Tràng pottery (with the 3D model) and Kiêu Kỵ gold leaf. */
import { entryTable } from '../engine'
import { paragraphs } from '../richText'
import { DEMO_SLUGS, type Units } from './demo'
import { illustrative, point } from './helpers'
import type { Images } from './media'

export const craftVillages = ({ units, img, model }: { units: Units; img: Images; model: number }) =>
  entryTable('craft-villages', {
    batTrang: {
      slug: DEMO_SLUGS.batTrangVillage,
      build: (t) => ({
        title: t('Làng gốm Bát Tràng', 'Bát Tràng pottery village'),
        summary: t(
          'Làng gốm bên tả ngạn sông Hồng, gồm hai làng Bát Tràng và Giang Cao, nổi tiếng với đồ gốm men lam, men rạn và gốm trang trí.',
          'A pottery village on the left bank of the Red River, made up of Bát Tràng and Giang Cao villages, known for blue-glaze, crackle-glaze and decorative ceramics.',
        ),
        body: paragraphs(
          t(
            [
              'Du khách có thể xem thợ gốm làm việc, tự nặn và vẽ gốm, rồi mua sản phẩm ở chợ gốm.',
              'Số hộ, số lao động và quyết định công nhận ghi ở đây là số liệu minh họa.',
            ],
            [
              'Visitors can watch potters at work, shape and paint their own pieces, and buy ceramics at the pottery market.',
              'The household and worker counts and the recognition decision given here are illustrative.',
            ],
          ),
        ),
        gallery: [img.ceramics, img.communalHouse],
        models: [model],
        crafts: [{ name: t('Gốm sứ', 'Ceramics') }],
        recognitionDecision: {
          number: 'Ví dụ 11/QĐ-DEMO',
          issuer: t('Cơ quan ban hành (ví dụ)', 'Issuing body (example)'),
        },
        households: 500,
        workers: 3000,
        products: t(
          'Bình, lọ, ấm chén, bát đĩa, đồ thờ, gạch gốm trang trí',
          'Vases, tea sets, tableware, altar ware, decorative tiles',
        ),
        visitingInfo: t(
          'Tham quan xưởng, trải nghiệm làm gốm và mua sắm tại chợ gốm (thông tin ví dụ).',
          'Workshop visits, hands-on pottery and shopping at the pottery market (example information).',
        ),
        location: point(20.9755, 105.9125),
        commune: units.batTrang,
        sources: [
          illustrative(
            t,
            'Số hộ, số lao động, quyết định công nhận và thông tin tham quan là dữ liệu minh họa.',
            'Households, workers, the recognition decision and visiting information are illustrative.',
          ),
        ],
      }),
    },

    kieuKy: {
      slug: 'lang-nghe-dat-vang-quy-kieu-ky',
      build: (t) => ({
        title: t('Làng nghề dát vàng quỳ Kiêu Kỵ', 'Kiêu Kỵ gold-leaf village'),
        summary: t(
          'Làng nghề đập vàng, bạc quỳ để sơn thếp đồ thờ, tượng và hoành phi.',
          'A craft village that beats gold and silver leaf for gilding altar objects, statues and inscribed boards.',
        ),
        body: paragraphs(
          t(
            ['Du khách có thể xem các công đoạn dát vàng và mua sản phẩm sơn thếp (thông tin tham quan là ví dụ).'],
            ['Visitors can watch the gold-beating steps and buy gilded pieces (visiting information is an example).'],
          ),
        ),
        gallery: [img.goldLeaf],
        crafts: [{ name: t('Dát vàng, bạc quỳ', 'Gold and silver leaf beating') }],
        recognitionDecision: {
          number: 'Ví dụ 12/QĐ-DEMO',
          issuer: t('Cơ quan ban hành (ví dụ)', 'Issuing body (example)'),
        },
        households: 60,
        workers: 200,
        products: t('Vàng quỳ, bạc quỳ, đồ thờ sơn thếp', 'Gold and silver leaf, gilded altar ware'),
        visitingInfo: t(
          'Nên hẹn trước với các xưởng (thông tin ví dụ).',
          'Book workshop visits ahead (example information).',
        ),
        location: point(20.98, 105.9486),
        commune: units.giaLam,
        sources: [
          illustrative(
            t,
            'Số hộ, số lao động và quyết định công nhận là ví dụ. Toàn bộ xã Kiêu Kỵ cũ nay thuộc xã Gia Lâm (Nghị quyết 1656/NQ-UBTVQH15).',
            'Households, workers and the recognition decision are examples. The whole former Kiêu Kỵ commune is now in Gia Lâm commune (Resolution 1656/NQ-UBTVQH15).',
          ),
        ],
      }),
    },
  })

/** Ids of the craft villages entries, by the names of the table. */
export type CraftVillages = Record<keyof ReturnType<typeof craftVillages>['rows'], number>
