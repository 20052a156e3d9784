import { isMediaError } from '@heritage/media-tools/errors'
import {
  type CollectionAfterChangeHook,
  createLocalReq,
  type Endpoint,
  Forbidden,
  NotFound,
  type Payload,
} from 'payload'
import { REFUSALS, refuse } from '../access/refusal'
import type { Env } from '../paths'
import { errorMessage } from '../shared/errors'
import { recordOr } from '../shared/guards'
import { publishedUsers } from '../workflow/references'
import { fileStore, originalKey } from './files'
import { discardUnreferenced, focalOf, fullSet, type MadeFor, StaleWebVersions, WEB_VERSIONS_FOR } from './hooks'
import { WEB_VERSION_STATES } from './webVersionStates'

/**
 * The web-version worker (issue 21): a photo saved by a person is stored with only the cheap part
 * done and `webVersions: pending` (processPhoto in hooks.ts); this makes its full set and 4:3 cards
 * in the CMS server process, one photo at a time (one 12 MP decode in memory), oldest first.
 *
 * Not Payload's jobs queue: the record's own `webVersions` field already says what is left to do,
 * and a job row would be a second copy of that fact that can disagree with it (a photo replaced or
 * deleted while its job waits, a job lost while its record stays pending). The queue here is the
 * query "pending media, oldest first", so a restart resumes by itself; this config's autoRun runs
 * jobs on one instance only, once a minute, and jobs in parallel by default. Several instances on
 * one database each run a worker; two may make the same photo at the same time (duplicate work,
 * accepted): the folders are content-addressed and written whole or not at all, and the second
 * write is refused as stale (the record is no longer pending), its folders kept because the first
 * write names them.
 *
 * A worker's write goes in only while the record still has the file and focal point it was made
 * from (checked by processPhoto inside the update); otherwise, or when the record was deleted, the
 * folders this worker added are removed unless another record names them. A failure is recorded
 * as `failed` with a Vietnamese message the admin shows; replacing the file, moving the focal
 * point or the retry action makes it pending again.
 */

/**
 * Encodes at once in each of a photo's two sets: two in all. Every sharp encode holds one of
 * libuv's four threads until it is done, and an upload's file writes and hashing need one too:
 * with all of a photo's 24 encodes queued at once, an upload made meanwhile waited 18 s for a
 * thread (measured with bench/lib/upload.ts). Two cores are busy either way.
 */
const WORKER_ENCODES = 1

/** How often an idle worker looks for pending photos (another instance's saves, a missed wake-up). */
const POLL_MS = 3000
/** A wake-up waits this long for the save that asked for it to be committed. */
const WAKE_MS = 250

interface WorkerState {
  payload: Payload | null
  poll: ReturnType<typeof setInterval> | null
  running: Promise<void> | null
  again: boolean
  stopping: boolean
}

// On globalThis: Next can load this module more than once, and there must be one worker.
declare global {
  var heritageWebVersions: WorkerState | undefined
}
globalThis.heritageWebVersions ??= { payload: null, poll: null, running: null, again: false, stopping: false }
const state = globalThis.heritageWebVersions

/** Whether this process runs the worker (started by the Payload config's onInit in the server). */
export const workerRunsHere = (): boolean => state.payload !== null && !state.stopping

/**
 * The CMS server runs the worker; commands (`payload run`: migrate, seed, import, export) do not,
 * and nor does `next build` or a test's Payload (tests call makePendingWebVersions or start it).
 * WEB_VERSIONS_WORKER=1 or 0 decides otherwise.
 */
export function runsWebVersionWorker(env: Env = process.env): boolean {
  if (env.WEB_VERSIONS_WORKER === '1') return true
  if (env.WEB_VERSIONS_WORKER === '0') return false
  return env.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build' && env.NODE_ENV !== 'test'
}

function kick(payload: Payload): void {
  if (state.stopping) return
  if (state.running) {
    state.again = true
    return
  }
  state.running = (async () => {
    do {
      state.again = false
      await makePendingWebVersions(payload)
    } while (state.again && !state.stopping)
  })()
    .catch((error: unknown) => payload.logger.error({ err: error }, 'Web versions: the worker stopped on an error.'))
    .finally(() => {
      state.running = null
    })
}

/** Starts the worker: it makes what is pending now (left by a stop), then what saves add. */
export function startWebVersionWorker(payload: Payload): void {
  if (state.payload) return
  state.payload = payload
  state.stopping = false
  state.poll = setInterval(() => kick(payload), POLL_MS)
  state.poll.unref()
  kick(payload)
}

/** Stops the worker after the photo it is making (which then stays pending if its write was not done). */
export async function stopWebVersionWorker(): Promise<void> {
  state.stopping = true
  if (state.poll) clearInterval(state.poll)
  state.poll = null
  await state.running
  state.payload = null
}

