/**
 * The CMS side of the benchmark's locales step (bench/steps/locales.ts): exports the snapshot as
 * the installation publishes it with the given translation locales (the `installation` global's
 * `siteLocales`, as an officer sets it), then puts the setting back as it was. Prints one JSON line
 * (`BENCH {…}`) for the orchestrator; not meant to be run by hand.
 *
 *   payload run src/bench/locales.ts -- --site-locales en,ko,zh-Hans,ja --snapshot DIR
 */
import { parseArgs } from 'node:util'
import { isLocale, type TranslationLocale } from '@heritage/contract'
import config from '@payload-config'
import { getPayload } from 'payload'
import { SEED_CONTEXT } from '../seed/engine'
import { exportSnapshot } from '../snapshot/export'

const { values } = parseArgs({ options: { 'site-locales': { type: 'string' }, snapshot: { type: 'string' } } })
const dir = values.snapshot
if (!dir || !values['site-locales']) throw new Error('Give --site-locales and --snapshot.')
const siteLocales = values['site-locales'].split(',').filter((l): l is TranslationLocale => isLocale(l) && l !== 'vi')

const payload = await getPayload({ config })
const before = await payload.findGlobal({ slug: 'installation', depth: 0, overrideAccess: true })
const setLocales = (locales: TranslationLocale[] | null | undefined) =>
  payload.updateGlobal({
    slug: 'installation',
    data: { siteLocales: locales ?? [] },
    depth: 0,
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
let code = 0
try {
  await setLocales(siteLocales)
  const start = process.hrtime.bigint()
  const exported = await exportSnapshot(payload, { dir, reason: 'benchmark' })
  const exportSeconds = Number(process.hrtime.bigint() - start) / 1e9
  console.log(
    `BENCH ${JSON.stringify({ exportSeconds, entries: exported.manifest.entries.length, locales: exported.manifest.locales })}`,
  )
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? String(error)) : String(error))
  code = 1
} finally {
  await setLocales(before.siteLocales)
  await payload.destroy()
}
process.exit(code)
