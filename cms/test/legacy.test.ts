/**
 * Legacy Vietnamese encodings (TCVN3 / VNI-Windows) read as cp1252 mojibake: detection, conversion,
 * and the false positives detection must not produce. Pure and fast: no Payload, no database.
 */
import { describe, expect, it } from 'vitest'
import { detectColumnLegacy, detectLegacy, fromLegacy, toLegacy } from '../src/import/legacy'
import type { LegacyEncoding } from '../src/import/legacyTables'

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni']
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] // none, sắc, huyền, hỏi, ngã, nặng
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const withTone = (vowel: string, tone: string) => (vowel + tone).normalize('NFC')

/** Every vowel with every tone, in syllables "đ…n", one phrase per tone, in three casings. */
const GENERATED: string[] = TONES.flatMap((tone) => {
  const phrase = VOWELS.map((v) => `đ${withTone(v, tone)}n`).join(' ')
  const title = phrase
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
  return [phrase, phrase.toUpperCase(), title]
})

/** Words and names as culture offices write them. */
const WORDS = [
  'Việt Nam',
  'Hà Nội',
  'Di tích lịch sử',
  'Xã Bát Tràng',
  'Quốc gia đặc biệt',
  'Nguyễn',
  'ướp',
  'Đình',
  'CHÙA Ỷ LA',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Đình làng Đình Bảng',
  'ĐÌNH LÀNG ĐÌNH BẢNG',
  'Chùa Một Cột, Hà Nội',
  'Lễ hội Gióng ở đền Phù Đổng và đền Sóc',
  'Nghề làm gốm Bát Tràng',
  'Khuê Văn Các, Văn Miếu - Quốc Tử Giám',
  'thuở xưa, khuỷu tay, nguyệt, quyển, giường, khuya',
  'Thừa Thiên Huế',
  'Bà Rịa – Vũng Tàu',
  'Quyết định số 1288/QĐ-BVHTT ngày 16/11/1988',
  'Ngô Quyền, Lý Thường Kiệt, Trần Hưng Đạo',
  'ỨNG HÒA, ỶN, ĐƯỜNG',
]

