/**
 * `npm run export [-- --out DIR]` (= `payload run src/snapshot/run.ts`): writes
 * the public snapshot (published entries, public fields, every locale, web media) to DIR, by
 * default DATA_DIR/snapshot. Unchanged files are left alone.
 */
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { runWithPayload } from '../cli'
import { snapshotDir } from '../paths'
import { exportSnapshot } from './export'

const args = process.argv.slice(2)
const at = args.indexOf('--out')
// Relative to where the command was typed.
const dir =
  at >= 0 && args[at + 1] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), String(args[at + 1])) : snapshotDir()

// No publisher here: the process exits after the export and would cut a background build short.
await runWithPayload(
  () => getPayload({ config, disableOnInit: true }),
  async (payload) => {
    const result = await exportSnapshot(payload, {
      dir,
      log: (msg) => payload.logger.info(msg),
      reason: 'command line (npm run export)',
    })
    console.log(
      `${dir}: ${result.manifest.entries.length} entries, content hash ${result.manifest.contentHash.slice(0, 12)}`,
    )
  },
)
