/**
 * One CMS instance of test/multi-instance.test.ts, run as its own Node process with
 * `payload run` (like `npm run publish-site`): Payload on the shared database with the
 * publisher on (SITE_AUTOBUILD=1, onInit starts it), as a server process has it. It says
 * `ready`, waits for the test's go file, saves its relic WORKER_EDITS times (each save asks for
 * a publish, as an officer's would), says `edited`, then says `idle` whenever nothing is waiting,
 * being recorded or building in this process, until it is stopped (whether the database's queue
 * is empty the test reads itself).
 * One line of JSON per event on stdout.
 */
import { existsSync } from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { runsScheduledJobs } from '../../src/publish/lease'
import { publishPending } from '../../src/publish/publisher'

const name = process.env.WORKER_NAME ?? '?'
const relic = Number(process.env.WORKER_RELIC)
const edits = Number(process.env.WORKER_EDITS ?? 3)
const go = process.env.WORKER_GO ?? ''
const say = (event: string, data: Record<string, unknown> = {}) =>
  console.log(`@@ ${JSON.stringify({ worker: name, event, at: Date.now(), ...data })}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const payload = await getPayload({ config })
say('ready', { jobs: await runsScheduledJobs(payload) })
while (!existsSync(go)) await sleep(50)
for (let i = 1; i <= edits; i++) {
  await payload.update({
    collection: 'relics',
    id: relic,
    data: { title: `${name} edit ${i}`, _status: 'published' },
    overrideAccess: true,
  })
  say('saved', { title: `${name} edit ${i}` })
  // Between saves longer than the debounce, so that requests come while a build runs.
  await sleep(1800 + Math.floor(Math.random() * 1200))
}
say('edited')
for (;;) {
  if (!publishPending()) say('idle')
  await sleep(300)
}
