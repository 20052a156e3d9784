/** Intangible heritage of the demo: the Gióng festival (UNESCO, 2010) and two crafts. */
import { entryTable } from '../engine'
import { paragraphs } from '../richText'
import type { Units } from './demo'
import { illustrative, point, UNESCO_GIONG } from './helpers'
import type { Images } from './media'

export const intangibleHeritage = ({ units, img }: { units: Units; img: Images }) =>
  entryTable('intangible-heritage', {
    giong: {
      slug: 'hoi-giong-o-den-phu-dong-va-den-soc',
      build: (t) => ({
        title: t('Hội Gióng ở đền Phù Đổng và đền Sóc', 'Gióng festival of Phù Đổng and Sóc temples'),
        summary: t(
          'Lễ hội tưởng niệm Thánh Gióng, người anh hùng huyền thoại đánh giặc Ân; được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại năm 2010.',
          'Festival honouring Saint Gióng, the legendary hero who drove out the Ân invaders; inscribed by UNESCO on the Representative List of the Intangible Cultural Heritage of Humanity in 2010.',
        ),
        body: paragraphs(
          t(
            [
              'Hội Gióng được tổ chức hằng năm tại đền Phù Đổng (làng Gióng, nay thuộc xã Phù Đổng, Hà Nội) và đền Sóc (Sóc Sơn, Hà Nội) để tưởng nhớ Thánh Gióng, một trong bốn vị thánh bất tử của tín ngưỡng dân gian Việt Nam.',
              'Ở Phù Đổng, hội diễn ra từ mùng 6 đến mùng 12 tháng Tư âm lịch, chính hội vào ngày mùng 9. Ở đền Sóc, hội mở vào mùng 6 tháng Giêng.',
              'Ngày 16/11/2010, tại kỳ họp thứ 5 của Ủy ban Liên chính phủ về Công ước 2003 ở Nairobi (Kenya), UNESCO ghi danh Hội Gióng vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại.',
            ],
            [
              'The Gióng festival is held every year at Phù Đổng temple (Gióng village, now in Phù Đổng commune, Hanoi) and at Sóc temple (Sóc Sơn, Hanoi) in memory of Saint Gióng, one of the four immortals of Vietnamese folk belief.',
              'At Phù Đổng the festival runs from the 6th to the 12th day of the fourth lunar month, with the main day on the 9th. At Sóc temple it opens on the 6th day of the first lunar month.',
              'On 16 November 2010, at the 5th session of the Intergovernmental Committee of the 2003 Convention in Nairobi (Kenya), UNESCO inscribed the Gióng festival on the Representative List of the Intangible Cultural Heritage of Humanity.',
            ],
          ),
        ),
        gallery: [img.festival, img.phuDong],
        type: 'festivals',
        type2010: 'festivals',
        listLevel: 'unesco-representative',
        inscriptionYear: 2010,
        communities: [
          {
            name: t('Cộng đồng làng Phù Đổng (làng Gióng)', 'Community of Phù Đổng (Gióng) village'),
            commune: units.phuDong,
          },
          { name: t('Cộng đồng quanh đền Sóc (Sóc Sơn)', 'Communities around Sóc temple (Sóc Sơn)') },
        ],
        festivalDates: [
          {
            lunarDay: 6,
            lunarMonth: 4,
            durationDays: 7,
            note: t(
              'Hội Gióng đền Phù Đổng; chính hội ngày mùng 9 tháng Tư',
              'At Phù Đổng temple; main day on the 9th of the fourth month',
            ),
          },
          { lunarDay: 6, lunarMonth: 1, durationDays: 1, note: t('Hội Gióng đền Sóc', 'At Sóc temple') },
        ],
        location: point(21.0595, 105.958),
        commune: units.phuDong,
        sources: [
          { ...UNESCO_GIONG, note: t('Ghi danh năm 2010', 'Inscribed in 2010') },
          illustrative(
            t,
            'Ảnh và tọa độ gần đúng là dữ liệu minh họa.',
            'Images and approximate coordinates are illustrative.',
          ),
        ],
      }),
    },

    pottery: {
      slug: 'nghe-gom-bat-trang',
      build: (t) => ({
        title: t('Nghề gốm Bát Tràng', 'Bát Tràng pottery craft'),
        summary: t(
          'Nghề làm gốm truyền thống của làng Bát Tràng bên bờ sông Hồng, truyền qua nhiều thế hệ thợ gốm.',
          'The traditional pottery craft of Bát Tràng village on the Red River, handed down through generations of potters.',
        ),
        body: paragraphs(
          t(
            [
              'Theo truyền thống địa phương, người Bát Tràng vốn từ vùng Bồ Bát (Ninh Bình) ra lập phường làm gốm bên bờ sông Hồng.',
              'Các công đoạn chính gồm xử lý đất, tạo dáng, phơi sấy, vẽ trang trí, tráng men và nung.',
              'Hồ sơ này là dữ liệu minh họa: cấp ghi danh và mô tả chi tiết cần được cán bộ văn hóa bổ sung.',
            ],
            [
              'According to local tradition, the people of Bát Tràng came from Bồ Bát (Ninh Bình) and set up a potters’ quarter on the banks of the Red River.',
              'The main steps are preparing the clay, shaping, drying, painting, glazing and firing.',
              'This record is illustrative: the list level and a detailed description are for culture officers to complete.',
            ],
          ),
        ),
        gallery: [img.ceramics],
        type: 'craftsmanship',
        type2010: 'crafts',
        communities: [
          {
            name: t('Thợ gốm làng Bát Tràng và làng Giang Cao', 'Potters of Bát Tràng and Giang Cao villages'),
            commune: units.batTrang,
          },
        ],
        location: point(20.9755, 105.9125),
        commune: units.batTrang,
        sources: [
          illustrative(
            t,
            'Mô tả rút gọn; cấp ghi danh chưa được đối chiếu nên để trống.',
            'Short description; the list level has not been checked and is left empty.',
          ),
        ],
      }),
    },

    goldLeaf: {
      slug: 'nghe-dat-vang-bac-quy-kieu-ky',
      build: (t) => ({
        title: t('Nghề dát vàng, bạc quỳ Kiêu Kỵ', 'Gold and silver leaf beating of Kiêu Kỵ'),
        summary: t(
          'Nghề đập vàng, bạc thành lá thật mỏng (vàng quỳ, bạc quỳ) để thếp tượng, hoành phi, câu đối và đồ thờ.',
          'Beating gold and silver into very thin leaf (vàng quỳ, bạc quỳ) to gild statues, inscribed boards and altar objects.',
        ),
        body: paragraphs(
          t(
            [
              'Làng Kiêu Kỵ (xã Kiêu Kỵ cũ, huyện Gia Lâm) nổi tiếng với nghề dát vàng quỳ: vàng được đập thủ công giữa các lớp giấy quỳ cho đến khi thành lá mỏng.',
              'Lá vàng, bạc quỳ được dùng trong sơn thếp tượng, hoành phi, câu đối và đồ thờ ở đình, chùa.',
            ],
            [
              'Kiêu Kỵ village (the former Kiêu Kỵ commune of Gia Lâm district) is known for gold-leaf beating: gold is beaten by hand between sheets of special paper until it becomes a thin leaf.',
              'Gold and silver leaf is used to gild statues, inscribed boards and altar objects in communal houses and pagodas.',
            ],
          ),
        ),
        gallery: [img.goldLeaf],
        type: 'craftsmanship',
        type2010: 'crafts',
        communities: [
          { name: t('Thợ dát vàng làng Kiêu Kỵ', 'Gold beaters of Kiêu Kỵ village'), commune: units.giaLam },
        ],
        location: point(20.98, 105.9486),
        commune: units.giaLam,
        sources: [
          illustrative(
            t,
            'Toàn bộ xã Kiêu Kỵ cũ nay thuộc xã Gia Lâm (Nghị quyết 1656/NQ-UBTVQH15, khoản 109). Cấp ghi danh để trống.',
            'The whole former Kiêu Kỵ commune is now in Gia Lâm commune (Resolution 1656/NQ-UBTVQH15, clause 109). List level left empty.',
          ),
        ],
      }),
    },
  })

/** Ids of the intangible heritage entries, by the names of the table. */
export type IntangibleHeritage = Record<keyof ReturnType<typeof intangibleHeritage>['rows'], number>
