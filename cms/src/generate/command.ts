/**
 * `pnpm --filter @heritage/cms generate -- --entries 10000 --seed 1` (= `payload run
 * src/generate/command.ts`): fills the configured database (DATA_DIR, migrated) with a synthetic
 * province for benchmarks. Refuses a database that already has one. See synthetic.ts.
 */
import { parseArgs } from 'node:util'
import config from '@payload-config'
import { getPayload } from 'payload'
import { GenerateError, generateProvince } from './synthetic'

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    images: { type: 'string' },
  },
})

const payload = await getPayload({ config })
try {
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
  await payload.destroy()
  process.exit(0)
} catch (error) {
  if (error instanceof GenerateError) payload.logger.error(error.message)
  else payload.logger.error({ err: error }, 'Generating the province failed; start again with an empty data folder.')
  await payload.destroy()
  process.exit(1)
}
