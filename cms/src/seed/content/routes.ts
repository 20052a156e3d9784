/** Routes of the demo: a day across Gia Lâm and half a day in Bát Tràng. */
import { entryTable, type Translate } from '../engine'
import { paragraphs } from '../richText'
import type { Artisans } from './artisans'
import type { CraftVillages } from './craft-villages'
import { illustrative } from './helpers'
import type { IntangibleHeritage } from './intangible-heritage'
import type { Images } from './media'
import type { OcopProducts } from './ocop-products'
import type { Relics } from './relics'

const example = (t: Translate) =>
  illustrative(
    t,
    'Lộ trình, thời gian dừng và quãng đường là ví dụ.',
    'The itinerary, stop times and distance are examples.',
  )

export const routes = ({
  img,
  relics,
  intangible,
  villages,
  artisans,
  products,
}: {
  img: Images
  relics: Relics
  intangible: IntangibleHeritage
  villages: CraftVillages
  artisans: Artisans
  products: OcopProducts
}) =>
  entryTable('routes', {
    day: {
      slug: 'mot-ngay-gia-lam-dat-giong-lang-gom-vang-quy',
      build: (t) => ({
        title: t(
          'Một ngày Gia Lâm: đất Gióng, làng gốm và vàng quỳ',
          'A day in Gia Lâm: Gióng land, pottery and gold leaf',
        ),
        summary: t(
          'Buổi sáng ở đền Phù Đổng và chùa Kiến Sơ, buổi chiều ở làng gốm Bát Tràng và làng vàng quỳ Kiêu Kỵ.',
          'Morning at Phù Đổng temple and Kiến Sơ pagoda, afternoon in Bát Tràng pottery village and the Kiêu Kỵ gold-leaf village.',
        ),
        body: paragraphs(
          t(
            ['Tuyến ví dụ đi bằng ô tô hoặc xe máy; nên xuất phát sớm.'],
            ['An example route by car or motorbike; start early.'],
          ),
        ),
        gallery: [img.route, img.phuDong],
        stops: [
          {
            place: { relationTo: 'relics', value: relics.phuDong },
            minutes: 90,
            note: t('Bắt đầu ở đền Thượng', 'Start at the Upper Temple'),
          },
          {
            place: { relationTo: 'intangible-heritage', value: intangible.giong },
            minutes: 30,
            note: t('Nếu đến vào tháng Tư âm lịch, xem rước hội', 'In the fourth lunar month, watch the procession'),
          },
          { place: { relationTo: 'relics', value: relics.kienSo }, minutes: 30 },
          {
            place: { relationTo: 'craft-villages', value: villages.batTrang },
            minutes: 120,
            note: t('Ăn trưa và thăm xưởng gốm', 'Lunch and a workshop visit'),
          },
          { place: { relationTo: 'artisans', value: artisans.potter }, minutes: 30 },
          { place: { relationTo: 'ocop-products', value: products.vase }, minutes: 20 },
          { place: { relationTo: 'craft-villages', value: villages.kieuKy }, minutes: 60 },
        ],
        distanceKm: 35,
        durationHours: 7,
        sources: [example(t)],
      }),
    },
    halfDay: {
      slug: 'nua-ngay-o-bat-trang',
      build: (t) => ({
        title: t('Nửa ngày ở Bát Tràng', 'Half a day in Bát Tràng'),
        summary: t(
          'Đình làng, nghề gốm và một buổi tự tay làm gốm.',
          'The communal house, the pottery craft and a hands-on pottery session.',
        ),
        body: paragraphs(
          t(['Tuyến đi bộ ví dụ trong làng gốm.'], ['An example walking route in the pottery village.']),
        ),
        gallery: [img.ceramics],
        stops: [
          { place: { relationTo: 'relics', value: relics.batTrang }, minutes: 30 },
          { place: { relationTo: 'intangible-heritage', value: intangible.pottery }, minutes: 20 },
          { place: { relationTo: 'craft-villages', value: villages.batTrang }, minutes: 60 },
          {
            place: { relationTo: 'ocop-products', value: products.workshop },
            minutes: 120,
            note: t('Nên đặt chỗ trước', 'Book ahead'),
          },
        ],
        distanceKm: 3,
        durationHours: 4.5,
        sources: [example(t)],
      }),
    },
  })

/** Ids of the routes entries, by the names of the table. */
export type Routes = Record<keyof ReturnType<typeof routes>['rows'], number>
