// @ts-check
/// <reference lib="webworker" />
/**
 * The route packs' service worker. Registered only by the "Save for offline" island of a route
 * page (src/offline/client.ts); every page works without it, and it is unregistered when the last
 * pack is removed. It answers only from the packs the visitor saved (Cache Storage, one cache a
 * route page: `heritage-pack-v1:<route path>`) and never fills a cache by itself:
 *
 *   - /media/ and /_astro/ files (named by their content, never changing): from a pack when there,
 *     else the network. A picture of another size or format than the saved one is answered with
 *     the saved size of the same picture when the network fails. Audio answers the player's Range
 *     requests with 206 slices of the saved file (Chromium's player asks `Range: bytes=0-`).
 *   - Pages (navigations): the network first, so a visitor with a signal always reads the
 *     current page; the saved copy when the network fails, or for a slow network after a few
 *     seconds. Pages showing a certificate (OCOP products, marked when saved) never fall back while
 *     the network answers, however slowly — never a stale certificate state online — and their
 *     saved copy says when it was saved. Batch pages (/t/, GS1) are never in a pack.
 *   - Anything else: not touched.
 *
 * On activation it deletes the caches of older pack versions (named `heritage-…` but not the
 * current prefix); packs of the current version survive new builds of the site.
 */
const PACK_PREFIX = 'heritage-pack-v1:'
const PACK_DONE = '/__heritage-pack__.json'
const FRESH_HEADER = 'X-Heritage-Fresh'
const NOTICE_HEADER = 'X-Heritage-Notice'
/** How long a page may take online before a saved copy is shown instead (not for certificate pages). */
const SLOW_NETWORK_MS = 4000

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self))

sw.addEventListener('install', () => {
  sw.skipWaiting()
})

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(
        names.filter((n) => n.startsWith('heritage-') && !n.startsWith(PACK_PREFIX)).map((n) => caches.delete(n)),
      )
      if (sw.registration.navigationPreload) await sw.registration.navigationPreload.enable()
      await sw.clients.claim()
    })(),
  )
})

/** The pack caches, newest first. */
const packs = async () => (await caches.keys()).filter((n) => n.startsWith(PACK_PREFIX)).reverse()

/** @param {string} url */
async function saved(url) {
  for (const name of await packs()) {
    const found = await (await caches.open(name)).match(url, { ignoreSearch: true, ignoreVary: true })
    if (found) return found
  }
  return undefined
}

/** Another saved version of the same picture (`/media/<hash>/<width>.<format>`), same format first. @param {string} url */
async function samePicture(url) {
  const match = /^(\/media\/[^/]+\/)[^/]*?(\.(?:avif|webp|jpe?g|png))$/.exec(new URL(url).pathname)
  if (!match) return undefined
  const [, folder, ext] = match
  let other
  for (const name of await packs()) {
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname
      if (!path.startsWith(/** @type {string} */ (folder))) continue
      if (path.endsWith(/** @type {string} */ (ext))) return caches.match(request)
      other ??= request
    }
  }
  return other ? caches.match(other) : undefined
}

/** A 206 slice of a saved whole file for a `Range: bytes=a-b` request. @param {Response} whole @param {string} range */
async function slice(whole, range) {
  const body = await whole.arrayBuffer()
  const size = body.byteLength
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
  let start = match?.[1] ? Number(match[1]) : Number.NaN
  let end = match?.[2] ? Number(match[2]) : size - 1
  if (match && !match[1] && match[2]) {
    // A suffix range: the last N bytes.
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  }
  if (!match || Number.isNaN(start) || start >= size || end < start) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } })
  }
  end = Math.min(end, size - 1)
  const headers = new Headers(whole.headers)
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`)
  headers.set('Content-Length', String(end - start + 1))
  headers.set('Accept-Ranges', 'bytes')
  return new Response(body.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers })
}

/** @param {FetchEvent} event */
async function file(event) {
  const { request } = event
  const cached = await saved(request.url)
  if (cached) {
    const range = request.headers.get('range')
    return range ? slice(cached, range) : cached
  }
  try {
    return await fetch(request)
  } catch (error) {
    const other = await samePicture(request.url)
    if (other) return other
    throw error
  }
}

/** A saved certificate page, with the note that says when it was saved. @param {Response} copy */
async function withNotice(copy) {
  const notice = copy.headers.get(NOTICE_HEADER)
  if (!notice) return copy
  const note = decodeURIComponent(notice).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const html = (await copy.text()).replace(/(<main\b[^>]*>)/, `$1<p class="notice" role="status">${note}</p>`)
  const headers = new Headers(copy.headers)
  headers.delete('Content-Length')
  return new Response(html, { status: copy.status, statusText: copy.statusText, headers })
}

/** @param {FetchEvent} event */
async function page(event) {
  const copy = await saved(event.request.url)
  const network = (async () => {
    const preloaded = await event.preloadResponse
    return preloaded ?? fetch(event.request)
  })()
  if (!copy) return network
  const fresh = copy.headers.get(FRESH_HEADER) === '1'
  const fallback = () => (fresh ? withNotice(copy) : copy)
  if (fresh) return network.catch(fallback)
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS, 'slow'))
  try {
    const first = await Promise.race([network, slow])
    return first === 'slow' ? fallback() : /** @type {Response} */ (first)
  } catch {
    return fallback()
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== sw.location.origin || url.pathname === PACK_DONE) return
  if (request.mode === 'navigate') {
    event.respondWith(page(event))
  } else if (/^\/(media|_astro|icons)\/|^\/(favicon\.svg|manifest\.webmanifest)$/.test(url.pathname)) {
    event.respondWith(file(event))
  }
})
