/**
 * An officer's upload of a 12 MP phone photo (issue 21): the admin's production server (`next
 * start`, whose web-version worker makes the versions after the save) on a new migrated SQLite
 * file of its own, an editor uploading photos one after another through REST as the admin's form
 * does (multipart), each a distinct 4032×3024 JPEG made here with sharp. Measured: the time until
 * each response (what the officer waits for), and from each upload until the worker marked its
 * web versions ready (the full AVIF/WebP/JPEG set and the 4:3 cards, real encodes).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
// @ts-expect-error a plain ES module of the CMS package, shared with `npm start`
import { ensureAdminBuild } from '../../cms/scripts/admin-build.mjs'
import { freePort } from '../../site/tools/free-port.ts'
import { waitFor } from './cms-api.ts'
import { CMS, env } from './config.ts'
import { payload } from './process.ts'

const WIDTH = 4032
const HEIGHT = 3024

/**
 * A phone-like photo: smooth colour blobs with fine grain (what makes a camera's JPEG heavy),
 * about 2 MB at quality 88, different every call (random), so no upload is refused as a copy.
 */
export async function phonePhoto(): Promise<Buffer> {
  const blobs = randomBytes(126 * 95 * 3)
  const grain = randomBytes(WIDTH * HEIGHT * 3)
  for (let i = 0; i < grain.length; i++) grain[i] = 112 + ((grain[i] ?? 0) & 31)
  return sharp(blobs, { raw: { width: 126, height: 95, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .composite([{ input: grain, raw: { width: WIDTH, height: HEIGHT, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Phone 12 MP' } })
    .toBuffer()
}

export interface UploadFigures {
  photos: number
  megabytes: number
  /** Each upload's time until the response, ms, in order. */
  responses: number[]
  /** Each upload's time from sending until its web versions were ready, ms. */
  ready: number[]
  p95: number
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export async function benchUpload(options: { photos: number; log: (line: string) => void }): Promise<UploadFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heritage-bench-upload-'))
  const own = { ...env, DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, 'data.db')}` }
  let server: ChildProcess | undefined
  try {
    const email = 'bench-upload@example.vn'
    const password = randomBytes(12).toString('hex')
    // Opening the new file applies the migrations; the editor may upload photos.
    await payload(['run', 'src/bench/steps.ts', '--', 'user', '--email', email, '--password', password], own)
    await ensureAdminBuild(own, options.log)
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    server = spawn(path.join(CMS, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
      cwd: CMS,
      env: { ...own, CMS_PORT: String(port), NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitFor(`${base}/api/users/me`, server)
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!login.ok || !token) throw new Error(`The benchmark editor could not sign in (HTTP ${login.status}).`)
    const headers = { authorization: `JWT ${token}` }

    // Made before the clock starts, so that the machine only serves during the measurement.
    const files = await Promise.all(Array.from({ length: options.photos }, () => phonePhoto()))
    const sent: { id: number; at: number }[] = []
    const responses: number[] = []
    for (const [i, file] of files.entries()) {
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), `IMG_${1000 + i}.jpg`)
      form.set('_payload', JSON.stringify({ alt: `Ảnh đo hiệu năng ${i + 1}` }))
      const at = performance.now()
      const res = await fetch(`${base}/api/media`, { method: 'POST', headers, body: form })
      const text = await res.text()
      responses.push(performance.now() - at)
      if (res.status !== 201) throw new Error(`The upload answered ${res.status}: ${text.slice(0, 300)}`)
      const doc = (JSON.parse(text) as { doc: { id: number; webVersions?: string } }).doc
      if (doc.webVersions !== 'pending' && doc.webVersions !== 'ready') {
        throw new Error(`The upload came back with webVersions ${String(doc.webVersions)}.`)
      }
      sent.push({ id: doc.id, at })
      options.log(`upload ${i + 1}/${options.photos}: ${(responses.at(-1) ?? 0).toFixed(0)} ms`)
    }
    const ready = new Map<number, number>()
    const deadline = performance.now() + 15 * 60_000
    while (ready.size < sent.length && performance.now() < deadline) {
      for (const { id, at } of sent) {
        if (ready.has(id)) continue
        const res = await fetch(
          `${base}/api/media/${id}?depth=0&select[webVersions]=true&select[webVersionsError]=true`,
          {
            headers,
          },
        )
        const doc = (await res.json()) as { webVersions?: string; webVersionsError?: string }
        if (doc.webVersions === 'failed') throw new Error(`Photo ${id}: ${doc.webVersionsError}`)
        if (doc.webVersions === 'ready') ready.set(id, performance.now() - at)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (ready.size < sent.length) throw new Error('The web versions were not ready within 15 minutes.')
    return {
      photos: files.length,
      megabytes: files.reduce((sum, f) => sum + f.length, 0) / files.length / 1e6,
      responses,
      ready: sent.map(({ id }) => ready.get(id) ?? 0),
      p95: percentile(responses, 95),
    }
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      server.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
