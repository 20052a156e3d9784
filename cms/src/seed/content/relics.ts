/** Relics of the demo: Phù Đổng temple (special national relic), three ranked relics and a draft. */
import { entryTable, type Translate } from '../engine'
import { paragraphs } from '../richText'
import { DEMO_PRIVATE, DEMO_SLUGS, type Units } from './demo'
import { DSVH_PHU_DONG, illustrative, point, UNESCO_GIONG } from './helpers'
import type { Images } from './media'

const rankIllustrative = (t: Translate) =>
  illustrative(
    t,
    'Hạng di tích, số quyết định, giờ mở cửa và tọa độ gần đúng là dữ liệu minh họa, chưa đối chiếu văn bản gốc.',
    'Rank, decision number, opening hours and approximate coordinates are illustrative and not checked against the original documents.',
  )
const exampleIssuer = (t: Translate) => t('Cơ quan ban hành (ví dụ)', 'Issuing body (example)')

export const relics = ({
  units,
  img,
  media,
  giong,
}: {
  units: Units
  img: Images
  media: { panorama: number; audio: number }
  giong: number
}) =>
  entryTable('relics', {
    phuDong: {
      slug: DEMO_SLUGS.phuDongRelic,
      build: (t) => ({
        title: t('Đền Phù Đổng (đền Thánh Gióng)', 'Phù Đổng Temple (Saint Gióng Temple)'),
        summary: t(
          'Cụm di tích thờ Thánh Gióng ở làng Gióng, được Thủ tướng Chính phủ xếp hạng di tích quốc gia đặc biệt năm 2013; nơi mở Hội Gióng hằng năm vào tháng Tư âm lịch.',
          'Temple complex of Saint Gióng in Gióng village, ranked a special national relic by the Prime Minister in 2013; the Gióng festival is held here every year in the fourth lunar month.',
        ),
        body: paragraphs(
          t(
            [
              'Di tích lịch sử và kiến trúc nghệ thuật đền Phù Đổng nằm ở làng Gióng (xã Phù Đổng; trước ngày 1/7/2025 thuộc huyện Gia Lâm), nơi theo truyền thuyết là quê hương của Thánh Gióng, cậu bé lên ba vươn vai thành tráng sĩ, cưỡi ngựa sắt đánh đuổi giặc Ân.',
              'Cụm di tích gồm nhiều điểm như đền Thượng (đền chính thờ Phù Đổng Thiên Vương), đền Hạ (đền Mẫu) và miếu Ban; năm 2013 được xếp hạng di tích quốc gia đặc biệt.',
              'Hằng năm, từ mùng 6 đến mùng 12 tháng Tư âm lịch, Hội Gióng được tổ chức tại đây, di sản được UNESCO ghi danh năm 2010.',
            ],
            [
              'The historical and architectural-artistic relic of Phù Đổng temple lies in Gióng village (Phù Đổng commune; part of Gia Lâm district until 1 July 2025), the legendary home of Saint Gióng, the three-year-old boy who grew into a giant and rode an iron horse to drive out the Ân invaders.',
              'The complex has several sites, among them the Upper Temple (the main temple of Phù Đổng Thiên Vương), the Lower Temple (the Mother’s temple) and Ban shrine; it was ranked a special national relic in 2013.',
              'Every year from the 6th to the 12th day of the fourth lunar month it hosts the Gióng festival, inscribed by UNESCO in 2010.',
            ],
          ),
        ),
        gallery: [img.phuDong, img.festival],
        rank: 'special-national',
        types: ['historical', 'architectural-artistic'],
        rankingDecision: { issuer: t('Thủ tướng Chính phủ', 'Prime Minister of Viet Nam') },
        sites: [
          {
            name: t('Đền Thượng (đền Phù Đổng Thiên Vương)', 'Upper Temple (Phù Đổng Thiên Vương)'),
            commune: units.phuDong,
          },
          { name: t('Đền Hạ (đền Mẫu)', 'Lower Temple (Mother’s temple)'), commune: units.phuDong },
          { name: t('Miếu Ban', 'Ban shrine'), commune: units.phuDong },
        ],
        openingHours: t(
          'Hằng ngày, khoảng 7:00–17:00 (giờ ví dụ, hãy hỏi ban quản lý trước khi đến)',
          'Daily, about 7:00–17:00 (example hours; ask the management board before visiting)',
        ),
        ticketInfo: t(
          'Thông tin vé là ví dụ: hãy hỏi ban quản lý di tích.',
          'Example only: ask the relic’s management board.',
        ),
        festivals: [giong],
        panoramas: [media.panorama],
        audioGuides: [media.audio],
        location: point(21.0595, 105.958),
        commune: units.phuDong,
        internalNotes: DEMO_PRIVATE.relicInternalNote,
        sources: [
          {
            ...DSVH_PHU_DONG,
            note: t('Xếp hạng di tích quốc gia đặc biệt năm 2013', 'Ranked special national relic in 2013'),
          },
          { ...UNESCO_GIONG, note: t('Hội Gióng', 'Gióng festival') },
          illustrative(
            t,
            'Giờ mở cửa, vé, tọa độ gần đúng, ảnh và ảnh 360° là dữ liệu minh họa.',
            'Opening hours, tickets, approximate coordinates, images and the 360° panorama are illustrative.',
          ),
        ],
      }),
    },

    kienSo: {
      slug: 'chua-kien-so',
      build: (t) => ({
        title: t('Chùa Kiến Sơ', 'Kiến Sơ Pagoda'),
        summary: t(
          'Ngôi chùa cổ ở làng Phù Đổng, gắn với thiền sư Vô Ngôn Thông, người khai sáng một dòng thiền ở Việt Nam vào thế kỷ IX.',
          'An old pagoda in Phù Đổng village, associated with the Zen master Vô Ngôn Thông, who founded a Zen lineage in Viet Nam in the 9th century.',
        ),
        body: paragraphs(
          t(
            [
              'Theo sử liệu Phật giáo, thiền sư Vô Ngôn Thông đến chùa Kiến Sơ ở làng Phù Đổng vào đầu thế kỷ IX và truyền dạy tại đây; dòng thiền mang tên ông coi chùa là tổ đình.',
              'Chùa ở gần đền Phù Đổng, có thể tham quan trong cùng một chuyến đi.',
            ],
            [
              'According to Buddhist records, the Zen master Vô Ngôn Thông came to Kiến Sơ pagoda in Phù Đổng village in the early 9th century and taught here; the lineage named after him regards it as its founding temple.',
              'The pagoda is close to Phù Đổng temple and can be visited on the same trip.',
            ],
          ),
        ),
        gallery: [img.pagoda],
        rank: 'national',
        types: ['historical', 'architectural-artistic'],
        rankingDecision: { number: 'Ví dụ 01/QĐ-DEMO', issuer: exampleIssuer(t) },
        openingHours: t('Hằng ngày (giờ ví dụ)', 'Daily (example hours)'),
        location: point(21.0575, 105.9555),
        commune: units.phuDong,
        sources: [rankIllustrative(t)],
      }),
    },

    batTrang: {
      slug: 'dinh-bat-trang',
      build: (t) => ({
        title: t('Đình Bát Tràng', 'Bát Tràng Communal House'),
        summary: t(
          'Đình làng của làng gốm Bát Tràng, nơi thờ thành hoàng và sinh hoạt cộng đồng; phía sau đình là Văn Chỉ Bát Tràng.',
          'The communal house of Bát Tràng pottery village, where the village guardian spirits are worshipped and the community meets; the Bát Tràng Văn Chỉ stands behind it.',
        ),
        body: paragraphs(
          t(
            [
              'Đình là trung tâm sinh hoạt tín ngưỡng và cộng đồng của làng Bát Tràng. Nhiều lễ tiết trong năm của làng gốm được tổ chức tại đây.',
              'Từ đình có thể đi bộ tới chợ gốm và các xưởng gốm trong làng.',
            ],
            [
              'The communal house is the centre of worship and community life in Bát Tràng. Many of the pottery village’s yearly rites take place here.',
              'From here the pottery market and the village workshops are within walking distance.',
            ],
          ),
        ),
        gallery: [img.communalHouse, img.ceramics],
        rank: 'national',
        types: ['historical', 'architectural-artistic'],
        rankingDecision: { number: 'Ví dụ 02/QĐ-DEMO', issuer: exampleIssuer(t) },
        openingHours: t('Hằng ngày, khoảng 8:00–17:00 (giờ ví dụ)', 'Daily, about 8:00–17:00 (example hours)'),
        location: point(20.977, 105.9135),
        commune: units.batTrang,
        sources: [rankIllustrative(t)],
      }),
    },

    baTam: {
      slug: 'chua-ba-tam',
      build: (t) => ({
        title: t('Chùa Bà Tấm (Linh Nhân Tư Phúc tự)', 'Bà Tấm Pagoda (Linh Nhân Tư Phúc)'),
        summary: t(
          'Ngôi chùa thời Lý ở làng Dương Xá, theo truyền thống gắn với Nguyên phi Ỷ Lan.',
          'A Lý-dynasty pagoda in Dương Xá village, traditionally associated with the royal consort Ỷ Lan.',
        ),
        body: paragraphs(
          t(
            [
              'Chùa Bà Tấm ở làng Dương Xá (xã Dương Xá cũ, nay thuộc xã Gia Lâm). Dân gian gắn ngôi chùa với Nguyên phi Ỷ Lan, người làng Thổ Lỗi, và với truyện cổ Tấm Cám.',
            ],
            [
              'Bà Tấm pagoda is in Dương Xá village (the former Dương Xá commune, now in Gia Lâm commune). Folk tradition links it to the royal consort Ỷ Lan, a native of Thổ Lỗi village, and to the tale of Tấm and Cám.',
            ],
          ),
        ),
        gallery: [img.pagoda],
        rank: 'national',
        types: ['historical', 'architectural-artistic'],
        rankingDecision: { number: 'Ví dụ 03/QĐ-DEMO', issuer: exampleIssuer(t) },
        location: point(21.013, 105.97),
        commune: units.giaLam,
        sources: [rankIllustrative(t)],
      }),
    },

    draft: {
      slug: DEMO_SLUGS.draftRelic,
      draft: true,
      build: (t) => ({
        title: t('Di tích ví dụ đang biên soạn', 'Example relic, still being written'),
        summary: t(
          'Bản nháp minh họa: không bao giờ được hiện trên trang công khai.',
          'An illustrative draft: it must never appear on the public site.',
        ),
        body: paragraphs(t(['Nội dung đang được biên soạn.'], ['Content still being written.'])),
        gallery: [img.communalHouse],
        rank: 'inventoried',
        types: ['historical'],
        location: point(21.0, 105.94),
        commune: units.giaLam,
        internalNotes: 'Bản nháp demo: chờ cộng tác viên bổ sung tư liệu.',
        sources: [illustrative(t, 'Toàn bộ mục này là ví dụ.', 'This whole entry is an example.')],
      }),
    },
  })

/** Ids of the relics entries, by the names of the table. */
export type Relics = Record<keyof ReturnType<typeof relics>['rows'], number>
