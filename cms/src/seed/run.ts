/**
 * `pnpm --filter @heritage/cms seed` (= `payload run src/seed/run.ts`): fills the configured
 * database with the demo region and prints the demo accounts (unless SEED_QUIET_ACCOUNTS=1, which
 * `npm start` sets because its ready banner lists them). Running it again changes nothing.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { DEMO_ACCOUNTS, seed } from './index'

const payload = await getPayload({ config })
try {
  const result = await seed(payload, { log: (msg) => payload.logger.info(msg) })
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
  await payload.destroy()
  process.exit(0)
} catch (error) {
  payload.logger.error(
    { err: error },
    'Seeding failed; the records created so far stay, and running the seed again completes them.',
  )
  await payload.destroy()
  process.exit(1)
}
