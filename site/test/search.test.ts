import { describe, expect, it } from 'vitest'
import { indexDocument } from '../integrations/pagefind.ts'
import { excerpt, foldQuery, htmlToText, type Segment } from '../src/utils/search.ts'

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text)
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('')

describe('foldQuery', () => {
  it('folds diacritics and đ/Đ, lower-cases and tidies spaces', () => {
    expect(foldQuery('Đình')).toBe('dinh')
    expect(foldQuery('đình')).toBe('dinh')
    expect(foldQuery('  Đền   Phù Đổng ')).toBe('den phu dong')
    expect(foldQuery('Nghệ nhân Ưu tú')).toBe('nghe nhan uu tu')
  })

  it('folds text typed with combining marks (decomposed) like precomposed text', () => {
    expect(foldQuery('Đi\u0300nh')).toBe('dinh')
  })
})

describe('htmlToText', () => {
  it('keeps readable text, joins inline elements, separates blocks and decodes entities', () => {
    const html =
      '<h2>Thông tin</h2><p><a href="/x/">Đình</a> <b>Bát</b> Tràng &amp; Văn Chỉ&#39;s &quot;gốm&quot;</p><script>var x=1</script><style>p{}</style><ul><li>a</li><li>b</li></ul>'
    expect(htmlToText(html)).toBe('Thông tin Đình Bát Tràng & Văn Chỉ\'s "gốm" a b')
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
      'Di tích',
    )
    expect(doc).toBeDefined()
    expect(doc).toContain('<html lang="vi">')
    expect(doc).toContain('<h1>Dinh Bat Trang</h1>')
    expect(doc).toContain('<p>Dinh lang &amp; gom</p>')
    expect(doc).toContain('data-pagefind-meta="title[data-value]" data-value="Đình Bát Tràng"')
    expect(doc).toContain('data-pagefind-meta="text[data-value]" data-value="Đình làng &amp; gốm"')
    expect(doc).toContain('data-pagefind-meta="kind[data-value]" data-value="Di tích"')
    // Header and footer are not part of the page's content.
    expect(doc).not.toContain('footer')
  })

  it('leaves out pages that Base.astro did not mark searchable (QR and GS1 aliases)', () => {
    expect(indexDocument(page('<h1>Đình</h1>', ''), 'Di tích')).toBeUndefined()
  })
})
