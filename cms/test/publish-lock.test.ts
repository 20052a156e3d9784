/**
 * `pnpm --filter @heritage/cms publish` (src/publish/run.ts calls `publishSite`) during a publish
 * the admin started (a save queues one): both export into the one snapshot folder, so both hold
 * the export lock from the export to the end of the build, and a build never sees its snapshot
 * rewritten under it. Issue 15, leftover.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportLockFile } from '../src/publish/lock'
import { publishPending, publishSite, requestPublish, whenPublished } from '../src/publish/publisher'
import { bootPayload } from './payload'

// A stand-in for site/tools/publish.ts that takes its time, like a build, and fails if the
// snapshot it was given is rewritten while it runs (every export rewrites .export-state.json).
const FAKE_PUBLISH = `
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
const args = process.argv.slice(2)
const snapshot = args[args.indexOf('--snapshot') + 1]
const root = args[args.indexOf('--root') + 1]
const stamp = () => statSync(path.join(snapshot, '.export-state.json')).mtimeMs
const before = stamp()
const start = Date.now()
await new Promise((resolve) => setTimeout(resolve, 2500))
const calls = path.join(import.meta.dirname, '..', 'calls.log')
appendFileSync(calls, JSON.stringify({ start, end: Date.now() }) + '\\n')
if (stamp() !== before) {
  console.error('The snapshot was rewritten during the build.')
  process.exit(1)
}
mkdirSync(root, { recursive: true })
writeFileSync(path.join(root, 'status.json'), JSON.stringify({ state: 'ok', buildId: 'fake-' + start, pages: 3 }))
`

const work = mkdtempSync(path.join(tmpdir(), 'heritage-publish-lock-'))
const fakeSite = path.join(work, 'site')
const callsFile = path.join(fakeSite, 'calls.log')
const snapshot = path.join(work, 'snapshot')
let payload: Payload

const calls = (): { start: number; end: number }[] =>
  existsSync(callsFile)
    ? readFileSync(callsFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : []

beforeAll(async () => {
  mkdirSync(path.join(fakeSite, 'tools'), { recursive: true })
  writeFileSync(path.join(fakeSite, 'tools', 'publish.ts'), FAKE_PUBLISH)
  Object.assign(process.env, {
    SITE_DIR: fakeSite,
    SNAPSHOT_DIR: snapshot,
    SITE_ROOT: path.join(work, 'public'),
    SITE_URL: 'https://disan.example.vn',
  })
  payload = await bootPayload()
  await payload.create({
    collection: 'relics',
    data: { title: 'Đình Khóa', rank: 'provincial', types: ['historical'], _status: 'published' },
  })
})

afterAll(async () => {
  await whenPublished()
  process.env.SITE_AUTOBUILD = '0'
  await payload?.destroy()
  rmSync(work, { recursive: true, force: true })
})

describe('the publish command during an admin publish', () => {
  it('waits for it: one export and build at a time, neither build sees its snapshot rewritten', async () => {
    process.env.SITE_AUTOBUILD = '1'
    // The admin path: a save asks for a publish, which starts after the debounce.
    requestPublish(payload, 'an editor saved')
    expect(publishPending()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1700))
    // The command's path, while the admin's build runs.
    const command = await publishSite(payload)
    await whenPublished()
    process.env.SITE_AUTOBUILD = '0'

    expect(command.buildId).toMatch(/^fake-/)
    const [first, second] = calls()
    expect(calls()).toHaveLength(2)
    expect(second?.start).toBeGreaterThanOrEqual(first?.end ?? Number.POSITIVE_INFINITY)
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.state).toBe('ok')
    expect(existsSync(exportLockFile(snapshot))).toBe(false)
  })

  it('takes over the lock of a publish that was killed', async () => {
    writeFileSync(exportLockFile(snapshot), JSON.stringify({ pid: 2 ** 22 + 12345, since: 'then', token: 'dead' }))
    const lines: string[] = []
    const outcome = await publishSite(payload, { log: (line) => lines.push(line) })
    expect(outcome.buildId).toMatch(/^fake-/)
    expect(lines.join('\n')).toMatch(/Took over the publish lock/)
    expect(existsSync(exportLockFile(snapshot))).toBe(false)
  })
})
