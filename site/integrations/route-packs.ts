import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import sharp from 'sharp'
import { LOCALES } from '../src/i18n/locales.ts'
import vi from '../src/i18n/ui/vi.json' with { type: 'json' }
import {
  DRAFT_ATTRIBUTE,
  PACK_ATTRIBUTE,
  PACK_VERSION,
  type PackData,
  type PackDraft,
  type PackItem,
  packCacheName,
  scriptJson,
} from '../src/offline/pack.ts'
import { listPath } from '../src/routing.ts'
import { inParallel } from '../tools/files.ts'

/**
 * Route packs, finished once every page exists (see src/offline/pack.ts):
 *   - each route page's pack: every stop resolved to the page that exists (the route's language,
 *     else English, else Vietnamese), the scripts those pages load (/_astro/, with what they import)
 *     and every file's size, written back into the route page;
 *   - the hashes of the inline scripts of the pages with an island (Astro's island loader), which
 *     the Content-Security-Policy must allow (`scriptHashes()`, read by integrations/headers.ts);
 *   - the web app manifest and its icons (from public/favicon.svg).
 * Runs over the route pages present in the output, rendered now or kept by a partial build (each
 * page keeps its draft, so a partial build gives what a full one does); a page is replaced by
 * rename, never written in place (a kept page is a hard link into the live build).
 */
export const MANIFEST_FILE = 'manifest.webmanifest'
/** Route pages resolved at once (each reads its stops' pages and their scripts). */
const PACKS_AT_ONCE = 8
const DRAFT_SCRIPT = new RegExp(`<script type="application/json" ${DRAFT_ATTRIBUTE}>([\\s\\S]*?)</script>`)
const PACK_SCRIPT = new RegExp(`<script type="application/json" ${PACK_ATTRIBUTE}="\\d+">[\\s\\S]*?</script>`)
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g
const ASSET = /\/_astro\/[\w.-]+\.(?:js|mjs|css)/g
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.m?js)["']/g
const STATIC_FILES = ['/favicon.svg', `/${MANIFEST_FILE}`, '/icons/icon-192.png', '/icons/icon-512.png']

const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
const sizeOf = async (file: string) => (await stat(file)).size
const pageFile = (dir: string, urlPath: string) => path.join(dir, urlPath, 'index.html')

async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

/** Every route page in the output carrying a pack. */
async function routePages(dir: string): Promise<string[]> {
  const files: string[] = []
  for (const locale of LOCALES) {
    const folder = path.join(dir, listPath('routes', locale))
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      const file = path.join(folder, name, 'index.html')
      if (await exists(file)) files.push(file)
    }
  }
  return files
}

/** The /_astro/ files a page loads, and the files those import, as site paths. */
async function assetsOf(dir: string, html: string, seen: Set<string>): Promise<string[]> {
  const queue = [...new Set(html.match(ASSET) ?? [])]
  const found: string[] = []
  while (queue.length > 0) {
    const asset = queue.shift()
    if (!asset || seen.has(asset)) continue
    seen.add(asset)
    const file = path.join(dir, asset)
    if (!(await exists(file))) continue
    found.push(asset)
    if (!/\.m?js$/.test(asset)) continue
    const code = await readFile(file, 'utf8')
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(`/_astro/${match[1]}`)
  }
  return found
}

/** The draft on a route page, resolved against the built site. */
export async function resolvePack(dir: string, draft: PackDraft): Promise<PackData> {
  const items: PackItem[] = []
  const seen = new Set<string>()
  const assets = new Set<string>()
  for (const page of draft.pages) {
    let url: string | undefined
    for (const candidate of page.candidates) {
      if (await exists(pageFile(dir, candidate))) {
        url = candidate
        break
      }
    }
    if (!url || seen.has(url)) continue
    seen.add(url)
    // A route page is measured without its resolved pack (the hook adds the pack's own size).
    const html = (await readFile(pageFile(dir, url), 'utf8')).replace(PACK_SCRIPT, '')
    items.push({ url, bytes: Buffer.byteLength(html), kind: 'page', ...(page.fresh ? { fresh: true as const } : {}) })
    for (const asset of await assetsOf(dir, html, assets)) {
      items.push({ url: asset, bytes: await sizeOf(path.join(dir, asset)), kind: 'asset' })
    }
  }
  for (const file of STATIC_FILES) {
    if (await exists(path.join(dir, file)))
      items.push({ url: file, bytes: await sizeOf(path.join(dir, file)), kind: 'asset' })
  }
  return {
    version: PACK_VERSION,
    route: draft.route,
    cache: packCacheName(draft.route),
    items: [...items, ...draft.media],
  }
}

/** `'sha256-…'` sources of the inline scripts of a page. */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '')
    .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`)

/** The web app manifest: the site's Vietnamese name (the language of record), starting at the home page. */
export const webManifest = () => ({
  name: vi.siteName,
  short_name: vi.siteName,
  description: vi.siteTagline,
  lang: 'vi',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#fffdf8',
  theme_color: '#7c2d12',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
})

async function writeManifest(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'icons'), { recursive: true })
  const svg = await readFile(path.join(dir, 'favicon.svg'))
  for (const size of [192, 512]) {
    await sharp(svg, { density: (72 * size) / 32 })
      .resize(size, size)
      .png()
      .toFile(path.join(dir, 'icons', `icon-${size}.png`))
  }
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(webManifest(), null, 2)}\n`)
}

/**
 * The route page with its pack after the draft; the pack counts the page at its final size (which
 * holds the pack: a few rounds until the size no longer changes the number written).
 */
export function withPack(page: string, pack: PackData): string {
  const own = pack.items.find((item) => item.url === pack.route)
  let text = page
  for (let round = 0; round < 5; round++) {
    const script = `<script type="application/json" ${PACK_ATTRIBUTE}="${PACK_VERSION}">${scriptJson(pack)}</script>`
    text = page.replace(DRAFT_SCRIPT, (whole) => `${whole}${script}`)
    if (!own || own.bytes === Buffer.byteLength(text)) break
    own.bytes = Buffer.byteLength(text)
  }
  return text
}

export default function routePacks(): AstroIntegration & { scriptHashes: () => string[] } {
  const hashes = new Set<string>()
  return {
    name: 'heritage-route-packs',
    scriptHashes: () => [...hashes].sort(),
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        await writeManifest(out)
        let packs = 0
        // Route pages one after another waited on each of their files in turn: seconds of a
        // one-entry publish at 10,000 entries. Several at once; each writes only its own page.
        await inParallel(await routePages(out), PACKS_AT_ONCE, async (file) => {
          const html = await readFile(file, 'utf8')
          const draft = DRAFT_SCRIPT.exec(html)
          if (!draft?.[1]) return
          for (const hash of inlineScriptHashes(html)) hashes.add(hash)
          // Every build resolves every pack again, also on pages a partial build kept: a stop's
          // page may have changed. The pack goes right after its draft (replacing the last one).
          const pack = await resolvePack(out, JSON.parse(draft[1]) as PackDraft)
          const text = withPack(html.replace(PACK_SCRIPT, ''), pack)
          if (text !== html) await writeAtomic(file, text)
          packs++
        })
        logger.info(`${packs} route packs sized; web app manifest written to /${MANIFEST_FILE}`)
      },
    },
  }
}
