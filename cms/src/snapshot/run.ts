/**
 * `pnpm --filter @heritage/cms export [-- --out DIR]` (= `payload run src/snapshot/run.ts`): writes
 * the public snapshot (published entries, public fields, every locale, web media) to DIR, by
 * default DATA_DIR/snapshot. Unchanged files are left alone.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { snapshotDir } from '../paths'
import { exportSnapshot } from './export'

const args = process.argv.slice(2)
const at = args.indexOf('--out')
const dir = at >= 0 && args[at + 1] ? args[at + 1] : snapshotDir()

// No publisher here: the process exits after the export and would cut a background build short.
const payload = await getPayload({ config, disableOnInit: true })
try {
  const result = await exportSnapshot(payload, {
    dir: String(dir),
    log: (msg) => payload.logger.info(msg),
    reason: 'command line (pnpm export)',
  })
  console.log(
    `${dir}: ${result.manifest.entries.length} entries, content hash ${result.manifest.contentHash.slice(0, 12)}`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  payload.logger.error({ err: error }, 'Export failed; the previous snapshot is unchanged where it was not rewritten.')
  await payload.destroy()
  process.exit(1)
}