/** After a save that left a photo pending: the worker starts on it once the save is committed. */
export const wakeWebVersionWorker: CollectionAfterChangeHook = ({ doc }) => {
  const payload = state.payload
  if (payload && !state.stopping && recordOr(doc).webVersions === 'pending') {
    setTimeout(() => kick(payload), WAKE_MS).unref()
  }
  return doc
}

/** What an officer reads when the web versions could not be made, and what to do. */
function failureText(error: unknown, filename: string): string {
  if (isMediaError(error)) return `${error.messageVi} (Tệp gốc vẫn được lưu.)`
  if (error instanceof MissingOriginal) {
    return `Không tìm thấy tệp gốc "${filename}" trong kho tệp nên không tạo được bản cho web. Hãy tải tệp ảnh lên lại (nút thay tệp) rồi lưu.`
  }
  // The error itself (a server path, a bucket's address) stays in the server's log: this text is
  // shown in the admin.
  return `Không tạo được bản cho web của ảnh này do lỗi trên máy chủ (chi tiết có trong nhật ký máy chủ). Hãy bấm "Thử lại"; nếu vẫn lỗi, hãy tải tệp ảnh lên lại hoặc báo quản trị viên.`
}

class MissingOriginal extends Error {
  override name = 'MissingOriginal'
}

const isNotFound = (error: unknown): boolean =>
  recordOr(error).status === 404 || (error instanceof Error && error.name === 'NotFound')

export type WebVersionOutcome = 'ready' | 'failed' | 'stale'

/**
 * Makes one pending photo's web versions and writes them, if the record still has the file and
 * focal point they were made from; otherwise removes what it made (unless another record uses it).
 */
export async function makeWebVersions(
  payload: Payload,
  doc: { id: number | string; filename?: unknown; focalX?: unknown; focalY?: unknown },
): Promise<WebVersionOutcome> {
  const filename = String(doc.filename ?? '')
  const madeFor: MadeFor = { filename, focal: focalOf(doc) }
  const created = new Set<string>()
  let data: Record<string, unknown>
  const started = Date.now()
  try {
    const original = filename ? await fileStore().read(originalKey('media', filename)) : null
    if (!original) throw new MissingOriginal(`the original ${filename} is not in ${fileStore().where}`)
    const [full, card] = await fileStore().derivatives(
      (folder) => fullSet(original, folder, madeFor.focal, WORKER_ENCODES),
      created,
    )
    data = {
      derivatives: full.derivatives,
      cardDerivatives: card.derivatives,
      webVersions: 'ready',
      webVersionsError: null,
    }
  } catch (error) {
    payload.logger.error(`Web versions: media ${String(doc.id)} (${filename}) failed: ${errorMessage(error)}`)
    data = { webVersions: 'failed', webVersionsError: failureText(error, filename) }
  }
  try {
    await payload.update({
      collection: 'media',
      id: doc.id,
      data,
      depth: 0,
      overrideAccess: true,
      context: { [WEB_VERSIONS_FOR]: madeFor },
    })
  } catch (error) {
    await discardUnreferenced(payload, payload.collections.media.config, created)
    if (error instanceof StaleWebVersions || isNotFound(error)) {
      payload.logger.info(`Web versions: media ${String(doc.id)} changed or went while they were made; not written.`)
      return 'stale'
    }
    throw error
  }
  const outcome = data.webVersions === 'ready' ? 'ready' : 'failed'
  payload.logger.info(`Web versions: media ${String(doc.id)} ${outcome} in ${Date.now() - started} ms.`)
  return outcome
}

/**
 * Makes the web versions of pending photos (only `ids`, when given), oldest first, one at a time,
 * until none is left; returns how many were settled. A photo whose write failed for another
 * reason (the database busy) is tried again by a later call, not by this one.
 */
export async function makePendingWebVersions(
  payload: Payload,
  options: { ids?: readonly (number | string)[] } = {},
): Promise<number> {
  const tried = new Set<string>()
  let settled = 0
  for (;;) {
    if (state.stopping && state.payload === payload) return settled
    const { docs } = await payload.find({
      collection: 'media',
      where: {
        and: [{ webVersions: { equals: 'pending' } }, ...(options.ids ? [{ id: { in: [...options.ids] } }] : [])],
      },
      sort: 'updatedAt',
      limit: tried.size + 1,
      depth: 0,
      overrideAccess: true,
      select: { filename: true, focalX: true, focalY: true, updatedAt: true },
    })
    const next = docs.find((doc) => !tried.has(`${doc.id}@${doc.updatedAt}`))
    if (!next) return settled
    tried.add(`${next.id}@${next.updatedAt}`)
    try {
      await makeWebVersions(payload, next)
      settled += 1
    } catch (error) {
      payload.logger.error({ err: error }, `Web versions: media ${String(next.id)} could not be recorded.`)
    }
  }
}