describe('fromLegacy on mojibake from the reference tables', () => {
  // Typed from UniKey's TCVN3 table (fcitx5-unikey unikey/data.cpp), byte by byte; not from toLegacy.
  const TCVN3: [string, string][] = [
    ['¸µ¶·¹', 'áàảãạ'],
    ['¨¾»¼½Æ', 'ăắằẳẵặ'],
    ['©ÊÇÈÉË', 'âấầẩẫậ'],
    ['ÐÌÎÏÑ', 'éèẻẽẹ'],
    ['ªÕÒÓÔÖ', 'êếềểễệ'],
    ['Ý×ØÜÞ', 'íìỉĩị'],
    ['ãßáâä', 'óòỏõọ'],
    ['«èåæçé', 'ôốồổỗộ'],
    ['¬íêëìî', 'ơớờởỡợ'],
    ['óïñòô', 'úùủũụ'],
    ['\u00adøõö÷ù', 'ưứừửữự'],
    ['ýúûüþ', 'ýỳỷỹỵ'],
    ['¡¢£¤¥¦§', 'ĂÂÊÔƠƯĐ'],
    ['®', 'đ'],
    ['§×nh', 'Đình'],
    ['ViÖt Nam', 'Việt Nam'],
    ['Hµ Néi', 'Hà Nội'],
    ['Di tÝch lÞch sö', 'Di tích lịch sử'],
    ['X· B¸t Trµng', 'Xã Bát Tràng'],
    ['Quèc gia ®Æc biÖt', 'Quốc gia đặc biệt'],
    ['NguyÔn', 'Nguyễn'],
    ['\u00adíp', 'ướp'],
    ['û', 'ỷ'],
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ]
  // Typed from UniKey's VNI-WIN table (same file) and duydev/vietnamese-conversion's README example.
  const VNI: [string, string][] = [
    ['aù aø aû aõ aï', 'á à ả ã ạ'],
    ['aâ aá aà aå aã aä', 'â ấ ầ ẩ ẫ ậ'],
    ['aê aé aè aú aü aë', 'ă ắ ằ ẳ ẵ ặ'],
    ['eù eø eû eõ eï eâ eá eà eå eã eä', 'é è ẻ ẽ ẹ ê ế ề ể ễ ệ'],
    ['í ì æ ó ò', 'í ì ỉ ĩ ị'],
    ['oâ oá oà oå oã oä', 'ô ố ồ ổ ỗ ộ'],
    ['ô ôù ôø ôû ôõ ôï', 'ơ ớ ờ ở ỡ ợ'],
    ['uù uø uû uõ uï', 'ú ù ủ ũ ụ'],
    ['ö öù öø öû öõ öï', 'ư ứ ừ ử ữ ự'],
    ['yù yø yû yõ î', 'ý ỳ ỷ ỹ ỵ'],
    ['AÙ AØ AÛ AÕ AÏ AÂ AÁ AÀ AÅ AÃ AÄ AÊ AÉ AÈ AÚ AÜ AË', 'Á À Ả Ã Ạ Â Ấ Ầ Ẩ Ẫ Ậ Ă Ắ Ằ Ẳ Ẵ Ặ'],
    ['Í Ì Æ Ó Ò Ô ÔÙ Ö ÖÏ Î YÛ', 'Í Ì Ỉ Ĩ Ị Ơ Ớ Ư Ự Ỵ Ỷ'],
    ['ñ Ñ', 'đ Đ'],
    ['Ñình', 'Đình'],
    ['Vieät Nam', 'Việt Nam'],
    ['Haø Noäi', 'Hà Nội'],
    ['Di tích lòch söû', 'Di tích lịch sử'],
    ['Xaõ Baùt Traøng', 'Xã Bát Tràng'],
    ['Quoác gia ñaëc bieät', 'Quốc gia đặc biệt'],
    ['Nguyeãn', 'Nguyễn'],
    ['öôùp', 'ướp'],
    ['YÛ', 'Ỷ'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
  ]

  it.each(TCVN3)('TCVN3 %s → %s', (legacy, unicode) => {
    expect(fromLegacy(legacy, 'tcvn3')).toBe(unicode)
  })
  it.each(VNI)('VNI %s → %s', (legacy, unicode) => {
    expect(fromLegacy(legacy, 'vni')).toBe(unicode)
  })
  it('toLegacy writes the same bytes as the reference tables', () => {
    for (const [legacy, unicode] of TCVN3) expect(toLegacy(unicode, 'tcvn3')).toBe(legacy)
    for (const [legacy, unicode] of VNI) expect(toLegacy(unicode, 'vni')).toBe(legacy)
  })
  it('detects the multi-letter reference strings as their encoding', () => {
    for (const [legacy] of TCVN3.slice(14)) if (legacy !== 'û') expect(detectLegacy(legacy), legacy).toBe('tcvn3')
    for (const [legacy] of VNI.slice(13)) if (legacy !== 'YÛ') expect(detectLegacy(legacy), legacy).toBe('vni')
  })
})

describe('round trips toLegacy → detectLegacy → fromLegacy', () => {
  for (const encoding of ENCODINGS) {
    it.each([...GENERATED, ...WORDS])(`${encoding}: %s`, (text) => {
      const legacy = toLegacy(text, encoding)
      expect(legacy).not.toBe(text)
      expect(detectLegacy(legacy)).toBe(encoding)
      expect(fromLegacy(legacy, encoding)).toBe(text)
    })

    it(`${encoding}: every Vietnamese letter, both cases, converts back`, () => {
      for (const vowel of [...VOWELS, 'đ']) {
        for (const tone of vowel === 'đ' ? [''] : TONES) {
          const lower = withTone(vowel, tone)
          const upper = lower.toUpperCase()
          expect(fromLegacy(toLegacy(lower, encoding), encoding)).toBe(lower)
          // TCVN3 writes a capital toned letter with the lower-case byte: the case comes from the word.
          expect(fromLegacy(toLegacy(`T${upper}N`, encoding), encoding)).toBe(`T${upper}N`)
          expect(fromLegacy(toLegacy(`t${lower}n`, encoding), encoding)).toBe(`t${lower}n`)
          if (encoding === 'vni') expect(fromLegacy(toLegacy(upper, encoding), encoding)).toBe(upper)
        }
      }
    })

    it(`${encoding}: NFD input gives the same fixture, output is NFC`, () => {
      const nfd = 'Lễ hội Gióng ở đền Phù Đổng'.normalize('NFD')
      const legacy = toLegacy(nfd, encoding)
      expect(legacy).toBe(toLegacy(nfd.normalize('NFC'), encoding))
      expect(fromLegacy(legacy, encoding)).toBe(nfd.normalize('NFC'))
    })
  }

  it('TCVN3 lone capital toned vowel cannot keep its case (documented limitation)', () => {
    expect(toLegacy('Ỷ', 'tcvn3')).toBe(toLegacy('ỷ', 'tcvn3'))
    expect(fromLegacy(toLegacy('Ấp Bắc', 'tcvn3'), 'tcvn3')).toBe('ấp Bắc')
    expect(fromLegacy(toLegacy('Ỷ LA', 'tcvn3'), 'tcvn3')).toBe('Ỷ LA')
  })
})

describe('bytes 0x80–0x9F in both readings', () => {
  it('cp1252 characters and Latin-1 C1 controls are the same bytes, kept as Western punctuation', () => {
    const cp1252 = '“Hµ Néi” – ®Þa danh…'
    const latin1 = '\u0093Hµ Néi\u0094 \u0096 ®Þa danh\u0085'
    for (const text of [cp1252, latin1]) {
      expect(detectLegacy(text)).toBe('tcvn3')
      expect(fromLegacy(text, 'tcvn3')).toBe('“Hà Nội” – địa danh…')
    }
    expect(fromLegacy('\u0093Haø Noäi\u0094', 'vni')).toBe('“Hà Nội”')
    expect(detectLegacy('\u0093Haø Noäi\u0094')).toBe('vni')
    expect(fromLegacy('Ž ž Ÿ € \u008e\u009e\u009f', 'tcvn3')).toBe('Ž ž Ÿ € ŽžŸ')
  })
  it('leaves characters that are no byte untouched', () => {
    expect(fromLegacy('Hµ Néi 😀 ộ', 'tcvn3')).toBe('Hà Nội 😀 ộ')
  })
})

describe('detectLegacy does not fire on ordinary text', () => {
  const UNICODE_VIETNAMESE = [
    'Hà Nội',
    'Việt Nam',
    'Đình làng Đình Bảng',
    'Di tích lịch sử - văn hóa cấp Quốc gia đặc biệt',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Nguyễn Thị Minh Khai',
    'ướp',
    'Ỷ Lan',
    'Lý Bôn',
    'Tây Ninh',
    'Cà Mau',
    'Bà Chúa',
    'Tú Bà',
    'Trà Vinh',
    'LÝ BÔN',
    'tôi',
    'Lê Lợi',
  ]
  const OTHER = [
    '',
    'Temple of Literature',
    'The communal house was rebuilt in 1998.',
    'It’s a “test” — ok',
    '12345',
    '1.234,56',
    '12/03/1998',
    '1998-03-12',
    '16.11.1988',
    '1288/QĐ-BVHTT',
    'Số 2307/QĐ-TTg',
    '1288/QD-BVHTT',
    'https://dsvh.gov.vn/di-tich?id=12&lang=vi',
    'so.vhttdl@hanoi.gov.vn',
    '21.0285, 105.8542',
    'café',
    'Ü',
    'naïve',
    'Zürich',
    'São Paulo',
    'São Tomé',
    'Crème brûlée',
    'Déjà vu',
    'Ñandú',
    'José Martí',
    'Björk',
    'Ångström',
    'Françoise',
    'Müller',
    'Straße',
    'où',
    'Où est-il ?',
    'aún',
    'Loïc',
    'né',
    'Noël',
    'Ærø',
    'µm',
    '5 µm',
    '© 2020',
    '® Heritage',
    '§ 3',
    '25°C',
    '½ kg',
    '« Bonjour »',
    '±5%',
    'Ž ž Ÿ',
  ]
  it.each(UNICODE_VIETNAMESE)('Unicode Vietnamese NFC: %s', (text) => {
    expect(detectLegacy(text)).toBeNull()
  })
  it.each(UNICODE_VIETNAMESE)('Unicode Vietnamese NFD: %s', (text) => {
    expect(detectLegacy(text.normalize('NFD'))).toBeNull()
  })
  it.each(OTHER)('other text: %s', (text) => {
    expect(detectLegacy(text)).toBeNull()
  })
  it('weak signs alone (no symbol byte, odd case, Vietnamese-only cluster) need three words', () => {
    expect(detectLegacy('où, aún')).toBeNull()
    expect(detectLegacy('Mä Mö')).toBeNull()
  })
  it('words that are no Vietnamese in that encoding outweigh the ones that are', () => {
    expect(detectLegacy('Hµ Néi, Zürich, Genève, Köln, Montréal')).toBeNull()
  })
  it('syllables Vietnamese never writes (huyền, hỏi, ngã or no tone before c/ch/p/t) count against', () => {
    expect(detectLegacy('Hµt, Hµp, H·c')).toBeNull()
  })
  it('a single weak letter is not enough', () => {
    expect(detectLegacy(toLegacy('ỷ', 'tcvn3'))).toBeNull()
    expect(detectLegacy(toLegacy('Ỷ', 'vni'))).toBeNull()
  })
})

describe('detectColumnLegacy', () => {
  const tcvn3 = (texts: string[]) => texts.map((t) => toLegacy(t, 'tcvn3'))
  const vni = (texts: string[]) => texts.map((t) => toLegacy(t, 'vni'))
  const names = ['Chùa Một Cột', 'Đình Đông Ngạc', 'Chùa Bút Tháp', 'Văn Miếu', 'Đền Hùng', 'Làng gốm Bát Tràng']

  it('finds the encoding of a legacy column', () => {
    expect(detectColumnLegacy(tcvn3(names))).toBe('tcvn3')
    expect(detectColumnLegacy(vni(names))).toBe('vni')
  })
  it('tolerates numbers, blanks and a few Unicode cells among many legacy ones', () => {
    expect(detectColumnLegacy([...tcvn3(names), '', '1998', 'Hà Nội'])).toBe('tcvn3')
    expect(detectColumnLegacy([...vni(names), 'N/A', 'Hồ Gươm', '2001-01-01'])).toBe('vni')
  })
  it('counts short cells once one cell of the column is sure', () => {
    // "Mét" and "Cét" are Vietnamese as they stand, so this cell alone is too weak to call.
    expect(detectLegacy('Chïa Mét Cét')).toBeNull()
    expect(detectColumnLegacy(['Chïa Mét Cét', 'Chïa Tr­êng', 'Hµ Néi'])).toBe('tcvn3')
    const short = tcvn3(['đi', 'ăn', 'ỷ'])
    expect(short.map(detectLegacy)).toEqual([null, null, null])
    expect(detectColumnLegacy(short)).toBeNull()
    expect(detectColumnLegacy([...short, toLegacy('Đình', 'tcvn3')])).toBe('tcvn3')
  })
  it('says null when legacy cells do not clearly outnumber Unicode Vietnamese ones', () => {
    expect(detectColumnLegacy([toLegacy('Việt Nam', 'tcvn3'), 'Hà Nội', 'Huế'])).toBeNull()
    expect(detectColumnLegacy([...tcvn3(names.slice(0, 2)), 'Hà Nội', 'Huế', 'Đà Nẵng'])).toBeNull()
    expect(detectColumnLegacy([...tcvn3(names.slice(0, 2)), ...vni(names.slice(0, 2))])).toBeNull()
  })
  it('says null for ordinary columns', () => {
    expect(detectColumnLegacy([])).toBeNull()
    expect(detectColumnLegacy(names)).toBeNull()
    expect(detectColumnLegacy(names.map((n) => n.normalize('NFD')))).toBeNull()
    expect(detectColumnLegacy(['café', 'Zürich', 'São Paulo', 'naïve', 'Ü', 'où'])).toBeNull()
    expect(detectColumnLegacy(['1', '2', '12/03/1998', 'a@b.vn', '1288/QĐ-BVHTT'])).toBeNull()
  })
})
