/**
 * CMS_PROCESSES: how many server processes `npm run serve` runs on its port (scripts/serve.mjs).
 * One process answers one request at a time on the CPU, so on a machine with several cores the
 * admin's lists wait for each other; each process is a CMS instance of its own (README, "Several
 * CMS instances": locks in the database), and the kernel spreads the connections between them.
 * Free of imports beyond Node's, so that serve.mjs can load it directly.
 */
import { availableParallelism } from 'node:os'

type Env = Record<string, string | undefined>

/** More would only share the same cores and multiply the memory (each process holds Next and Payload). */
export const MAX_CMS_PROCESSES = 16

/** A wrong CMS_PROCESSES, said in both languages (serve.mjs prints each). */
export class CmsProcessesError extends Error {
  readonly vi: string
  readonly en: string
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`)
    this.name = 'CmsProcessesError'
    this.vi = vi
    this.en = en
  }
}

/** The number asked for: unset or empty 1; `auto`, one per core. */
export function cmsProcesses(env: Env = process.env, cores = availableParallelism()): number {
  const raw = env.CMS_PROCESSES?.trim() ?? ''
  if (raw === '') return 1
  if (raw === 'auto') return Math.min(Math.max(1, cores), MAX_CMS_PROCESSES)
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > MAX_CMS_PROCESSES) {
    throw new CmsProcessesError(
      `CMS_PROCESSES phải là một số nguyên từ 1 đến ${MAX_CMS_PROCESSES}, hoặc auto (mỗi lõi CPU một tiến trình); hiện là "${raw}".`,
      `CMS_PROCESSES must be a whole number from 1 to ${MAX_CMS_PROCESSES}, or auto (one process per CPU core); it is "${raw}".`,
    )
  }
  return n
}

/**
 * The environment of process `index` (1-based): the photos' web versions are made by the first
 * only, as one process per machine is enough to keep the cores busy and two would make the same
 * photo at once (WEB_VERSIONS_WORKER=0 set by the operator stops it there too).
 */
export function processEnv(env: Env, index: number): Env {
  const worker = env.WEB_VERSIONS_WORKER === '0' || index > 1 ? '0' : '1'
  return { ...env, CMS_PROCESS: String(index), WEB_VERSIONS_WORKER: worker }
}
