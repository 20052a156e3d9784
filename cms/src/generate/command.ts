/**
 * `npm run generate -- --entries 10000 --seed 1` (= `payload run
 * src/generate/command.ts`): fills the configured database (DATA_DIR, migrated) with a synthetic
 * province for benchmarks. Refuses a database that already has one. See synthetic.ts.
 */
import { parseArgs } from 'node:util'
import config from '@payload-config'
import { getPayload } from 'payload'
import { CommandError, runCommand, runWithPayload } from '../cli'
import { errorMessage } from '../shared/errors'
import { generateProvince } from './synthetic'

const parse = () =>
  parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      images: { type: 'string' },
      debug: { type: 'boolean' },
    },
  }).values

let values: ReturnType<typeof parse>
try {
  values = parse()
} catch (error) {
  await runCommand(async () => {
    throw new CommandError(
      `Tùy chọn không hợp lệ: ${errorMessage(error)}. Dùng --entries N --seed N [--images N].`,
      `${errorMessage(error)}. Use --entries N --seed N [--images N].`,
      2,
    )
  })
}

await runWithPayload(
  () => getPayload({ config }),
  async (payload) => {
    const result = await generateProvince(payload, {
      entries: Number(values.entries),
      seed: Number(values.seed),
      images: values.images === undefined ? undefined : Number(values.images),
      // Plain lines: the logger buffers, and progress should show as it happens.
      log: (message) => console.log(message),
    })
    const counts = Object.entries(result.counts)
      .map(([collection, n]) => `${collection}: ${n}`)
      .join(', ')
    console.log(`\nGenerated in ${result.seconds.toFixed(0)} s: ${counts}.`)
  },
)
