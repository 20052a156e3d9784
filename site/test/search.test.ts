import { describe, expect, it } from 'vitest'
import { compactDocument, indexDocument, indexOnlyWords } from '../integrations/pagefind.ts'
import {
  compactDocumentAt,
  compactIndex,
  everyWordFound,
  excerpt,
  FEW_RESULTS,
  foldQuery,
  htmlToText,
  offerOtherLanguage,
  type Segment,
  searchCompact,
  snippet,
  textByLanguage,
} from '../src/utils/search.ts'

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text)
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('')

describe('foldQuery', () => {
  it.each([
    ['Đình', 'dinh'],
    ['đình', 'dinh'],
    ['  Đền   Phù Đổng ', 'den phu dong'],
    ['Nghệ nhân Ưu tú', 'nghe nhan uu tu'],
  ])('folds diacritics and đ/Đ, lower-cases and tidies spaces: %j is %j', (query, folded) => {
    expect(foldQuery(query)).toBe(folded)
  })

  it('folds text typed with combining marks (decomposed) like precomposed text', () => {
    expect(foldQuery('Đi\u0300nh')).toBe('dinh')
  })

  it('keeps Japanese voicing marks, which tell letters apart (バン, パン and ハン are three words)', () => {
    expect(new Set(['バン', 'パン', 'ハン', 'がぱか'].map(foldQuery))).toEqual(
      new Set(['バン', 'パン', 'ハン', 'がぱか']),
    )
    expect(foldQuery('Đình 北宁 도자기 バッチャン')).toBe('dinh 北宁 도자기 バッチャン')
  })
})

describe('htmlToText', () => {
  it('keeps readable text, joins inline elements, separates blocks and decodes entities', () => {
    const html =
      '<h2>Thông tin</h2><p><a href="/x/">Đình</a> <b>Bát</b> Tràng &amp; Văn Chỉ&#39;s &quot;gốm&quot;</p><script>var x=1</script><style>p{}</style><ul><li>a</li><li>b</li></ul>'
    expect(htmlToText(html)).toBe('Thông tin Đình Bát Tràng & Văn Chỉ\'s "gốm" a b')
  })
})

describe('textByLanguage', () => {
  // An English page of an entry whose summary and body have no English yet (i18n/locales.ts `pick`).
  const html =
    '<p class="lead" lang="vi">Ngôi đình của làng gốm.</p><section><h2>Key facts</h2><dl><dt>Rank</dt><dd>National</dd></dl></section>' +
    '<div class="prose" lang="vi"><p>Đình thờ <b>thành hoàng</b>.</p><img src="x.jpg" alt=""><p>Có <span lang="en">Văn Chỉ</span> phía sau.</p></div>' +
    '<p>Sources</p>'

  it('keeps the text in the page language apart from text marked with another language', () => {
    expect(textByLanguage(html, 'en')).toEqual({
      own: 'Key facts Rank National Văn Chỉ Sources',
      other: 'Ngôi đình của làng gốm. Đình thờ thành hoàng. Có phía sau.',
      otherLang: 'vi',
    })
  })

  it('treats a language with a region as that language, and an unmarked page as one language', () => {
    expect(textByLanguage('<p lang="en-GB">Temple</p><p>Gate</p>', 'en')).toEqual({ own: 'Temple Gate', other: '' })
    expect(textByLanguage(html).own).toBe(htmlToText(html))
    expect(textByLanguage(html).other).toBe('')
  })

  it('leaves out what Pagefind leaves out of the index (data-pagefind-ignore), nested elements included', () => {
    const page =
      '<p>Stops</p><div data-pagefind-ignore><p>Load the <b>map</b></p><br><p>Tap it</p></div><ol><li>Đình</li></ol>'
    expect(textByLanguage(page, 'en').own).toBe('Stops Đình')
  })
})

