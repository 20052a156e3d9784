/**
 * `npm run seed` (= `payload run src/seed/run.ts`): fills the configured
 * database with the demo region and prints the demo accounts (unless SEED_QUIET_ACCOUNTS=1, which
 * `npm start` sets because its ready banner lists them). Running it again changes nothing.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { CommandError, runWithPayload } from '../cli'
import { DEMO_ACCOUNTS, seed } from './index'

await runWithPayload(
  () => getPayload({ config }),
  async (payload) => {
    const result = await seed(payload, { log: (msg) => payload.logger.info(msg) }).catch((error: Error) => {
      throw new CommandError(
        `Chưa tạo xong dữ liệu mẫu (${error.message}). Những gì đã tạo vẫn còn: chạy lại lệnh để hoàn tất.`,
        `Seeding failed (${error.message}); the records created so far stay, and running it again completes them.`,
      )
    })
    const created = Object.entries(result.counts)
      .map(([collection, n]) => `${collection}: ${n}`)
      .join(', ')
    // Plain lines rather than log records, so the accounts are easy to copy.
    console.log(result.created ? `\nCreated ${created}.` : '\nThe demo content was already there.')
    if (process.env.SEED_QUIET_ACCOUNTS !== '1') {
      console.log('Tài khoản demo / demo accounts:')
      for (const account of DEMO_ACCOUNTS) {
        console.log(`  ${account.role.padEnd(12)} ${account.email.padEnd(26)} ${account.password}`)
      }
    }
  },
)
