/**
 * A GS1 lot may hold any of the 82 characters GS1 allows (`%`, `"`, `<`, `>`, `/`, `?`, `&`…).
 * Every one of them, end to end: a batch with that lot in the snapshot → a real publish (Astro
 * build, the folder move of integrations/gs1-folders.ts) → the link the label prints
 * (the contract's `checkDigitalLink`, as media-tools prints it) requested from serve.ts → the page of that very lot. A lot written
 * `%2F` is its own lot, never the one with a `/`. Issue 15, items 1 and 6; also the hreflang of
 * the QR alias pages (they name the canonical pages, not other aliases).
 */
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
// What the label sheets print (the site itself only needs the path, through the snapshot contract).
import { checkDigitalLink, GS1_CHARSET_82, gtinCheckDigit } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { gs1BatchPath } from '../src/routing.ts'
import { publish } from '../tools/publish.ts'
import { createSiteServer } from '../tools/serve.ts'
import { request } from './serve'

const SITE_URL = 'https://disan.example.vn'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** One lot per character of the set (`L<c>9`: a lot may not begin with `/` or `.`), and the traps. */
const LOTS = [...[...GS1_CHARSET_82].map((c) => `L${c}9`), 'SECP%', 'A/B', 'A%2FB', 'A', `!"%&'()*+,-./:;<=>?`, 'x%41']

let work: string
let root: string
let snapshot: string
let gtin: string
let server: http.Server
let base: string

/** A raw request, as a phone sends the printed link: nothing normalised on the way. */
const get = (urlPath: string) =>
  new Promise<{ status: number; body: string; location?: string }>((resolve, reject) => {
    http
      .get(`${base}/`, { path: urlPath }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }))
      })
      .on('error', reject)
  })

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const lotShown = (html: string) => unescapeHtml(/<span data-lot[^>]*>([^<]*)<\/span>/.exec(html)?.[1] ?? '(no lot)')
const hreflang = (html: string, lang: string) =>
  new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)?.[1]

