/**
 * Inscriptions of the demo: a stele at Bát Tràng communal house and a royal ordination at Phù Đổng
 * temple. Neither is a transcription of a real object: the texts are short sample sentences written
 * for the demo, marked 'illustrative' (the public page says so above the text) and named so in the
 * title and summary. Their photos are drawn in code (../inscriptionImages.ts) from the same lines,
 * so every line's region is exactly where its column is on the photo. The English translations are
 * example translations, like the rest of the demo's English.
 */
import { entryTable, type Translate, type UploadDef, uploadFile } from '../engine'
import {
  type ColumnsSpec,
  columnBoxes,
  columnsPhoto,
  paperBackground,
  regionOf,
  sampleSeal,
  steleBackground,
} from '../inscriptionImages'
import { paragraphs } from '../richText'
import { illustrative } from './helpers'

interface SampleLine {
  original: string
  reading: string
  vi: string
  en: string
}

/** Sample sentences of a stele recording a rebuilding, dated Cảnh Hưng 44 (1783): no real stele's text. */
const STELE_LINES: readonly SampleLine[] = [
  {
    original: '示例碑文',
    reading: 'Thị lệ bi văn',
    vi: 'Bài văn bia mẫu (minh họa)',
    en: 'A sample stele text (illustration)',
  },
  {
    original: '本社重修亭宇',
    reading: 'Bản xã trùng tu đình vũ',
    vi: 'Xã ta sửa lại ngôi đình',
    en: 'Our village rebuilt its communal house',
  },
  {
    original: '鄉民同心出力',
    reading: 'Hương dân đồng tâm xuất lực',
    vi: 'Dân làng đồng lòng góp sức',
    en: 'The villagers gave their strength with one heart',
  },
  {
    original: '功德刻石留傳',
    reading: 'Công đức khắc thạch lưu truyền',
    vi: 'Khắc công đức vào đá để truyền lại',
    en: 'Their merit is carved in stone to be handed down',
  },
  { original: '𡨸喃並刻', reading: 'Chữ Nôm tịnh khắc', vi: 'Khắc cả chữ Nôm', en: 'Carved in Nôm characters too' },
  {
    original: '子孫永世不忘',
    reading: 'Tử tôn vĩnh thế bất vong',
    vi: 'Con cháu muôn đời không quên',
    en: 'Descendants will never forget',
  },
  {
    original: '景興四十四年',
    reading: 'Cảnh Hưng tứ thập tứ niên',
    vi: 'Năm Cảnh Hưng thứ 44',
    en: 'The 44th year of Cảnh Hưng',
  },
  {
    original: '春月吉日立',
    reading: 'Xuân nguyệt cát nhật lập',
    vi: 'Dựng vào ngày lành tháng mùa xuân',
    en: 'Erected on an auspicious day in spring',
  },
]

/** Sample sentences in the form of a royal ordination, dated Khải Định 9 (1924): no real ordination's text. */
const ORDINATION_LINES: readonly SampleLine[] = [
  { original: '敕', reading: 'Sắc', vi: 'Sắc (lệnh của vua)', en: 'By royal order' },
  {
    original: '示例敕封文本',
    reading: 'Thị lệ sắc phong văn bản',
    vi: 'Văn bản sắc phong mẫu (minh họa)',
    en: 'A sample royal ordination (illustration)',
  },
  {
    original: '褒封尊神',
    reading: 'Bao phong tôn thần',
    vi: 'Ban phong cho vị thần được tôn thờ',
    en: 'Honours are conferred on the venerated deity',
  },
  {
    original: '准許本社奉事',
    reading: 'Chuẩn hứa bản xã phụng sự',
    vi: 'Chuẩn cho xã sở tại thờ phụng',
    en: 'The village is permitted to worship',
  },
  { original: '啟定九年', reading: 'Khải Định cửu niên', vi: 'Năm Khải Định thứ 9', en: 'The 9th year of Khải Định' },
  {
    original: '七月二十五日',
    reading: 'Thất nguyệt nhị thập ngũ nhật',
    vi: 'Ngày 25 tháng 7',
    en: 'The 25th day of the 7th month',
  },
]

const STELE: ColumnsSpec = {
  width: 3000,
  height: 4200,
  columns: STELE_LINES.map((line) => line.original),
  area: { x: 420, y: 800, w: 2160, h: 3000 },
  fontSize: 240,
  ink: '#1f1d1a',
  background: steleBackground(3000, 4200),
}

const ORDINATION_AREA = { x: 500, y: 300, w: 2600, h: 1800 }
const ORDINATION: ColumnsSpec = {
  width: 3600,
  height: 2400,
  columns: ORDINATION_LINES.map((line) => line.original),
  area: ORDINATION_AREA,
  fontSize: 220,
  ink: '#2b1a0e',
  background: paperBackground(3600, 2400),
  // The seal is stamped over the date, as on ordinations.
  overlay: sampleSeal({ x: 1020, y: 700, w: 640, h: 640 }),
}

const CREDIT = { vi: 'Ảnh minh họa tạo tự động', en: 'Generated placeholder image' }

const photo = (file: string, spec: ColumnsSpec, alt: { vi: string; en: string }): UploadDef<'media'> => ({
  collection: 'media',
  findBy: 'alt',
  label: file,
  file: async () => uploadFile(file, 'image/jpeg', await columnsPhoto(spec)),
  vi: { alt: alt.vi, credit: CREDIT.vi, license: 'CC0 1.0' },
  en: { alt: alt.en, credit: CREDIT.en },
  english: ['alt', 'credit'],
})