describe('everyWordFound', () => {
  it('accepts words that begin a word of the text, with or without diacritics', () => {
    expect(everyWordFound(['Dinh Bat Trang, gom'], 'dinh')).toBe(true)
    expect(everyWordFound(['Đình Bát Tràng'], 'Đình bát')).toBe(true)
    expect(everyWordFound(['pottery village'], 'pot')).toBe(true)
  })

  it('accepts a word that shares at least half of its beginning with one, as an English stem does', () => {
    expect(everyWordFound(['The temple of Saint Gióng'], 'temples')).toBe(true)
    expect(everyWordFound(['a pottery village'], 'potteries')).toBe(true)
    expect(everyWordFound(['Hop tac xa co-op'], 'coop')).toBe(true)
    expect(everyWordFound(['Lacquer carving workshop'], 'carved')).toBe(true)
    expect(everyWordFound(['Des statues sculptées'], 'sculpte')).toBe(true)
    expect(everyWordFound(['Экскурсия по храмам'], 'храмов')).toBe(true)
  })

  it('refuses what Pagefind finds only through a short word the query word begins with', () => {
    // Pagefind answers "xyzzyq" with every page holding the word "x" ("20 x 30 cm").
    expect(everyWordFound(['Tranh sơn mài, kích thước 20 x 30 cm'], 'xyzzyq')).toBe(false)
    expect(everyWordFound(['Chùa Bà Tấm'], 'batrang')).toBe(false)
    // Two codes that only begin alike are different words, not a stem and its ending.
    expect(everyWordFound(['Đình Gửi Duyệt mxbfqemp'], 'mxbfrkk4')).toBe(false)
    // Nor when they share more than half: codes made 45 s apart (CI listed one for the other).
    expect(everyWordFound(['Đình Gửi Duyệt mxclvabc'], 'mxclvypr')).toBe(false)
    // Vietnamese syllables that begin alike are different words: "thành" does not find "tháng".
    expect(everyWordFound(['Lễ hội tháng Giêng'], 'thanh')).toBe(false)
    expect(everyWordFound(['Ngày hội làng'], 'nga')).toBe(true)
    expect(everyWordFound(['Chùa Nga'], 'ngay')).toBe(false)
    // Every word must be found, in one of the texts.
    expect(everyWordFound(['Đình Bát Tràng', 'x'], 'dinh xyzzyq')).toBe(false)
    expect(everyWordFound(['Đình Bát Tràng', 'Văn Chỉ'], 'dinh van')).toBe(true)
  })

  // Chinese and Japanese have no spaces between words: a word is found anywhere in the text, as
  // Pagefind finds it (checked in Chromium against Pagefind 1.6's zh and ja indexes).
  it.each([
    [['北宁省的铜钟'], '铜钟', true],
    [['北宁省的铜钟'], '铜', true],
    [['钵场陶瓷村, 河内附近'], '瓷村', true],
    [['钵场陶瓷村, 河内附近'], '河内 陶瓷', true],
    [['北宁省的铜钟'], '河内', false],
    [['北宁省的铜钟'], '北寧省', false],
    [['バッチャン陶器の村'], '陶器', true],
    [['バッチャン陶器の村'], '陶器の村', true],
    [['バッチャン陶器の村'], 'ハノイ', false],
    [['この寺院は古いです'], 'ばっちゃん', false],
    [['바짝 도자기 마을'], '도자기', true],
    [['바짝 도자기 마을'], '사원', false],
    // The index document of a Korean page carries the endings of its words (indexOnlyWords).
    [['푸동사당 동사당 사당 당'], '사당', true],
    [['扶董祠 位于河内'], '扶董', true],
    [['扶董祠 位于河内'], '祠', true],
    [['扶董の祠、ハノイにある'], 'ハノイ 祠', true],
  ])('in %j, %j found: %j', (texts, query, found) => {
    expect(everyWordFound(texts, query)).toBe(found)
  })
})

describe('offerOtherLanguage', () => {
  it('offers the other language when the page language found few results and the other more', () => {
    expect(offerOtherLanguage(0, 3)).toBe(true)
    expect(offerOtherLanguage(FEW_RESULTS - 1, FEW_RESULTS)).toBe(true)
    expect(offerOtherLanguage(0, 0)).toBe(false)
    expect(offerOtherLanguage(2, 2)).toBe(false)
    expect(offerOtherLanguage(FEW_RESULTS, 50)).toBe(false)
  })
})

describe('snippet', () => {
  const meta = {
    text: 'Key facts Rank National Sources Illustrative demo data',
    other: 'Ngôi đình của làng gốm Bát Tràng',
    otherLang: 'vi',
  }

  it('cuts the passage from the text in the page language when the query is found there', () => {
    const shown = snippet(meta, 'national')
    expect(shown?.lang).toBeUndefined()
    expect(marked(shown?.segments ?? [])).toEqual(['National'])
  })

  it('shows the untranslated text, marked with its language, only when the query is found in it alone', () => {
    const shown = snippet(meta, 'gom')
    expect(shown?.lang).toBe('vi')
    expect(marked(shown?.segments ?? [])).toEqual(['gốm'])
    expect(snippet(meta, 'zzz')?.lang).toBeUndefined()
    expect(snippet({ other: 'Ngôi đình', otherLang: 'vi' }, 'zzz')?.lang).toBe('vi')
    expect(snippet({}, 'zzz')).toBeUndefined()
  })
})

