/**
 * `npm run translations -- export --kind relics --locale en --out dich.xlf [--ids 3,7] [--as email]`
 * `npm run translations -- import --locale en --file dich.xlf [--as email]`
 *
 * Export writes the entries' texts to translate (every entry of the kind, or the given ids) as
 * XLIFF 2.0 (.xlf, .xliff) or a spreadsheet (.xlsx), by the file's ending. Import applies a filled
 * file to that language only and lists, unit by unit, what was written and what was skipped and why.
 * --as works with that account's rights; without it, as the system.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ENTRY_KINDS, isEntryKind } from '@heritage/contract'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { CommandError, runWithPayload } from '../cli'
import { type ExchangeFormat, exportTranslations, importTranslations, TranslationRefused } from './index'

const [action, ...args] = process.argv.slice(2)
const value = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
// pnpm runs this in cms/; paths are relative to where the command was typed.
const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

function formatOf(file: string): ExchangeFormat {
  const ending = path.extname(file).toLowerCase()
  if (ending === '.xlf' || ending === '.xliff') return 'xliff'
  if (ending === '.xlsx') return 'xlsx'
  throw new CommandError(
    `Không biết định dạng của “${file}”: hãy dùng tệp .xlf (XLIFF 2.0) hoặc .xlsx.`,
    `Unknown format for “${file}”: use a .xlf (XLIFF 2.0) or .xlsx file.`,
    2,
  )
}

function required(name: string, vi: string, en: string): string {
  const given = value(name)
  if (!given) throw new CommandError(`Thiếu ${name} ${vi}.`, `${name} ${en} is required.`, 2)
  return given
}

async function account(payload: Payload) {
  const email = value('--as')
  if (!email) return undefined
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  const user = found.docs[0]
  if (!user) {
    throw new CommandError(
      `Không có tài khoản ${email} (--as). Hãy nhập đúng e-mail đăng nhập của một tài khoản.`,
      `There is no account ${email} (--as). Give the sign-in e-mail of an existing account.`,
    )
  }
  return user
}

async function exportFile(payload: Payload) {
  const kind = required('--kind', `(một trong ${ENTRY_KINDS.join(', ')})`, `(one of ${ENTRY_KINDS.join(', ')})`)
  if (!isEntryKind(kind)) {
    throw new CommandError(
      `Không có loại “${kind}”. Hãy chọn một trong: ${ENTRY_KINDS.join(', ')}.`,
      `There is no kind “${kind}”: one of ${ENTRY_KINDS.join(', ')}.`,
      2,
    )
  }
  const target = required('--locale', 'NGÔN_NGỮ (vd. en)', 'LOCALE (e.g. en)')
  const out = required('--out', 'TỆP.xlf hoặc TỆP.xlsx', 'FILE.xlf or FILE.xlsx')
  const format = formatOf(out)
  const user = await account(payload)
  const given = value('--ids')
  const ids = given
    ? given.split(',').map((id) => id.trim())
    : (
        await payload.find({ collection: kind, limit: 0, depth: 0, draft: true, pagination: false, select: {} })
      ).docs.map((doc) => doc.id)
  const request = { collection: kind, ids, target, ...(user ? { user } : {}) }
  const data =
    format === 'xliff'
      ? await exportTranslations(payload, request, 'xliff')
      : await exportTranslations(payload, request, 'xlsx')
  await writeFile(fromCwd(out), data)
  console.log(`Đã xuất ${ids.length} mục để dịch sang “${target}” / exported ${ids.length} entries: ${fromCwd(out)}`)
  return 0
}

async function importFile(payload: Payload) {
  const target = required('--locale', 'NGÔN_NGỮ (vd. en)', 'LOCALE (e.g. en)')
  const file = required('--file', 'TỆP đã dịch (.xlf hoặc .xlsx)', 'the filled FILE (.xlf or .xlsx)')
  const format = formatOf(file)
  const data = new Uint8Array(await readFile(fromCwd(file)))
  const user = await account(payload)
  const report = await importTranslations(payload, { format, data }, { target, ...(user ? { user } : {}) })
  console.log(
    `Đã ghi ${report.applied.length} đoạn, ${report.unchanged.length} không đổi, ${report.untranslated.length} chưa dịch, ${report.skipped.length} bỏ qua. / Applied ${report.applied.length} units, ${report.unchanged.length} unchanged, ${report.untranslated.length} not translated yet, ${report.skipped.length} skipped.`,
  )
  for (const skipped of report.skipped)
    console.log(`Bỏ qua / skipped ${skipped.id}: ${skipped.reason.vi} / ${skipped.reason.en}`)
  return report.skipped.length > 0 ? 1 : 0
}

await runWithPayload(
  () => getPayload({ config, disableOnInit: true }),
  async (payload) => {
    try {
      if (action === 'export') return await exportFile(payload)
      if (action === 'import') return await importFile(payload)
      throw new CommandError(
        'Hãy dùng “translations export …” hoặc “translations import …” (xem README).',
        'Use “translations export …” or “translations import …” (see the README).',
        2,
      )
    } catch (error) {
      if (error instanceof TranslationRefused) throw new CommandError(error.reason.vi, error.reason.en)
      throw error
    }
  },
)