export const INSCRIPTION_PHOTOS = {
  stele: photo('demo-bia-da-minh-hoa.jpg', STELE, {
    vi: 'Ảnh bia đá minh họa vẽ tự động: tám cột chữ Hán mẫu trên nền đá xám, không phải ảnh chụp một tấm bia thật',
    en: 'Generated illustration of a stele: eight columns of sample Hán characters on grey stone, not a photograph of a real stele',
  }),
  ordination: photo('demo-sac-phong-minh-hoa.jpg', ORDINATION, {
    vi: 'Ảnh sắc phong minh họa vẽ tự động: sáu cột chữ Hán mẫu trên giấy vàng, dấu đỏ ghi "mẫu", không phải ảnh chụp một sắc phong thật',
    en: 'Generated illustration of a royal ordination: six columns of sample Hán characters on yellow paper with a red “sample” seal, not a photograph of a real ordination',
  }),
} as const

/** The lines of a drawn text: each with its region on `photoId`, where the layout drew its column. */
const linesOf = (t: Translate, lines: readonly SampleLine[], spec: ColumnsSpec, photoId: number) =>
  columnBoxes(spec).map((box, i) => {
    const line = lines[i] as SampleLine
    return {
      original: line.original,
      reading: line.reading,
      translation: t(line.vi, line.en),
      region: { photo: photoId, ...regionOf(box, spec) },
    }
  })

const notReal = (t: Translate) =>
  illustrative(
    t,
    'Văn bản, niên đại, ảnh và vị trí đều là minh họa do hệ thống tạo, không phải bản phiên âm hay ảnh chụp hiện vật thật; bản dịch tiếng Anh là bản dịch ví dụ.',
    'The text, date, photo and placement are illustrations made by the system, not a transcription or photograph of a real object; the English is an example translation.',
  )

export const inscriptions = ({
  relics,
  photos,
}: {
  relics: { batTrang: number; phuDong: number }
  photos: Record<keyof typeof INSCRIPTION_PHOTOS, number>
}) =>
  entryTable('inscriptions', {
    stele: {
      slug: 'bia-da-minh-hoa-dinh-bat-trang',
      build: (t) => ({
        title: t(
          'Bia đá minh họa (văn bản mẫu, không phải bia thật) ở đình Bát Tràng',
          'Illustrative stele (sample text, not a real stele) at Bát Tràng communal house',
        ),
        summary: t(
          'Văn bia minh họa do hệ thống tạo để trình diễn cách đọc văn bản Hán Nôm theo từng dòng trên ảnh; đây không phải bản phiên âm một tấm bia thật ở đình Bát Tràng.',
          'An illustrative inscription made by the system to show how a Hán-Nôm text is read line by line on its photo; it is not a transcription of a real stele at Bát Tràng communal house.',
        ),
        body: paragraphs(
          t(
            [
              'Tám dòng của văn bia này là câu mẫu viết cho bản trình diễn, theo lối văn bia ghi việc làng sửa đình. Khi có bản phiên âm thật đã được chuyên gia Hán Nôm hiệu đính, cán bộ thay văn bản này và đổi tình trạng phiên âm.',
            ],
            [
              'The eight lines of this stele are sample sentences written for the demo, in the manner of a stele recording a village’s rebuilding of its communal house. When a real transcription reviewed by a Hán-Nôm specialist exists, officers replace this text and change its transcription status.',
            ],
          ),
        ),
        gallery: [photos.stele],
        inscriptionType: 'stele',
        script: 'han-nom',
        transcription: 'illustrative',
        attachedTo: { relationTo: 'relics', value: relics.batTrang },
        placement: t(
          'Vị trí minh họa: nhà bia trước sân đình',
          'Illustrative placement: a stele house before the courtyard',
        ),
        dating: {
          reign: 'Cảnh Hưng',
          reignYear: 44,
          // The date as a stele words it, beyond reign and year (illustrative: 1783 was a Quý Mão year).
          text: t(
            'năm Quý Mão, ngày lành tháng mùa xuân (minh họa)',
            'a Quý Mão year, an auspicious day of a spring month (illustrative)',
          ),
        },
        lines: linesOf(t, STELE_LINES, STELE, photos.stele),
        sources: [notReal(t)],
      }),
    },
    ordination: {
      slug: 'sac-phong-minh-hoa-den-phu-dong',
      build: (t) => ({
        title: t(
          'Sắc phong minh họa (văn bản mẫu, không phải sắc phong thật) ở đền Phù Đổng',
          'Illustrative royal ordination (sample text, not a real one) at Phù Đổng temple',
        ),
        summary: t(
          'Sắc phong minh họa do hệ thống tạo để trình diễn cách xem văn bản Hán Nôm trên giấy; không phải bản phiên âm một đạo sắc phong thật của đền Phù Đổng.',
          'An illustrative royal ordination made by the system to show how a Hán-Nôm document is viewed; it is not a transcription of a real ordination of Phù Đổng temple.',
        ),
        gallery: [photos.ordination],
        inscriptionType: 'royal-ordination',
        script: 'han',
        transcription: 'illustrative',
        attachedTo: { relationTo: 'relics', value: relics.phuDong },
        dating: { reign: 'Khải Định', reignYear: 9 },
        lines: linesOf(t, ORDINATION_LINES, ORDINATION, photos.ordination),
        sources: [notReal(t)],
      }),
    },
  })
