/**
 * `pnpm --filter @heritage/cms import-sheet -- --kind relics --file so-lieu.xlsx [--commit]
 *   [--map "Tên cột=khóa"]… [--as email] [--json]`
 * `pnpm --filter @heritage/cms import-sheet -- --kind relics --template mau.xlsx`
 *
 * Without --commit it is a dry run: it prints, per row and column, what would be created,
 * updated or rejected and why, and writes nothing. With --commit it imports everything or nothing.
 * --as runs with that account's scope and rights; without it the import runs as the system.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { IMPORT_KIND_NAMES, type ImportKindName } from './kinds'
import { commitImport, ImportRefused, planImport } from './plan'
import { planReport } from './report'
import { readSheet, SheetError } from './sheet'
import { importTemplate } from './template'

const args = process.argv.slice(2)
const value = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
// pnpm runs this in cms/; paths are relative to where the command was typed.
const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const values = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1] as string] : []))

const kind = value('--kind') as ImportKindName | undefined
if (!kind || !IMPORT_KIND_NAMES.includes(kind)) {
  console.error(`--kind is required: one of ${IMPORT_KIND_NAMES.join(', ')}`)
  process.exit(2)
}
const template = value('--template')
if (template) {
  await writeFile(fromCwd(template), await importTemplate(kind))
  console.log(`Tệp mẫu / template: ${fromCwd(template)}`)
  process.exit(0)
}
const file = value('--file')
if (!file) {
  console.error('--file is required (an .xlsx or .csv file), or --template OUT.xlsx for a template')
  process.exit(2)
}
const mapping = Object.fromEntries(
  values('--map').map((pair) => {
    const at = pair.lastIndexOf('=')
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  }),
)

const payload = await getPayload({ config, disableOnInit: true })
let code = 0
try {
  const sheet = await readSheet(new Uint8Array(await readFile(fromCwd(file))), file)
  const email = value('--as')
  const user = email
    ? ((await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0] as
        | (Record<string, unknown> & { id: number })
        | undefined)
    : undefined
  if (email && !user) throw new Error(`No account ${email}`)
  const options = { kind, sheet, mapping, user }
  if (args.includes('--commit')) {
    const result = await commitImport(payload, { ...options, publish: false })
    console.log(`Đã nhập / imported: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi.`)
    console.log('Các mục mới là bản nháp; xuất bản trong trang quản trị. / New records are drafts.')
  } else {
    const plan = await planImport(payload, options)
    console.log(args.includes('--json') ? JSON.stringify(plan, null, 1) : planReport(plan))
    code = plan.canCommit ? 0 : 1
  }
} catch (error) {
  if (error instanceof ImportRefused) console.error(`${planReport(error.plan)}\n${error.message}`)
  else if (error instanceof SheetError) console.error(error.bilingual.vi)
  else console.error(error)
  code = 1
}
await payload.destroy()
process.exit(code)
