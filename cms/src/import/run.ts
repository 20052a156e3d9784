/**
 * `npm run import -- --kind relics --file so-lieu.xlsx [--commit]
 *   [--map "Tên cột=khóa"]… [--sheet "Tên trang"]… [--header-row N | "Tên trang=N"]
 *   [--section "I. XÃ PHÙ ĐỔNG=commune"]… [--as email] [--json] [--debug]`
 * `npm run import -- --kind relics --template mau.xlsx`
 *
 * Reads .xlsx, .xlsm, .xls, .ods and .csv. Without --commit it is a dry run: it prints the structure
 * it found (header rows, sections, rows skipped and why), then per row and column what would be
 * created, updated or rejected and why, and writes nothing. With --commit it imports everything or nothing.
 * --as runs with that account's scope and rights; without it the import runs as the system.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { CommandError, runCommand, runWithPayload } from '../cli'
import { commitImport, ImportRefused } from './commit'
import { IMPORT_KIND_NAMES, isImportKindName } from './kinds'
import { planImport } from './plan'
import { planReport } from './report'
import { importTemplate } from './template'
import { readWorkbook } from './workbook'

const args = process.argv.slice(2)
const value = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
// pnpm runs this in cms/; paths are relative to where the command was typed.
const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const values = (name: string) =>
  args.flatMap((arg, i) => {
    const next = args[i + 1]
    return arg === name && next ? [next] : []
  })

const givenKind = value('--kind')
const kinds = IMPORT_KIND_NAMES.join(', ')
const kind =
  givenKind && isImportKindName(givenKind)
    ? givenKind
    : await runCommand(async () => {
        throw new CommandError(
          givenKind
            ? `Không có loại "${givenKind}" cho --kind. Hãy chọn một trong: ${kinds}.`
            : `Thiếu --kind: hãy chọn một trong ${kinds}.`,
          givenKind ? `--kind "${givenKind}" is not one of ${kinds}.` : `--kind is required: one of ${kinds}.`,
          2,
        )
      })
const template = value('--template')
if (template) {
  await runCommand(async () => {
    await writeFile(fromCwd(template), await importTemplate(kind))
    console.log(`Tệp mẫu / template: ${fromCwd(template)}`)
  })
}
const file = value('--file')
if (!file) {
  await runCommand(async () => {
    throw new CommandError(
      'Thiếu --file TỆP (.xlsx, .xls, .ods hoặc .csv), hoặc --template TỆP.xlsx để lấy tệp mẫu.',
      '--file is required (.xlsx, .xls, .ods or .csv), or --template OUT.xlsx for a template.',
      2,
    )
  })
}
const mapping = Object.fromEntries(
  values('--map').map((pair) => {
    const at = pair.lastIndexOf('=')
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  }),
)

const pairs = (name: string) =>
  values(name).map((pair) => {
    const at = pair.lastIndexOf('=')
    return at < 0 ? ['', pair.trim()] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  })
const sheets = values('--sheet')
const headerRows = pairs('--header-row')
const layout = {
  ...(sheets.length ? { sheets } : {}),
  sections: Object.fromEntries(pairs('--section')),
}

// Read the file before opening the database: a wrong path is reported at once.
const bytes = await readFile(fromCwd(String(file))).catch((error) =>
  runCommand(async () => {
    throw error
  }),
)
await runWithPayload(
  () => getPayload({ config, disableOnInit: true }),
  async (payload) => {
    try {
      const workbook = await readWorkbook(new Uint8Array(bytes), String(file))
      // "--header-row 5" applies to every sheet read; "--header-row Sheet=5" to one.
      const headerRow = Object.fromEntries(
        workbook.sheets.flatMap((sheet) =>
          headerRows
            .filter(([name]) => name === '' || name === sheet.name)
            .map(([, row]) => [sheet.name, Number(row)] as const),
        ),
      )
      const email = value('--as')
      const user = email
        ? (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]
        : undefined
      if (email && !user) {
        throw new CommandError(
          `Không có tài khoản ${email} (--as). Hãy nhập đúng e-mail đăng nhập của một tài khoản.`,
          `There is no account ${email} (--as). Give the sign-in e-mail of an existing account.`,
        )
      }
      const options = { kind, workbook, mapping, user, layout: { ...layout, headerRow } }
      if (args.includes('--commit')) {
        const result = await commitImport(payload, { ...options, publish: false })
        console.log(
          `Đã nhập / imported: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi.`,
        )
        console.log('Các mục mới là bản nháp; xuất bản trong trang quản trị. / New records are drafts.')
        return 0
      }
      const plan = await planImport(payload, options)
      console.log(args.includes('--json') ? JSON.stringify(plan, null, 1) : planReport(plan))
      return plan.canCommit ? 0 : 1
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error
      console.error(`${planReport(error.plan)}\n${error.message}`)
      return 1
    }
  },
)