describe('excerpt', () => {
  const text =
    'Làng gốm bên sông Hồng có nhiều nghề. Đình Bát Tràng là nơi thờ thành hoàng làng, phía sau đình là Văn Chỉ.'

  it('highlights the original words that a folded query matches', () => {
    expect(marked(excerpt(text, 'dinh'))).toEqual(['Đình', 'đình'])
    expect(marked(excerpt(text, 'Đình'))).toEqual(['Đình', 'đình'])
    expect(marked(excerpt(text, 'bat trang'))).toEqual(['Bát', 'Tràng'])
  })

  it('matches at the start of words only', () => {
    expect(marked(excerpt('Ngôi đình; sự kiện đinh', 'inh'))).toEqual([])
  })

  it('cuts a long text around the matches and marks the cuts', () => {
    const long = `${'một '.repeat(50)}Đình Bát Tràng ${'hai '.repeat(50)}`.trim()
    const passage = excerpt(long, 'dinh', 10)
    expect(joined(passage).startsWith('… ')).toBe(true)
    expect(joined(passage).endsWith(' …')).toBe(true)
    expect(marked(passage)).toEqual(['Đình'])
    expect(joined(passage).split(' ').length).toBeLessThan(16)
  })

  it('prefers the passage where most of the query words meet', () => {
    const long = `phù hợp ${'x '.repeat(40)}đền Phù Đổng ${'y '.repeat(40)}`.trim()
    expect(marked(excerpt(long, 'den phu dong', 10))).toEqual(['đền', 'Phù', 'Đổng'])
  })

  it('highlights Chinese, Japanese and Korean words inside longer runs', () => {
    expect(marked(excerpt('扶董祠位于河内嘉林县，祭祀扶董天王。', '扶董'))).toEqual(['扶董', '扶董'])
    expect(marked(excerpt('扶董祠位于河内嘉林县', '祠'))).toEqual(['祠'])
    expect(marked(excerpt('ハノイ郊外の扶董祠は', 'ハノイ 祠'))).toEqual(['ハノイ', '祠'])
    expect(marked(excerpt('하노이의 푸동사당은 관음보살을 모신다', '사당 보살'))).toEqual(['사당', '보살'])
  })

  it('cuts a long Chinese text by characters, about twice as many as words, with no spaces at the cuts', () => {
    const long = `${'一'.repeat(100)}扶董祠${'二'.repeat(100)}`
    const passage = excerpt(long, '祠', 10)
    expect(joined(passage)).toBe(`…一一扶董祠${'二'.repeat(15)}…`)
    expect(marked(passage)).toEqual(['祠'])
  })

  it('starts at the beginning when nothing matches', () => {
    const passage = excerpt(text, 'zzz', 5)
    expect(passage[0]?.text.startsWith('Làng gốm')).toBe(true)
    expect(marked(passage)).toEqual([])
  })
})

