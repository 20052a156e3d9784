/**
 * `npm run publish-site` (= `payload run src/publish/run.ts`): exports the snapshot
 * and builds the public site now, as a save in the admin would, and waits for the result; while
 * the admin's own publish runs, it waits for it (they share the export lock, see lock.ts). Nothing
 * is built when the live site already matches. Exits non-zero with the reason when the site was
 * not updated (the live site is then unchanged).
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { CommandError, runWithPayload } from '../cli'
import { kindLabel } from '../shared/collections'
import { publishSite } from './publisher'

// No nightly timer and no resumed publish in a one-shot command: this command is the publish.
await runWithPayload(
  () => getPayload({ config, disableOnInit: true }),
  async (payload) => {
    const outcome = await publishSite(payload, { log: (line) => console.log(line) }).catch((error: Error) => {
      throw new CommandError(
        `Trang công khai chưa được cập nhật (trang đang chạy giữ nguyên): ${error.message}`,
        `The public site was not updated (the live site is unchanged): ${error.message}`,
      )
    })
    console.log(
      outcome.skipped
        ? `Public site is up to date (build ${outcome.buildId}).`
        : `Public site published: build ${outcome.buildId}, ${outcome.pages} pages.`,
    )
    for (const entry of outcome.excluded) {
      const label = kindLabel(payload, entry.kind).vi
      console.error(
        `Không đưa lên trang công khai / left out: ${label} ${entry.id} "${entry.title}" (${entry.problem}); sửa tại /admin/collections/${entry.kind}/${entry.id}`,
      )
    }
  },
)
