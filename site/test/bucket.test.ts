import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { HOST_FILES } from '../integrations/language-rules.ts'
import { HEADERS_FILE } from '../src/security.ts'
import {
  BucketError,
  type BucketSettings,
  type BucketState,
  bucketFromEnv,
  PHASES,
  phaseOf,
  syncBucket,
} from '../tools/bucket.ts'
import { publish } from '../tools/publish.ts'
import { contentTypeOf } from '../tools/serve.ts'
import { readStatus } from '../tools/status.ts'
import { ACCESS, BUCKET, type BucketServer, startBucketServer } from './bucket-server'

/**
 * Publishing to a bucket (tools/bucket.ts) against a real S3-compatible server (s3rver) in website
 * mode: one real Astro build of the demo snapshot through publish.ts, then builds derived from it
 * by hand (a renamed script, a removed page) for the order, failure and pruning cases.
 */

const SITE_URL = 'https://disan.example.vn'
const GRACE_HOURS = 1
let work: string
let root: string
let snapshot: string
let s3: BucketServer
let settings: BucketSettings
let first: string

const buildDir = (id: string) => path.join(root, 'builds', id)
const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/')
/** What a visitor gets from the bucket's website endpoint. */
const web = (urlPath: string) => fetch(`${s3.direct}/${BUCKET}${urlPath}`, { redirect: 'manual' })
const bucketState = async () => (await (await web('/_publish/current.json')).json()) as BucketState