describe('indexDocument', () => {
  const page = (main: string, attrs = ' data-pagefind-body') =>
    `<!doctype html><html lang="vi"><head><title>Đình Bát Tràng · Di sản số</title></head><body><header>Di sản số</header><main id="main"${attrs}>${main}</main><footer>Dữ liệu mở</footer></body></html>`

  it('indexes folded words and keeps the title and text with their diacritics as metadata', () => {
    const doc = indexDocument(
      page('<p class="kind">Di tích</p><h1 data-pagefind-meta="title">Đình Bát Tràng</h1><p>Đình làng &amp; gốm</p>'),
      { kind: 'Di tích' },
    )
    expect(doc).toBeDefined()
    for (const part of [
      '<html lang="vi">',
      '<h1>Dinh Bat Trang</h1>',
      '<p>Dinh lang &amp; gom</p>',
      'data-pagefind-meta="title[data-value]" data-value="Đình Bát Tràng"',
      'data-pagefind-meta="text[data-value]" data-value="Đình làng &amp; gốm"',
      'data-pagefind-meta="kind[data-value]" data-value="Di tích"',
      'data-pagefind-filter="t:own"',
    ])
      expect(doc).toContain(part)
    // Header and footer are not part of the page's content.
    expect(doc).not.toContain('footer')
  })

  it('keeps the text of an English page that is not translated yet apart from its English text', () => {
    const doc = indexDocument(
      `<html lang="en"><body><main data-pagefind-body><h1 lang="vi">Đình mới</h1><p lang="vi">Ngôi đình</p><p>Key facts</p></main></body></html>`,
      { kind: 'Relic' },
    )
    for (const part of [
      'data-pagefind-meta="title[data-value]" data-value="Đình mới"',
      'data-pagefind-meta="titleLang[data-value]" data-value="vi"',
      'data-pagefind-meta="text[data-value]" data-value="Key facts"',
      'data-pagefind-meta="other[data-value]" data-value="Ngôi đình"',
      'data-pagefind-meta="otherLang[data-value]" data-value="vi"',
    ])
      expect(doc).toContain(part)
    // Both are searchable.
    expect(doc).toContain('<p lang="vi">Ngoi dinh</p>')
  })

  it('leaves out pages that Base.astro did not mark searchable (QR and GS1 aliases)', () => {
    expect(indexDocument(page('<h1>Đình</h1>', ''), { kind: 'Di tích' })).toBeUndefined()
  })

  it('indexes an entry not translated into a language in that language’s index, from its English page, marked', () => {
    const doc = indexDocument(
      `<html lang="en"><body><main data-pagefind-body><p class="kind">Relic</p><h1>Phù Đổng Temple</h1><p class="lead">A temple to <b>Saint Gióng</b>.</p><h2>Key facts</h2><p lang="vi">Đền thờ</p></main></body></html>`,
      { kind: '유적', lang: 'ko', url: '/en/relics/den-phu-dong/' },
    )
    for (const part of [
      '<html lang="ko">',
      'data-pagefind-meta="url[data-value]" data-value="/en/relics/den-phu-dong/"',
      '<h1>Phu Dong Temple</h1>',
      'data-pagefind-meta="title[data-value]" data-value="Phù Đổng Temple"',
      'data-pagefind-meta="titleLang[data-value]" data-value="en"',
      'data-pagefind-meta="kind[data-value]" data-value="유적"',
      'data-pagefind-meta="other[data-value]" data-value="A temple to Saint Gióng."',
      'data-pagefind-meta="otherLang[data-value]" data-value="en"',
      'data-pagefind-filter="t:other"',
    ])
      expect(doc).toContain(part)
    expect(doc).not.toContain('data-pagefind-meta="text[')
    // Only its name and summary, as its card shows it: the rest is in the English index.
    expect(doc).not.toMatch(/Key facts|Relic<|Đền thờ|Den tho/)
  })

  it('adds the endings of Korean words, which Pagefind cuts at spaces only, for the index alone', () => {
    const doc = indexDocument(
      `<html lang="ko"><body><main data-pagefind-body><h1>푸동사당</h1><p>관음보살을 모신 사당</p></main></body></html>`,
      { kind: '유적' },
    )
    const tail = /<p>([^<]*)<\/p><span/.exec(doc ?? '')?.[1]?.split(' ')
    expect(tail).toEqual(expect.arrayContaining(['동사당', '사당', '당', '보살을', '살을', '을', '신']))
    expect(tail).not.toContain('푸동사당')
    // Shown text is the page's own.
    expect(doc).toContain('data-value="관음보살을 모신 사당"')
  })
})

describe('indexOnlyWords', () => {
  it('gives every ending of each Korean run once, and Traditional Chinese single characters', () => {
    expect(indexOnlyWords('푸동사당, 사당', 'ko')).toEqual(['동사당', '사당', '당'])
    // Han in a language cut at spaces (an inscription's characters on a Korean page): from each
    // character of a run, the next few, so that a query from inside the run begins a word.
    expect(indexOnlyWords('Đền 扶董祠', 'ko')).toEqual(['董祠', '祠'])
    expect(indexOnlyWords('扶董祠的銅鐘', 'zh-Hant')).toEqual(['扶', '董', '祠', '的', '銅', '鐘'])
    // The Simplified Chinese and Japanese segmenters index single characters themselves.
    expect(indexOnlyWords('扶董祠的铜钟', 'zh-Hans')).toEqual([])
  })
})

