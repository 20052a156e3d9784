import type { ChildProcess } from 'node:child_process'
import { mkdtemp, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GTIN, languageBuild } from './language-build'
import { request, serveRoot, stopServe } from './serve'

/**
 * serve.ts on a hand-made build: an unprefixed QR path opens in the phone's language when the
 * build has that page, read from the build itself (prefixed copies, or the page's hreflang links).
 */

let work: string
let base: string
let server: ChildProcess

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-serve-language-'))
  const root = path.join(work, 'root')
  await languageBuild(path.join(root, 'builds', 'a'))
  await symlink(path.join('builds', 'a'), path.join(root, 'current'))
  ;({ server, base } = await serveRoot(root))
})

afterAll(() => stopServe(server, work))

const get = (urlPath: string, acceptLanguage?: string) =>
  request(base, urlPath, acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage })

describe('QR landing pages served in the visitor’s language', () => {
  it('send a Korean phone to the Korean page, uncached by shared caches', async () => {
    const answer = await get('/p/AAA/', 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')
    expect(answer.status).toBe(302)
    expect(answer.headers.location).toBe('/ko/p/AAA/')
    expect(answer.headers.vary).toBe('Accept-Language')
    expect(answer.headers['cache-control']).toBe('private, no-cache')
    // As printed on the plaque, without the final slash: straight to the Korean page.
    expect((await get('/p/AAA', 'ko-KR')).headers.location).toBe('/ko/p/AAA/')
    expect((await get('/p/CCC', 'ko-KR')).headers.location).toBe('/p/CCC/')
    const landed = await get('/ko/p/AAA/', 'ko-KR')
    expect(landed.status).toBe(200)
    expect(landed.headers.vary ?? '').not.toContain('Accept-Language')
  })

  it('fall to the next preference, then English, then Vietnamese', async () => {
    expect((await get('/p/BBB/', 'ko-KR,ko;q=0.9')).headers.location).toBe('/en/p/BBB/')
    const vi = await get('/p/CCC/', 'ko-KR,ko;q=0.9')
    expect(vi.status).toBe(200)
    expect(vi.text).toContain('<title>/p/CCC/</title>')
    expect(vi.headers.vary).toContain('Accept-Language')
    expect((await get('/p/AAA/', 'de-DE,de;q=0.9')).headers.location).toBe('/en/p/AAA/')
  })

  it('keep Vietnamese phones, phones without the header, and a chosen ?lang=vi on the page', async () => {
    for (const [header, query] of [
      ['vi-VN,vi;q=0.9,en;q=0.8', ''],
      [undefined, ''],
      ['ko-KR', '?lang=vi'],
    ] as const) {
      const answer = await get(`/p/AAA/${query}`, header)
      expect(answer.status, `${header} ${query}`).toBe(200)
      expect(answer.text).toContain('<title>/p/AAA/</title>')
    }
  })

  it('tell the Chinese scripts apart, and keep the query', async () => {
    expect((await get('/t/TTT/', 'zh-TW,zh;q=0.9')).headers.location).toBe('/zh-hant/t/TTT/')
    expect((await get('/t/TTT/?utm_source=label', 'zh-CN,zh;q=0.9')).headers.location).toBe(
      '/zh-hans/t/TTT/?utm_source=label',
    )
    expect((await get('/t/TTT/?lang=zh-Hant', 'ko')).headers.location).toBe('/zh-hant/t/TTT/')
  })

  it('follow a GS1 link’s hreflang alternates to pages that exist', async () => {
    expect((await get(`/01/${GTIN}/`, 'en-GB')).headers.location).toBe('/en/ocop-products/tea/')
    // The Korean alternate is not in the build: English, the fallback.
    expect((await get(`/01/${GTIN}/`, 'ko-KR')).headers.location).toBe('/en/ocop-products/tea/')
  })

  it('leave other paths alone', async () => {
    expect((await get('/en/p/AAA/', 'ko-KR')).status).toBe(200)
    expect((await get('/p/ZZZ/', 'ko-KR')).status).toBe(404)
  })
})
