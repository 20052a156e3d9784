import type { Payload } from 'payload'
import { jsonConsole } from './log'
import { recordOr } from './shared/guards'

/**
 * How the command-line tools (import, export, backup, restore, publish-site, generate, seed) end:
 * exit code 0 on success; on failure one clear line in Vietnamese and one in English saying what
 * was wrong and what to do, exit code 1, and the stack trace only with --debug.
 */
export class CommandError extends Error {
  constructor(
    readonly vi: string,
    en: string,
    readonly exitCode = 1,
  ) {
    super(en)
    this.name = 'CommandError'
  }
}

export const debugRequested = (args: readonly string[] = process.argv): boolean => args.includes('--debug')

/** The two lines a failure is reported with. */
export function describeFailure(error: unknown): { vi: string; en: string } {
  if (error instanceof CommandError) return { vi: error.vi, en: error.message }
  const e = recordOr(error)
  const bilingual = recordOr(e.bilingual)
  // Errors that carry both languages: BackupError, DevelopmentSchemaError, SheetError (bilingual).
  if (typeof e.vi === 'string') return { vi: e.vi, en: String(e.en ?? e.message ?? '') }
  if (typeof bilingual.vi === 'string') return { vi: bilingual.vi, en: String(bilingual.en ?? e.message ?? '') }
  if (e.code === 'ENOENT' && typeof e.path === 'string') {
    return {
      vi: `Không có tệp hay thư mục ${e.path}. Hãy kiểm tra đường dẫn (tính từ thư mục đang đứng).`,
      en: `${e.path} does not exist. Check the path (relative to the folder you are in).`,
    }
  }
  if ((e.code === 'EACCES' || e.code === 'EPERM') && typeof e.path === 'string') {
    return {
      vi: `Không có quyền đọc/ghi ${e.path}. Hãy kiểm tra quyền của tệp hay thư mục.`,
      en: `No permission to read or write ${e.path}.`,
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    vi: `Lệnh không hoàn thành: ${message}. Chạy lại với --debug để xem chi tiết.`,
    en: `The command failed: ${message}. Run it again with --debug for details.`,
  }
}

export function reportFailure(error: unknown, args: readonly string[] = process.argv): number {
  const { vi, en } = describeFailure(error)
  console.error(vi === en ? vi : `${vi}\n${en}`)
  if (debugRequested(args)) console.error(error)
  return error instanceof CommandError ? error.exitCode : 1
}

/**
 * Runs a command's body and exits: its return value (or 0) on success, reportFailure's code on
 * failure. `cleanup` runs either way (closing the database), its own errors ignored.
 */
export async function runCommand(
  body: () => Promise<unknown>,
  cleanup: () => Promise<unknown> = async () => undefined,
): Promise<never> {
  jsonConsole('heritage')
  let code: number
  try {
    const result = await body()
    code = typeof result === 'number' ? result : 0
  } catch (error) {
    code = reportFailure(error)
  }
  await cleanup().catch(() => undefined)
  process.exit(code)
}

/**
 * runCommand with the database open: opening it is part of the command (a database that cannot be
 * upgraded is one plain refusal, not Payload's stack trace), and it is closed either way.
 */
export async function runWithPayload(
  open: () => Promise<Payload>,
  body: (payload: Payload) => Promise<unknown>,
): Promise<never> {
  let payload: Payload | undefined
  return runCommand(
    async () => {
      payload = await open()
      return body(payload)
    },
    async () => payload?.destroy(),
  )
}