describe('compact index', () => {
  const entry = (lang: string, main: string) =>
    `<!doctype html><html lang="${lang}"><head><meta name="description" content="Mô tả"></head><body><main data-pagefind-body>${main}</main></body></html>`
  const facts = (commune: string) =>
    `<dl class="facts"><dt>Hạng</dt><dd>Quốc gia</dd><dt>Xã / phường</dt><dd>${commune}</dd></dl>`
  const documents = [
    compactDocument(
      entry(
        'vi',
        `<p class="kind">Di tích</p><h1>Đình Bát Tràng</h1>${facts('Xã Bát Tràng, Hà Nội')}<p class="lead">Ngôi đình của làng gốm.</p><p>Thờ thành hoàng.</p>`,
      ),
      { kind: 'Di tích', url: '/di-tich/dinh-bat-trang/' },
    ),
    compactDocument(
      entry('vi', '<h1>Làng gốm Bát Tràng</h1><p class="lead">Làng nghề gốm bên sông Hồng, gần đình làng.</p>'),
      {
        kind: 'Làng nghề',
        url: '/lang-nghe/bat-trang/',
      },
    ),
    compactDocument(entry('vi', '<h1>Chùa Bà Tấm</h1><p class="lead">Chùa cổ ở Dương Xá.</p>'), {
      kind: 'Di tích',
      url: '/di-tich/chua-ba-tam/',
    }),
    compactDocument(entry('vi', '<h1>Lịch lễ hội</h1><p>Các lễ hội sắp tới.</p>'), { kind: '', url: '/lich-le-hoi/' }),
  ].flatMap((d) => (d ? [d] : []))
  const index = compactIndex(documents)
  const titles = (query: string, own = true) => searchCompact(index, query, own).map((r) => r.meta.title)

  it('reads title, summary, kind and commune from the built page, and tables kinds and communes once', () => {
    expect(documents[0]).toEqual({
      url: '/di-tich/dinh-bat-trang/',
      own: true,
      kind: 'Di tích',
      commune: 'Xã Bát Tràng, Hà Nội',
      title: 'Đình Bát Tràng',
      titleLang: '',
      summary: 'Ngôi đình của làng gốm.',
      summaryLang: '',
      text: '',
    })
    // A page without a lead paragraph is summarised by its description.
    expect(documents[3]?.summary).toBe('Mô tả')
    expect(index.kinds).toEqual(['Di tích', 'Làng nghề'])
    expect(index.kind).toEqual([1, 2, 1, 0])
    expect(index.communes).toEqual(['Xã Bát Tràng, Hà Nội'])
    // Addresses by folder and slug, each folder once; read back whole.
    expect(index.folders).toEqual(['/di-tich/', '/lang-nghe/', '/'])
    expect(index.slug).toEqual(['dinh-bat-trang', 'bat-trang', 'chua-ba-tam', 'lich-le-hoi'])
    expect(documents.map((_, at) => compactDocumentAt(index, at))).toEqual(documents)
  })

  it('finds with or without diacritics and đ, a title match first, every word required', () => {
    expect(titles('dinh')).toEqual(['Đình Bát Tràng', 'Làng gốm Bát Tràng'])
    expect(titles('Đình')).toEqual(titles('dinh'))
    expect(titles('gom bat')).toEqual(['Làng gốm Bát Tràng', 'Đình Bát Tràng'])
    expect(titles('ba tam')).toEqual(['Chùa Bà Tấm'])
    // By commune and kind too; by the beginning of a word, not its middle.
    expect(titles('ha noi')).toEqual(['Đình Bát Tràng'])
    expect(titles('lang nghe')).toEqual(['Làng gốm Bát Tràng'])
    expect(titles('rang')).toEqual([])
    expect(titles('dinh xyzzyq')).toEqual([])
    expect(titles('')).toEqual([])
  })

  it('keeps the untranslated entries of an index apart, with their language, for the page to list after', () => {
    const english = compactDocument(
      `<html lang="en"><body><main data-pagefind-body><h1>Phù Đổng Temple</h1><p class="lead">A temple to <b>Saint Gióng</b>.</p></main></body></html>`,
      { kind: '유적', lang: 'ko', url: '/en/relics/den-phu-dong/' },
    )
    const korean = compactDocument(
      `<html lang="ko"><body><main data-pagefind-body><h1>푸동사당</h1><p class="lead">관음보살을 모신 사당</p></main></body></html>`,
      { kind: '유적', url: '/ko/relics/den-phu-dong/' },
    )
    const ko = compactIndex([english, korean].flatMap((d) => (d ? [d] : [])))
    expect(searchCompact(ko, 'temple', true)).toEqual([])
    const [found] = searchCompact(ko, 'temple', false)
    expect(found?.meta).toEqual({
      url: '/en/relics/den-phu-dong/',
      title: 'Phù Đổng Temple',
      titleLang: 'en',
      kind: '유적',
      text: '',
      other: 'A temple to Saint Gióng.',
      otherLang: 'en',
    })
    // Korean, Chinese and Japanese words are found inside longer runs.
    expect(searchCompact(ko, '사당', true).map((r) => r.meta.title)).toEqual(['푸동사당'])
    expect(searchCompact(ko, '보살', true).map((r) => r.meta.title)).toEqual(['푸동사당'])
  })
})
