import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { errorCode } from '../shared/errors'

/**
 * The lock a publish holds from the export of the snapshot to the end of the site build, across
 * processes: the admin's background publish and `npm run publish-site` both write
 * the one snapshot folder, and a build must never read a snapshot that another export is
 * rewriting under it. (site/tools/publish.ts holds its own lock on the build folders only;
 * this one is taken first, so the two never wait for each other in the wrong order.)
 *
 * A lock file made with O_EXCL holding the holder's pid; the lock of a process that is gone (a
 * killed publish) is taken over. Kept beside the snapshot, the folder it protects.
 */
export const exportLockFile = (snapshot: string): string => `${path.resolve(snapshot)}.lock`

const holderFile = z.object({ pid: z.number(), since: z.string(), token: z.string() })
type Holder = z.infer<typeof holderFile>

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

const readHolder = (file: string): Promise<Holder | null> =>
  readFile(file, 'utf8').then(
    (text) => holderFile.parse(JSON.parse(text)),
    () => null,
  )

export class LockTimeout extends Error {
  override name = 'LockTimeout'
}

/** Runs `task` while holding the lock; waits for another holder up to `waitMs`. */
export async function withExportLock<T>(
  snapshot: string,
  task: () => Promise<T>,
  options: { waitMs: number; log?: (line: string) => void },
): Promise<T> {
  const file = exportLockFile(snapshot)
  await mkdir(path.dirname(file), { recursive: true })
  const mine: Holder = { pid: process.pid, since: new Date().toISOString(), token: randomBytes(8).toString('hex') }
  const deadline = Date.now() + options.waitMs
  let told = false
  for (;;) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(JSON.stringify(mine))
      await handle.close()
      break
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const holder = await readHolder(file)
    if (holder && !alive(holder.pid)) {
      // Moved aside first, then checked: only the dead holder's lock is removed, never a new one.
      const stale = `${file}.stale-${mine.token}`
      if (
        await rename(file, stale).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await readHolder(stale)
        if (moved?.token === holder.token) await rm(stale, { force: true })
        else await rename(stale, file)
        options.log?.(`Took over the publish lock of a process that stopped (pid ${holder.pid}).`)
      }
      continue
    }
    if (Date.now() > deadline) {
      throw new LockTimeout(
        `Một lần xuất bản khác vẫn đang chạy (pid ${holder?.pid ?? '?'}, từ ${holder?.since ?? '?'}); hãy thử lại khi nó xong. / ` +
          `Another publish is still running (pid ${holder?.pid ?? '?'}, since ${holder?.since ?? '?'}); try again when it has finished. ` +
          `If none is running, delete ${file}.`,
      )
    }
    if (!told) {
      options.log?.(`Another publish is running (pid ${holder?.pid ?? '?'}); waiting for it to finish…`)
      told = true
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  // A process stopped during the task (SIGTERM) releases the lock on its way out, not at the next
  // publish's take-over; only synchronous work runs at exit.
  const releaseAtExit = () => {
    try {
      if (holderFile.parse(JSON.parse(readFileSync(file, 'utf8'))).token === mine.token) rmSync(file, { force: true })
    } catch {}
  }
  process.once('exit', releaseAtExit)
  try {
    return await task()
  } finally {
    process.off('exit', releaseAtExit)
    if ((await readHolder(file))?.token === mine.token) await rm(file, { force: true })
  }
}