/** Every file of a build as the bucket should hold it: key → bytes (host files and `_headers` left out). */
function served(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const key = `${prefix}${entry.name}`
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${key}/`)
      else if (!(prefix === '' && [HEADERS_FILE, ...HOST_FILES].includes(entry.name)))
        files.set(key, readFileSync(path.join(folder, entry.name)))
    }
  }
  walk(dir, '')
  return files
}

/** The site files (`/_astro/…`, `/media/…`) a page loads. */
const assetsOf = (html: string) => [...html.matchAll(/["'(](\/(?:_astro|media)\/[^"'()\s?#]+)/g)].map((m) => m[1] ?? '')

/** Uploads of site files the proxy saw since request number `from` (see `mark`), in order of arrival. */
const uploadsSince = (from: number) =>
  s3.seen.slice(from).filter((r) => r.method === 'PUT' && !r.key.startsWith('_publish/'))
const mark = () => s3.seen.length

/** Every page in the bucket loads only files the bucket has. */
async function expectEveryPageComplete(keys: Iterable<string>) {
  const checked = new Set<string>()
  for (const key of keys) {
    if (!key.endsWith('.html')) continue
    const page = await web(`/${encodeKey(key)}`)
    if (page.status === 404) continue
    expect(page.status, key).toBe(200)
    for (const asset of assetsOf(await page.text())) {
      if (checked.has(asset)) continue
      checked.add(asset)
      expect((await web(asset)).status, `${asset} of ${key}`).toBe(200)
    }
  }
  expect(checked.size).toBeGreaterThan(5)
}

/**
 * A build derived from `from` as a code change makes one: a script renamed (the one most pages
 * load and no other script imports, unless given), the pages pointing at its new name.
 */
function deriveBuild(from: string, id: string, options: { script?: string; dropPage?: string } = {}) {
  const dir = buildDir(id)
  cpSync(buildDir(from), dir, { recursive: true })
  const files = served(dir)
  const scripts = [...files.keys()].filter((key) => /^_astro\/[^/]+\.js$/.test(key)).map((key) => key.slice(7))
  const loads = (name: string, kind: RegExp) =>
    [...files].filter(([key, bytes]) => kind.test(key) && bytes.includes(name)).length
  const script =
    options.script ??
    scripts
      .filter((name) => loads(name, /^_astro\//) === 0)
      .sort((a, b) => loads(b, /\.html$/) - loads(a, /\.html$/))[0]
  if (!script) throw new Error('no script to rename in the build')
  const renamed = script.replace(/\.[^.]+\.js$/, `.${id}.js`)
  renameSync(path.join(dir, '_astro', script), path.join(dir, '_astro', renamed))
  let touched = 0
  for (const [key, bytes] of served(dir)) {
    if (!key.endsWith('.html')) continue
    const text = bytes.toString()
    if (!text.includes(script)) continue
    writeFileSync(path.join(dir, key), text.replaceAll(script, renamed))
    touched++
  }
  if (options.dropPage) rmSync(path.join(dir, options.dropPage))
  return { dir, script, renamed, touched }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-bucket-'))
  root = path.join(work, 'root')
  snapshot = path.join(work, 'snapshot')
  cpSync(inject('snapshotDir'), snapshot, { recursive: true })
  s3 = await startBucketServer()
  settings = { bucket: BUCKET, endpoint: s3.endpoint, ...ACCESS, graceHours: GRACE_HOURS }
})

afterAll(async () => {
  await s3?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('publishing to a bucket', () => {
  it('uploads files named by content first, then other files, then pages, then the file naming the live build', async () => {
    const from = mark()
    const result = await publish({ snapshot, root, siteUrl: SITE_URL, bucket: settings })
    first = result.buildId
    const files = served(result.dir)
    const puts = s3.seen.slice(from).filter((r) => r.method === 'PUT')
    const uploads = puts.filter((r) => !r.key.startsWith('_publish/'))
    expect(new Set(uploads.map((r) => r.key))).toEqual(new Set(files.keys()))
    expect(uploads.every((r) => r.status === 200)).toBe(true)
    // The build's list first, the live build's name last.
    expect(puts[0]?.key).toBe(`_publish/builds/${first}.json`)
    expect(puts.at(-1)?.key).toBe('_publish/current.json')
    // Each kind is complete (every answer back) before the next kind starts.
    for (let i = 1; i < PHASES.length; i++) {
      const before = uploads.filter((r) => PHASES.indexOf(phaseOf(r.key)) < i)
      const after = uploads.filter((r) => PHASES.indexOf(phaseOf(r.key)) >= i)
      expect(before.length).toBeGreaterThan(0)
      expect(Math.max(...before.map((r) => r.end))).toBeLessThan(Math.min(...after.map((r) => r.start)))
    }
    expect(uploads.filter((r) => phaseOf(r.key) === 'asset').some((r) => r.key.startsWith('_astro/'))).toBe(true)
    expect(uploads.filter((r) => phaseOf(r.key) === 'asset').some((r) => r.key.startsWith('media/'))).toBe(true)
    expect(phaseOf('pagefind/pagefind-entry.json')).toBe('page')
    const state = await bucketState()
    expect(state).toMatchObject({ buildId: first, previous: [] })
    expect(state.headers?.['Content-Security-Policy']).toContain("default-src 'self'")
  })

  it('stores each file with its content type, caching and page language', async () => {
    const files = served(buildDir(first))
    const expected: Record<string, { type: string; cache: string }> = {
      'index.html': { type: 'text/html; charset=utf-8', cache: 'no-cache' },
      'sitemap.xml': { type: 'application/xml; charset=utf-8', cache: 'no-cache' },
      'manifest.webmanifest': { type: 'application/manifest+json', cache: 'no-cache' },
      // The demo is a small province: its search index is the compact one (search-strategy.ts).
      'pagefind/search.vi.json.gz': { type: 'application/octet-stream', cache: 'no-cache' },
    }
    const immutable = 'public, max-age=31536000, immutable'
    const pick = (pattern: RegExp) => [...files.keys()].find((key) => pattern.test(key)) ?? `missing ${pattern}`
    expected[pick(/^_astro\/.*\.js$/)] = { type: 'text/javascript; charset=utf-8', cache: immutable }
    expected[pick(/^_astro\/.*\.wasm$/)] = { type: 'application/wasm', cache: immutable }
    expected[pick(/^media\/.*\.webp$/)] = { type: 'image/webp', cache: immutable }
    expected[pick(/^media\/.*\.glb$/)] = { type: 'model/gltf-binary', cache: immutable }
    for (const [key, want] of Object.entries(expected)) {
      const answer = await web(`/${encodeKey(key)}`)
      expect(answer.status, key).toBe(200)
      expect(answer.headers.get('content-type'), key).toBe(want.type)
      expect(answer.headers.get('cache-control'), key).toBe(want.cache)
      expect(answer.headers.get('content-encoding'), key).toBeNull()
    }
    // Every object, against the table serve.ts uses.
    for (const key of files.keys()) {
      const answer = await fetch(`${s3.direct}/${BUCKET}/${encodeKey(key)}`, { method: 'HEAD' })
      expect(answer.headers.get('content-type'), key).toBe(contentTypeOf(key))
    }
    expect((await web('/')).headers.get('content-language')).toBe('vi')
    expect((await web('/en/')).headers.get('content-language')).toBe('en')
  })

  it('serves from the bucket the very bytes of the build; folders open their index, unknown paths the 404 page', async () => {
    const files = served(buildDir(first))
    expect(files.size).toBeGreaterThan(200)
    for (const [key, bytes] of files) {
      const answer = await web(`/${encodeKey(key)}`)
      expect(answer.status, key).toBe(200)
      expect(Buffer.from(await answer.arrayBuffer()).equals(bytes), key).toBe(true)
    }
    const relicPage = [...files.keys()].find((key) => /^di-tich\/[^/]+\/index\.html$/.test(key)) ?? ''
    const folder = await web(`/${relicPage.replace(/index\.html$/, '')}`)
    expect(Buffer.from(await folder.arrayBuffer()).equals(files.get(relicPage) ?? Buffer.alloc(0))).toBe(true)
    const missing = await web('/khong-co-trang-nay/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe(files.get('404.html')?.toString())
    for (const hidden of [HEADERS_FILE, ...HOST_FILES]) expect((await web(`/${hidden}`)).status, hidden).toBe(404)
  })

  it('uploads nothing when an unchanged build is published again', async () => {
    const from = mark()
    const result = await publish({ snapshot, root, siteUrl: SITE_URL, ifChanged: true, bucket: settings })
    expect(result).toMatchObject({ skipped: true, buildId: first })
    const writes = s3.seen.slice(from).filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
    expect(writes).toEqual([])
    const again = await syncBucket({ ...settings, dir: buildDir(first), buildId: first })
    expect(again).toMatchObject({ uploaded: 0, deleted: 0 })
  })

  it('keeps the live site and the bucket on the previous build when the server refuses an upload, and says so', async () => {
    // A new picture in the snapshot: the next build has one new file named by content.
    const media = path.join(snapshot, 'media', 'f'.repeat(64))
    mkdirSync(media, { recursive: true })
    writeFileSync(path.join(media, 'new.webp'), readFileSync(path.join(buildDir(first), 'og-default.png')))
    const before = served(buildDir(first))
    s3.refuseUpload(1)
    const from = mark()
    const failed = publish({ snapshot, root, siteUrl: SITE_URL, bucket: settings })
    await expect(failed).rejects.toThrow(/AccessDenied/)
    const message = await failed.catch((error: Error) => error.message)
    s3.refuseUpload(null)
    expect(message).toContain(`media/${'f'.repeat(64)}/new.webp`)
    expect(message).toContain('AccessDenied (HTTP 403)')
    expect(message).toContain(`bucket vẫn phục vụ bản dựng ${first}`)
    expect(message).toContain(`the bucket still serves build ${first}`)
    // Nothing but the refused file was attempted; no page of the new build reached the bucket.
    expect(uploadsSince(from).map((r) => r.key)).toEqual([`media/${'f'.repeat(64)}/new.webp`])
    expect((await bucketState()).buildId).toBe(first)
    for (const key of ['index.html', 'en/index.html', 'sitemap.xml']) {
      const answer = await web(`/${key}`)
      expect(Buffer.from(await answer.arrayBuffer()).equals(before.get(key) ?? Buffer.alloc(0)), key).toBe(true)
    }
    await expectEveryPageComplete(before.keys())
    // The local site too: `current` unchanged, the failed build gone, the reason in status.json.
    expect(readlinkSync(path.join(root, 'current'))).toBe(path.join('builds', first))
    expect(readdirSync(path.join(root, 'builds'))).toEqual([first])
    expect(await readStatus(root)).toMatchObject({ state: 'failed', error: message, live: { buildId: first } })

    // Publishing again finishes the job.
    const result = await publish({ snapshot, root, siteUrl: SITE_URL, bucket: settings })
    expect((await bucketState()).buildId).toBe(result.buildId)
    const answer = await web(`/media/${'f'.repeat(64)}/new.webp`)
    expect(answer.status).toBe(200)
    // Search index included (brought up to date after the switch of a partial build): nothing left to send.
    expect(await syncBucket({ ...settings, dir: result.dir, buildId: result.buildId })).toMatchObject({ uploaded: 0 })
    first = result.buildId
  })

  it('leaves every page whole when an upload fails among the pages', async () => {
    const { renamed, touched } = deriveBuild(first, 'b-pages')
    expect(touched).toBeGreaterThan(5)
    s3.refuseUpload(4)
    const from = mark()
    const sync = syncBucket({ ...settings, dir: buildDir('b-pages'), buildId: 'b-pages' })
    await expect(sync).rejects.toThrow(BucketError)
    await expect(sync).rejects.toThrow(/publish again to finish/)
    s3.refuseUpload(null)
    const tried = uploadsSince(from)
    expect(tried[0]?.key).toBe(`_astro/${renamed}`)
    expect(tried.filter((r) => r.key.endsWith('.html')).length).toBeGreaterThan(1)
    // Some pages are the new build's, some the old one's; each loads only files the bucket has.
    expect((await bucketState()).buildId).toBe(first)
    await expectEveryPageComplete(served(buildDir('b-pages')).keys())
  })

  it('removes pages a build no longer has at once, and other files of replaced builds after the grace', async () => {
    const dropped = [...served(buildDir(first)).keys()].find((key) => /^di-tich\/[^/]+\/index\.html$/.test(key)) ?? ''
    const b = deriveBuild(first, 'b', { dropPage: dropped })
    const t1 = new Date()
    const result = await syncBucket({ ...settings, dir: b.dir, buildId: 'b', now: () => t1 })
    expect(result.deleted).toBeGreaterThan(0)
    expect((await web(`/${dropped}`)).status).toBe(404)
    // The previous builds' script stays for the pages still open in a browser.
    expect((await web(`/_astro/${b.script}`)).status).toBe(200)
    expect(result.kept).toEqual(expect.arrayContaining([first, 'b-pages']))
    expect((await bucketState()).previous.map((p) => p.buildId)).toEqual(expect.arrayContaining([first, 'b-pages']))
    await expectEveryPageComplete(served(b.dir).keys())

    // Within the grace the next build keeps them; past it, they go (with the builds' lists).
    const c = deriveBuild('b', 'c', { script: b.renamed })
    const within = new Date(t1.getTime() + (GRACE_HOURS * 3_600_000) / 2)
    await syncBucket({ ...settings, dir: c.dir, buildId: 'c', now: () => within })
    expect((await web(`/_astro/${b.script}`)).status).toBe(200)
    expect((await web(`/_astro/${b.renamed}`)).status).toBe(200)
    const past = new Date(within.getTime() + GRACE_HOURS * 3_600_000 + 60_000)
    const d = deriveBuild('c', 'd', { script: c.renamed })
    const last = await syncBucket({ ...settings, dir: d.dir, buildId: 'd', now: () => past })
    expect(last.kept).toEqual(['c'])
    expect((await web(`/_astro/${b.script}`)).status).toBe(404)
    expect((await web(`/_astro/${b.renamed}`)).status).toBe(404)
    expect((await web(`/_astro/${c.renamed}`)).status).toBe(200)
    for (const id of [first, 'b-pages', 'b']) expect((await web(`/_publish/builds/${id}.json`)).status, id).toBe(404)
    // What is left is the live build and the files of `c`, nothing else of ours.
    const files = served(d.dir)
    await expectEveryPageComplete(files.keys())
    expect(existsSync(d.dir)).toBe(true)
  })
})

describe('bucket settings', () => {
  it('are read from the environment, and refused with the reason in Vietnamese and English', () => {
    expect(bucketFromEnv({})).toBeNull()
    expect(bucketFromEnv({ SITE_BUCKET: 'disan-site', AWS_REGION: 'ap-southeast-1' })).toMatchObject({
      bucket: 'disan-site',
      region: 'ap-southeast-1',
      graceHours: 24,
    })
    const refused: [NodeJS.ProcessEnv, RegExp][] = [
      [{ SITE_BUCKET: 'Disan_Site' }, /không phải tên bucket hợp lệ.*is not a valid bucket name/],
      [
        { SITE_BUCKET: 'disan', SITE_BUCKET_ENDPOINT: 's3.example.vn' },
        /SITE_BUCKET_ENDPOINT="s3.example.vn" không phải địa chỉ hợp lệ.*not an http/,
      ],
      [{ SITE_BUCKET: 'disan', SITE_BUCKET_ACCESS_KEY_ID: 'AKIA' }, /Thiếu SITE_BUCKET_SECRET_ACCESS_KEY.*is missing/],
      [{ SITE_BUCKET: 'disan', SITE_BUCKET_GRACE_HOURS: 'một ngày' }, /phải là số giờ.*must be a number of hours/],
      // Half-set: the rest without the bucket (read as the CMS reads S3_*, one parser in contract/).
      [{ SITE_BUCKET_ENDPOINT: 'https://s3.example.vn' }, /Đã đặt SITE_BUCKET_ENDPOINT nhưng chưa đặt SITE_BUCKET/],
    ]
    for (const [env, message] of refused) expect(() => bucketFromEnv(env)).toThrow(message)
    for (const [env] of refused) expect(() => bucketFromEnv(env)).toThrow(BucketError)
    // A secret never appears in a message.
    expect(() => bucketFromEnv({ SITE_BUCKET: 'disan', SITE_BUCKET_SECRET_ACCESS_KEY: 'top-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('top-secret') }),
    )
  })
})