function writeManifest(mutate: (entries: { kind: string; id: string; file: string; hash: string }[]) => void) {
  const file = path.join(snapshot, 'manifest.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  mutate(manifest.entries)
  manifest.contentHash = sha256(JSON.stringify(manifest.entries))
  writeFileSync(file, JSON.stringify(manifest, null, 1))
}

function writeEntry(file: string, entry: unknown): string {
  const json = `${JSON.stringify(entry, null, 1)}\n`
  writeFileSync(path.join(snapshot, file), json)
  return sha256(json)
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-lots-'))
  root = path.join(work, 'root')
  snapshot = path.join(work, 'snapshot')
  cpSync(inject('snapshotDir'), snapshot, { recursive: true })
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
  const read = (file: string) => JSON.parse(readFileSync(path.join(snapshot, file), 'utf8'))
  const template = manifest.entries
    .filter((e: { kind: string }) => e.kind === 'batches')
    .map((e: { file: string }) => ({ item: e, batch: read(e.file) }))
    .find(({ batch }: { batch: { product: { id: string } } }) => {
      const product = manifest.entries.find(
        (e: { kind: string; id: string }) => e.kind === 'ocop-products' && e.id === batch.product.id,
      )
      return product && read(product.file).gtin
    })
  if (!template) throw new Error('the demo snapshot has no batch of a product with a GTIN')
  gtin = read(
    manifest.entries.find(
      (e: { kind: string; id: string }) => e.kind === 'ocop-products' && e.id === template.batch.product.id,
    ).file,
  ).gtin
  writeManifest((entries) => {
    LOTS.forEach((lot, i) => {
      const id = `lot-test-${i}`
      const file = `entries/batches/${id}.json`
      const hash = writeEntry(file, { ...template.batch, id, code: `ZZLOT${String(i).padStart(3, '0')}`, lotCode: lot })
      entries.push({ kind: 'batches', id, file, hash })
    })
  })
  await publish({ snapshot, root, siteUrl: SITE_URL, incremental: false })
  server = createSiteServer({ root, log: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 600_000)

afterAll(async () => {
  server?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('GS1 lot links, every character GS1 allows', () => {
  it.each(LOTS)('the printed link of lot %s opens that lot’s page', async (lot) => {
    const link = checkDigitalLink({ baseUrl: SITE_URL, gtin, batch: lot })
    if (!link.ok) throw new Error(link.problem.message.en)
    const printed = new URL(link.value)
    // The site links the same address the label prints (one helper), with its trailing slash.
    expect(gs1BatchPath(gtin, lot)).toBe(`${printed.pathname}/`)
    const page = await get(`${printed.pathname}/`)
    expect(page.status).toBe(200)
    expect(lotShown(page.body)).toBe(lot)
    // As printed, without the slash: one redirect to the same, still encoded, address.
    const bare = await get(printed.pathname)
    expect(bare.status).toBe(301)
    expect(bare.location).toBe(`${printed.pathname}/`)
  })

  it('a lot written %2F is its own lot: neither serves the other', async () => {
    expect(lotShown((await get(`/01/${gtin}/10/A%252FB/`)).body)).toBe('A%2FB')
    expect(lotShown((await get(`/01/${gtin}/10/A%2FB/`)).body)).toBe('A/B')
    expect(lotShown((await get(`/01/${gtin}/10/A/`)).body)).toBe('A')
    expect(lotShown((await get(`/01/${gtin}/10/x%2541/`)).body)).toBe('x%41')
    // Decoded once only: `%2541` is `%41`, never `A`. Lot `xA` is unknown: the product answers
    // (a GS1-Conformant resolver walks up the tree), never the page of lot `x%41`.
    const xA = await get(`/01/${gtin}/10/x%41/`)
    expect(xA.status).toBe(307)
    expect(xA.location).toBe(`/01/${gtin}/`)
  })

  it('a partial publish keeps the pages of unchanged lots where they are served', async () => {
    // A relic far from the product: every lot page is kept from the live build, found by the
    // file each path is served from (were it looked for under the encoded name, the publish
    // would find pages missing and fall back to a full build).
    const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    const item = manifest.entries.find((e: { kind: string }) => e.kind === 'relics')
    const relic = JSON.parse(readFileSync(path.join(snapshot, item.file), 'utf8'))
    const hash = writeEntry(item.file, { ...relic, summary: { vi: 'Tóm tắt mới 4242' } })
    writeManifest((entries) => {
      for (const e of entries) if (e.file === item.file) e.hash = hash
    })
    const result = await publish({ snapshot, root, siteUrl: SITE_URL })
    expect(result.mode).toBe('incremental')
    expect(result.rendered).toBeLessThan(result.pages - LOTS.length)
    for (const lot of LOTS) {
      const page = await get(gs1BatchPath(gtin, lot))
      expect(page.status, lot).toBe(200)
      expect(lotShown(page.body)).toBe(lot)
    }
    expect((await get(`/di-tich/${relic.slug}/`)).body).toContain('Tóm tắt mới 4242')
  })
})

describe('QR alias pages', () => {
  it('name the canonical pages in hreflang, not other aliases', async () => {
    const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    const relicItem = manifest.entries.find((e: { kind: string }) => e.kind === 'relics')
    const relic = JSON.parse(readFileSync(path.join(snapshot, relicItem.file), 'utf8'))
    for (const alias of [`/p/${relic.code}/`, `/en/p/${relic.code}/`]) {
      const html = (await get(alias)).body
      expect(hreflang(html, 'vi')).toBe(`${SITE_URL}/di-tich/${relic.slug}/`)
      expect(hreflang(html, 'en')).toBe(`${SITE_URL}/en/relics/${relic.slug}/`)
      expect(hreflang(html, 'x-default')).toBe(`${SITE_URL}/di-tich/${relic.slug}/`)
    }
    const html = (await get(gs1BatchPath(gtin, 'A/B'))).body
    expect(hreflang(html, 'vi')).toBe(`${SITE_URL}/t/ZZLOT${String(LOTS.indexOf('A/B')).padStart(3, '0')}/`)
    expect(hreflang(html, 'en')).toBe(`${SITE_URL}/en/t/ZZLOT${String(LOTS.indexOf('A/B')).padStart(3, '0')}/`)
  })
})

/** A raw request with its headers, any method (test/serve.ts). */
const ask = async (urlPath: string, headers: Record<string, string> = {}, method = 'GET') => {
  const answer = await request(base, urlPath, headers, method)
  return { ...answer, body: answer.text }
}

type LinkObject = { href: string; title: string; type?: string; hreflang?: string[] }
type Entry = Record<string, string | LinkObject[]>
const VOC = 'https://ref.gs1.org/voc/'

/** The rules of GS1's linkset JSON schema (gs1/linkset gs1-linkset-schema.json), checked by hand. */
function expectGs1Linkset(json: unknown) {
  const { linkset, ...rest } = json as { linkset: Entry[] }
  expect(Object.keys(rest)).toEqual([])
  expect(Array.isArray(linkset)).toBe(true)
  for (const entry of linkset) {
    expect(entry.anchor).toMatch(/^https?:\/\/[a-zA-Z0-9./]+/)
    expect(typeof entry.itemDescription).toBe('string')
    for (const [key, links] of Object.entries(entry)) {
      if (key === 'anchor' || key === 'itemDescription') continue
      expect(key).toMatch(/^([a-z-]+$)|(^https?:\/\/[a-zA-Z0-9./]+$)/)
      for (const link of links as LinkObject[]) {
        expect(
          Object.keys(link).every((k) => ['href', 'title', 'hreflang', 'type'].includes(k)),
          key,
        ).toBe(true)
        expect(link.href).toMatch(/^https?:\/\/[a-zA-Z0-9./]+/)
        expect(typeof link.title).toBe('string')
        for (const lang of link.hreflang ?? []) expect(lang).toMatch(/(^\w{2}$)|(^\w{2}-\w{2}$)/)
      }
    }
  }
}

/** A path of this site from one of its absolute links (the fragment dropped). */
const sitePath = (href: string) => {
  expect(href.startsWith(`${SITE_URL}/`), href).toBe(true)
  return href.slice(SITE_URL.length).replace(/#.*$/, '')
}

describe('GS1 Digital Links answered as a GS1-Conformant resolver (serve.ts)', () => {
  const lotAB = () => gs1BatchPath(gtin, 'A/B').replace(/\/$/, '')
  const batchCode = (lot: string) => `ZZLOT${String(LOTS.indexOf(lot)).padStart(3, '0')}`

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const urlPath of [
      `/01/${gtin}/`,
      `${lotAB()}/`,
      `/01/${gtin}?linkType=linkset`,
      `/01/${gtin}/10/A/foo`,
      '/.well-known/gs1resolver',
    ]) {
      const got = await ask(urlPath)
      const head = await ask(urlPath, {}, 'HEAD')
      expect(head.status, urlPath).toBe(got.status)
      expect(head.body, urlPath).toBe('')
      const { date: _g, ...getHeaders } = got.headers
      const { date: _h, ...headHeaders } = head.headers
      expect(headHeaders, urlPath).toEqual(getHeaders)
      expect(Number(head.headers['content-length']), urlPath).toBe(Buffer.byteLength(got.body))
    }
  })

  it('answers OPTIONS with the methods allowed and CORS, on links and files alike', async () => {
    for (const urlPath of [`/01/${gtin}`, `${lotAB()}/`, '/.well-known/gs1resolver', '/']) {
      const answer = await ask(
        urlPath,
        { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' },
        'OPTIONS',
      )
      expect(answer.status, urlPath).toBe(204)
      expect(answer.body).toBe('')
      for (const header of ['allow', 'access-control-allow-methods']) {
        expect(String(answer.headers[header]).split(/,\s*/).sort(), `${urlPath} ${header}`).toEqual([
          'GET',
          'HEAD',
          'OPTIONS',
        ])
      }
      expect(answer.headers['access-control-allow-origin']).toBe('*')
    }
    expect((await ask(`/01/${gtin}/`)).headers['access-control-allow-origin']).toBe('*')
  })

  it('returns the linkset of a batch and of its product: batch page, product page, certificate, each served', async () => {
    const asked = [
      await ask(`${lotAB()}?linkType=linkset`),
      // Deprecated since resolver standard 1.0.0, still answered.
      await ask(`${lotAB()}/?linkType=all`),
      await ask(lotAB(), { Accept: 'application/linkset+json' }),
    ]
    for (const answer of asked) {
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toBe('application/linkset+json')
      expect(answer.headers['access-control-allow-origin']).toBe('*')
      expect(answer.headers.link).toContain('rel="http://www.w3.org/ns/json-ld#context"')
      expect(answer.body).toBe(asked[0]?.body)
    }
    const json = JSON.parse(asked[0]?.body ?? '')
    expectGs1Linkset(json)
    const [batch, product, ...others] = json.linkset as Entry[]
    expect(others).toEqual([])
    // The anchors are the links as printed (uncompressed, no final slash).
    expect(batch?.anchor).toBe(`${SITE_URL}${lotAB()}`)
    expect(product?.anchor).toBe(`${SITE_URL}/01/${gtin}`)
    const links = (entry: Entry | undefined, type: string) => (entry?.[`${VOC}${type}`] ?? []) as LinkObject[]
    const vi = (list: LinkObject[]) => list.find((l) => l.hreflang?.[0] === 'vi')
    expect(vi(links(batch, 'traceability'))?.href).toBe(`${SITE_URL}/t/${batchCode('A/B')}/`)
    expect(links(batch, 'traceability').find((l) => l.hreflang?.[0] === 'en')?.href).toBe(
      `${SITE_URL}/en/t/${batchCode('A/B')}/`,
    )
    const productPage = vi(links(product, 'pip'))?.href ?? ''
    expect(productPage).toMatch(/^https:\/\/disan\.example\.vn\/.+\/$/)
    expect(vi(links(product, 'certificationInfo'))?.href).toBe(`${productPage}#certificate`)
    // One default per anchor: a title and nothing else.
    expect(links(batch, 'defaultLink')).toEqual([
      { href: `${SITE_URL}/t/${batchCode('A/B')}/`, title: expect.any(String) },
    ])
    expect(links(product, 'defaultLink')).toEqual([{ href: productPage, title: expect.any(String) }])
    // Every link answers, and the certificate is where its fragment points.
    const hrefs = [batch, product].flatMap((entry) =>
      Object.entries(entry ?? {}).flatMap(([key, list]) => (key.startsWith(VOC) ? (list as LinkObject[]) : [])),
    )
    expect(hrefs.length).toBeGreaterThanOrEqual(7)
    for (const { href } of hrefs) expect((await get(sitePath(href))).status, href).toBe(200)
    expect((await get(sitePath(productPage))).body).toContain('id="certificate"')
  })

  it('links each page of a GS1 link to its linkset in a Link header, and the file static hosts serve matches', async () => {
    for (const urlPath of [`/01/${gtin}/`, `${lotAB()}/`]) {
      const page = await ask(urlPath)
      expect(page.status).toBe(200)
      const target = /<([^>]+)>;\s*rel="linkset";\s*type="application\/linkset\+json"/.exec(
        String(page.headers.link),
      )?.[1]
      expect(target, urlPath).toBe(`${urlPath.replace(/\/$/, '')}?linkType=linkset`)
      expect(page.headers.vary).toContain('Accept')
      const linkset = await ask(target ?? '')
      expect(linkset.status).toBe(200)
      expect(JSON.parse(linkset.body).linkset[0].anchor).toBe(`${SITE_URL}${urlPath.replace(/\/$/, '')}`)
    }
    // The build's file: the product and every batch, for hosts without serve.ts.
    const file = await ask(`/gs1-linkset/${gtin}.json`)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('application/linkset+json')
    expect(file.headers['access-control-allow-origin']).toBe('*')
    const anchors = (JSON.parse(file.body).linkset as Entry[]).map((e) => e.anchor)
    expect(anchors[0]).toBe(`${SITE_URL}/01/${gtin}`)
    for (const lot of LOTS) expect(anchors).toContain(`${SITE_URL}${gs1BatchPath(gtin, lot).replace(/\/$/, '')}`)
  })

  it('redirects to the link of the type asked for, in the visitor’s language, and 404s a type it has none of', async () => {
    const pip = await ask(`/01/${gtin}?linkType=gs1:pip&utm=label`, { 'Accept-Language': 'en-US' })
    expect(pip.status).toBe(307)
    expect(pip.headers.location).toMatch(new RegExp(`^${SITE_URL}/en/.+/\\?utm=label$`))
    const cert = await ask(`/01/${gtin}?linkType=${encodeURIComponent(`${VOC}certificationInfo`)}`)
    expect(cert.status).toBe(307)
    expect(cert.headers.location).toMatch(/#certificate$/)
    // A batch's link types and those of its product, walking up.
    const trace = await ask(`${lotAB()}?linkType=gs1:traceability`)
    expect(trace.headers.location).toBe(`${SITE_URL}/t/${batchCode('A/B')}/`)
    expect((await ask(`${lotAB()}?linkType=gs1:certificationInfo`)).headers.location).toMatch(/#certificate$/)
    expect((await ask(`/01/${gtin}?linkType=gs1:nosuchlt`)).status).toBe(404)
  })

  it('answers an unknown lot, or a serial, from the level above', async () => {
    const lot = await ask(`/01/${gtin}/10/NOSUCHLOT?linkType=linkset`)
    expect(lot.status).toBe(307)
    expect(lot.headers.location).toBe(`/01/${gtin}/?linkType=linkset`)
    const serial = await ask(`${lotAB()}/21/S123`)
    expect(serial.status).toBe(307)
    expect(serial.headers.location).toBe(`${lotAB()}/`)
  })

  it('describes itself at /.well-known/gs1resolver', async () => {
    const answer = await ask('/.well-known/gs1resolver')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json')
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    const description = JSON.parse(answer.body)
    expect(description).toMatchObject({
      resolverRoot: SITE_URL,
      supportedPrimaryKeys: ['01'],
      supportedLinkType: [{ namespace: VOC, prefix: 'gs1:' }],
      linkTypeDefaultCanBeLinkset: false,
    })
    expect(typeof description.name).toBe('string')
  })

  it('answers a malformed link 400 with a page saying what is wrong, Vietnamese first; an unknown GTIN 404', async () => {
    const wrongCheck = `${gtin.slice(0, 13)}${(Number(gtin.at(-1)) + 1) % 10}`
    const malformed: [string, string][] = [
      [`/01/${wrongCheck}/`, 'số kiểm tra'],
      [`/01/${gtin.slice(1)}`, '14 chữ số'],
      [`/01/0950600013435X/`, '14 chữ số'],
      [`/01/${gtin}/10/${'L'.repeat(21)}`, '1–20 ký tự'],
      [`/01/${gtin}/10/L%C3%A99`, '1–20 ký tự'],
      [`/01/${gtin}/10/A%20B/`, '1–20 ký tự'],
      [`/01/${gtin}/99/X/`, '&quot;99&quot;'],
      [`/01/${gtin}/10/A/foo`, '&quot;foo&quot;'],
      [`/01/${gtin}/21/S1/10/A/`, 'thứ tự'],
      [`/01/${gtin}/10/`, '1–20 ký tự'],
    ]
    for (const [urlPath, says] of malformed) {
      const answer = await ask(urlPath)
      expect(answer.status, urlPath).toBe(400)
      expect(answer.headers['content-type'], urlPath).toBe('text/html; charset=utf-8')
      expect(answer.body, urlPath).toContain('<html lang="vi">')
      expect(answer.body, urlPath).toContain(says)
      const vi = answer.body.indexOf('Đường dẫn GS1 Digital Link không hợp lệ')
      expect(vi, urlPath).toBeGreaterThan(0)
      expect(answer.body.indexOf('This GS1 Digital Link is not valid'), urlPath).toBeGreaterThan(vi)
    }
    // Well-formed (its check digit right), but no product has it.
    const body = `${gtin.slice(0, 12)}${(Number(gtin[12]) + 1) % 10}`
    const unknown = `${body}${gtinCheckDigit(body)}`
    for (const urlPath of [`/01/${unknown}`, `/01/${unknown}/`, `/01/${unknown}?linkType=linkset`]) {
      expect((await ask(urlPath)).status, urlPath).toBe(404)
    }
  })
})
