/**
 * The publish lock (`<root>/publish.lock`): one build at a time per root. A second publisher waits;
 * a lock left by a killed publisher (its pid is gone) is taken over and its half-made build removed.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { PublishError } from './failure.ts'
import { errnoOf, readJson } from './files.ts'
import { currentBuild } from './status.ts'

/** Sortable by time, unique across processes. */
let buildsStarted = 0
/**
 * Sorts in the order builds get the lock (to the millisecond, then by a counter in this process):
 * pruning keeps the newest by name, and the live build is the newest.
 */
const newBuildId = () =>
  `${new Date().toISOString().replace(/[-:]/g, '').replace('.', '')}-${String(buildsStarted++ % 1000).padStart(3, '0')}${randomBytes(3).toString('hex')}`

interface LockHolder {
  pid: number
  buildId: string
  since: string
  token: string
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) === 'EPERM'
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new PublishError('Publishing was interrupted.'))
      },
      { once: true },
    )
  })

/**
 * Waits for the publish lock and names the build when it is taken: a build named when it started
 * could get the lock after a later one, and end up live behind it while sorting before it.
 */
export async function acquireLock(
  root: string,
  options: { waitMs: number; signal?: AbortSignal; log: (line: string) => void },
): Promise<{ release: () => Promise<void>; buildId: string }> {
  const file = path.join(root, 'publish.lock')
  const mine: LockHolder = {
    pid: process.pid,
    buildId: '',
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  }
  const release = async () => {
    const holder = await readJson<LockHolder>(file)
    if (holder?.token === mine.token) await rm(file, { force: true })
  }
  const deadline = Date.now() + options.waitMs
  let told = false
  for (;;) {
    try {
      mine.buildId = newBuildId()
      const handle = await open(file, 'wx')
      await handle.writeFile(JSON.stringify(mine))
      await handle.close()
      return { release, buildId: mine.buildId }
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error
    }
    const holder = await readJson<LockHolder>(file)
    if (holder && !isAlive(holder.pid)) {
      // Rename first, then make sure it was the dead holder's lock that moved and not a new one.
      const stale = `${file}.stale-${mine.token}`
      if (
        await rename(file, stale).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await readJson<LockHolder>(stale)
        if (moved?.token === holder.token) {
          await rm(stale, { force: true })
          if (holder.buildId !== (await currentBuild(root))) {
            await rm(path.join(root, 'builds', holder.buildId), { recursive: true, force: true })
          }
          options.log(`Took over the lock of a publisher that stopped (pid ${holder.pid}).`)
        } else {
          await rename(stale, file)
        }
      }
      continue
    }
    if (Date.now() > deadline) {
      throw new PublishError(
        `Another publish of ${root} is still running (pid ${holder?.pid ?? '?'}, since ${holder?.since ?? '?'}). ` +
          `Try again when it has finished; if no publish is running, delete ${file}.`,
      )
    }
    if (!told) {
      options.log(`Another publish is running (pid ${holder?.pid ?? '?'}); waiting for it to finish…`)
      told = true
    }
    await sleep(250, options.signal)
  }
}