/** How long a publish waits for the web versions of photos published entries use (PUBLISH_PHOTO_WAIT_SECONDS). */
export function publishPhotoWaitMs(env: Env = process.env): number {
  const raw = env.PUBLISH_PHOTO_WAIT_SECONDS
  if (raw === undefined || raw.trim() === '') return 300_000
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(
      `PUBLISH_PHOTO_WAIT_SECONDS must be a number of seconds, 0 or more (it is "${raw}"). / PUBLISH_PHOTO_WAIT_SECONDS phải là số giây, từ 0 trở lên.`,
    )
  }
  return seconds * 1000
}

/** Pending photos that a published entry uses, with the alt text to name them by. */
export async function pendingPhotosInUse(payload: Payload): Promise<{ id: number | string; alt: string }[]> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { webVersions: { equals: 'pending' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { alt: true },
  })
  if (docs.length === 0) return []
  const req = await createLocalReq({}, payload)
  const used: { id: number | string; alt: string }[] = []
  for (const doc of docs) {
    if ((await publishedUsers(req, 'media', doc.id)).length > 0) used.push({ id: doc.id, alt: String(doc.alt ?? '') })
  }
  return used
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Before a publish exports: waits, at most `waitMs`, until no photo a published entry uses is
 * pending. Where no worker runs in this process (`npm run publish-site`), it makes them itself.
 * Photos still pending then are left out of this publish (the export leaves out a photo with no
 * web versions) and named in the log; the worker's write asks for the next publish.
 */
export async function awaitPhotosInUse(
  payload: Payload,
  log: (line: string) => void,
  waitMs: number = publishPhotoWaitMs(),
): Promise<{ id: number | string; alt: string }[]> {
  const deadline = Date.now() + waitMs
  let said = false
  for (;;) {
    const pending = await pendingPhotosInUse(payload)
    if (pending.length === 0) return []
    if (Date.now() >= deadline) {
      for (const photo of pending) {
        log(
          `photo ${String(photo.id)} ("${photo.alt}") still has no web versions after ${Math.round(waitMs / 1000)} s: left out of this publish (${WEB_VERSION_STATES.pending.en}); published again once they are made.`,
        )
      }
      return pending
    }
    if (!said) {
      log(
        `waiting for the web versions of ${pending.length} photo(s) published entries use: ${pending.map((p) => p.id).join(', ')}`,
      )
      said = true
    }
    const made = workerRunsHere() ? 0 : await makePendingWebVersions(payload, { ids: pending.map((p) => p.id) })
    if (made === 0) await sleep(Math.min(1000, Math.max(0, deadline - Date.now())))
  }
}

/** The retry's refusals that are not about the photo's state (that one is processPhoto's). */
const RETRY_REFUSALS = {
  notFound: (id: string) => ({
    vi: `Không có ảnh số "${id}". Hãy mở lại danh sách ảnh và chọn ảnh cần "Thử lại".`,
    en: `There is no photo "${id}". Open the list of photos again and pick the one to try again.`,
  }),
  forbidden: {
    vi: 'Tài khoản của bạn không được "Thử lại" cho ảnh này: chỉ người đã tải ảnh lên hoặc biên tập viên mới làm được. Hãy nhờ họ bấm "Thử lại".',
    en: 'Your account may not try this photo again: only whoever uploaded it or an editor may. Ask them to press "Try again".',
  },
}

/**
 * POST /api/media/:id/web-versions/retry, the admin's "Thử lại" next to a failure: the photo goes
 * back to the worker, for whoever may change the record (the same rules as any update of it). A
 * photo that did not fail is refused by processPhoto (409, nothing written). Every refusal names
 * what to do, in the user's language: the admin shows it as it is.
 */
export const retryWebVersionsEndpoint: Endpoint = {
  path: '/:id/web-versions/retry',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, REFUSALS.signIn)
    const id = String(req.routeParams?.id ?? '')
    // Photos have numeric ids on SQLite and PostgreSQL alike; anything else names no photo.
    if (!/^\d{1,15}$/.test(id)) return refuse(req, 404, RETRY_REFUSALS.notFound(id.slice(0, 40)))
    try {
      const doc = await req.payload.update({
        collection: 'media',
        id,
        data: {},
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        context: { retryWebVersions: true },
      })
      return Response.json({ id: doc.id, webVersions: doc.webVersions ?? null })
    } catch (error) {
      // Payload's own answers are generic ("Không tìm thấy", "Bạn không có quyền thực hiện lệnh này").
      if (error instanceof NotFound) return refuse(req, 404, RETRY_REFUSALS.notFound(id))
      if (error instanceof Forbidden) return refuse(req, 403, RETRY_REFUSALS.forbidden)
      throw error
    }
  },
}
