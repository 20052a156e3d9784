/**
 * The browser side of a route pack (used by the RoutePack island): the page itself downloads the
 * pack into Cache Storage, with progress, and registers the service worker (public/sw.js) that
 * answers from it without a connection. Nothing here runs on pages without the island.
 */
import { FRESH_HEADER, NOTICE_HEADER, PACK_DONE, PACK_PREFIX, type PackData, type PackItem } from './pack'

export const SW_URL = '/sw.js'

/** Whether this browser can keep a pack (a secure context with service workers and Cache Storage). */
export const offlineSupported = (): boolean =>
  typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window

/** The pack the route page carries (written by the build), or null. */
export function readPack(): PackData | null {
  const element = document.querySelector('script[data-route-pack]')
  try {
    const data = JSON.parse(element?.textContent ?? 'null') as PackData | null
    return data && Array.isArray(data.items) && data.items.length > 0 ? data : null
  } catch {
    return null
  }
}

export interface SavedPack {
  bytes: number
  savedAt: string
  /** The files saved: a newer build of the route lists other ones (a page or script changed). */
  urls: string[]
}

/** The saved pack of this route, if it was saved completely, and whether the site has changed it since. */
export async function savedPack(data: PackData): Promise<{ saved: SavedPack; outdated: boolean } | null> {
  if (!(await caches.has(data.cache))) return null
  const done = await (await caches.open(data.cache)).match(PACK_DONE)
  if (!done) return null
  const saved = (await done.json()) as SavedPack
  const urls = new Set(saved.urls ?? [])
  const outdated = urls.size !== data.items.length || data.items.some((item) => !urls.has(item.url))
  return { saved, outdated }
}

/** Registers the service worker and waits until it is active (it then answers the next page loads). */
export async function startWorker(): Promise<void> {
  await navigator.serviceWorker.register(SW_URL, { scope: '/' })
  await navigator.serviceWorker.ready
}

const withHeaders = (body: Blob, response: Response, extra: Record<string, string>): Response => {
  const headers = new Headers(response.headers)
  // The body is stored decoded, whole: the server's encoding and length no longer describe it.
  headers.delete('Content-Encoding')
  headers.set('Content-Length', String(body.size))
  for (const [name, value] of Object.entries(extra)) headers.set(name, value)
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

async function store(cache: Cache, item: PackItem, notice: string): Promise<number> {
  // The whole file, never a range: the worker cuts the ranges a media player asks for from it.
  const response = await fetch(item.url, { cache: 'no-cache', credentials: 'same-origin' })
  if (!response.ok) throw new Error(`${item.url}: ${response.status}`)
  const body = await response.blob()
  const extra: Record<string, string> = {}
  if (item.fresh) {
    extra[FRESH_HEADER] = '1'
    extra[NOTICE_HEADER] = encodeURIComponent(notice)
  }
  await cache.put(item.url, withHeaders(body, response, extra))
  return body.size
}

/**
 * Saves the pack (again, to update it): every file into the route's cache (four at a time), then
 * the mark that it is complete. `progress` gets the bytes stored so far (of the build's estimate). On failure a
 * half-saved new pack is removed (a half-updated one is kept: it still works). `notice` is shown on a saved certificate page opened offline.
 */
export async function savePack(data: PackData, progress: (stored: number) => void, notice: string): Promise<SavedPack> {
  await startWorker()
  // Saving again (an update) replaces the files one by one: a failed update leaves a usable pack.
  const existed = await caches.has(data.cache)
  const cache = await caches.open(data.cache)
  let stored = 0
  let next = 0
  const worker = async () => {
    while (next < data.items.length) {
      const item = data.items[next++]
      if (!item) break
      stored += await store(cache, item, notice)
      progress(stored)
    }
  }
  try {
    await Promise.all([worker(), worker(), worker(), worker()])
  } catch (error) {
    if (!existed) await caches.delete(data.cache)
    throw error
  }
  // Files the route no longer uses (an update) go.
  const wanted = new Set(data.items.map((item) => new URL(item.url, location.href).href))
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request)
  const saved: SavedPack = { bytes: stored, savedAt: new Date().toISOString(), urls: data.items.map((i) => i.url) }
  await cache.put(PACK_DONE, new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }))
  // Ask the browser not to evict the pack under storage pressure (it may say no).
  await navigator.storage?.persist?.().catch(() => false)
  return saved
}

/** Removes the pack; with no pack left, the service worker goes too (pages never needed it). */
export async function removePack(data: PackData): Promise<void> {
  await caches.delete(data.cache)
  const left = (await caches.keys()).filter((name) => name.startsWith(PACK_PREFIX))
  if (left.length > 0) return
  const registration = await navigator.serviceWorker.getRegistration('/')
  await registration?.unregister()
}
