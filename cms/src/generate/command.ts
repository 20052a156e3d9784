/**
 * `npm run generate -- --entries 10000 --seed 1` (= `payload run
 * src/generate/command.ts`): fills the configured database (DATA_DIR, migrated) with a synthetic
 * province for benchmarks. Refuses a database that already has one. See synthetic.ts.
 *
 *   --translated 0.25 --translated-locales ko,zh-Hans,ja   a quarter of the entries also in those
 *                                                          locales (title, summary, body)
 *   --add-translations                                     only that, on the province already in
 *                                                          the database (generated without them)
 *   --saves-per-transaction 50                             entries and batches per database
 *                                                          transaction (1: a commit per save)
 */
import { parseArgs } from 'node:util'
import { isLocale, type TranslationLocale } from '@heritage/contract'
import config from '@payload-config'
import { getPayload } from 'payload'
import { CommandError, runCommand, runWithPayload } from '../cli'
import { errorMessage } from '../shared/errors'
import { generateProvince } from './synthetic'
import { type TranslateResult, translateProvince } from './translate'

const parse = () =>
  parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      images: { type: 'string' },
      translated: { type: 'string', default: '0' },
      'translated-locales': { type: 'string', default: 'ko,zh-Hans,ja' },
      'add-translations': { type: 'boolean' },
      'saves-per-transaction': { type: 'string' },
      debug: { type: 'boolean' },
    },
  }).values

const usage = '--entries N --seed N [--images N] [--translated SHARE --translated-locales ko,zh-Hans,ja]'

const isTranslationLocale = (code: string): code is TranslationLocale => isLocale(code) && code !== 'vi'

let values: ReturnType<typeof parse>
const locales: TranslationLocale[] = []
try {
  values = parse()
  for (const code of values['translated-locales'].split(',').map((l) => l.trim())) {
    if (!isTranslationLocale(code)) throw new Error(`"${code}" is not a translation locale`)
    locales.push(code)
  }
} catch (error) {
  await runCommand(async () => {
    throw new CommandError(
      `Tùy chọn không hợp lệ: ${errorMessage(error)}. Dùng ${usage}.`,
      `${errorMessage(error)}. Use ${usage}.`,
      2,
    )
  })
}
const printTranslations = (t: TranslateResult) =>
  console.log(
    `Translations: ${t.translated} of ${t.entries} entries into ${locales.join(', ')}, ` +
      `${t.writes} saves in ${t.seconds.toFixed(0)} s.`,
  )

await runWithPayload(
  () => getPayload({ config }),
  async (payload) => {
    // Plain lines: the logger buffers, and progress should show as it happens.
    const log = (message: string) => console.log(message)
    const translated = { share: Number(values.translated), locales }
    if (values['add-translations']) {
      printTranslations(await translateProvince(payload, { ...translated, seed: Number(values.seed), log }))
      return
    }
    const result = await generateProvince(payload, {
      entries: Number(values.entries),
      seed: Number(values.seed),
      images: values.images === undefined ? undefined : Number(values.images),
      savesPerTransaction:
        values['saves-per-transaction'] === undefined ? undefined : Number(values['saves-per-transaction']),
      translated,
      log,
    })
    const counts = Object.entries(result.counts)
      .map(([collection, n]) => `${collection}: ${n}`)
      .join(', ')
    console.log(`\nGenerated in ${result.seconds.toFixed(0)} s: ${counts}.`)
    if (result.translations) printTranslations(result.translations)
  },
)
