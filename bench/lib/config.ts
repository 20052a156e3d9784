/** The run's options (from the command line), its folders and the environment of its CMS commands. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const REPO = path.resolve(BENCH, '..')
export const CMS = path.join(REPO, 'cms')
export const SITE = path.join(REPO, 'site')
export const STEPS = [
  'province',
  'export',
  'site',
  'edit',
  'same',
  'search',
  'weight',
  'locales',
  'api',
  'postgres',
  'import',
  'images',
] as const
export type Step = (typeof STEPS)[number]

export const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
    'api-seconds': { type: 'string' },
    /** The api step's CMS_PROCESSES (cms/src/serverProcesses.ts); above 1 it also runs one process, side by side. */
    'cms-processes': { type: 'string', default: 'auto' },
    'import-rows': { type: 'string', default: '3000' },
    translated: { type: 'string', default: '0.25' },
    'locales-rounds': { type: 'string', default: '1' },
    'keep-builds': { type: 'boolean', default: false },
    'postgres-url': { type: 'string' },
  },
})
export const entries = Number(values.entries)
export const seed = Number(values.seed)
if (!Number.isInteger(entries) || entries < 20 || !Number.isInteger(seed)) {
  console.error('--entries must be a whole number of at least 20, --seed a whole number.')
  process.exit(2)
}
export const importRows = Number(values['import-rows'])
if (!Number.isInteger(importRows) || importRows < 1) {
  console.error('--import-rows must be a whole number of at least 1.')
  process.exit(2)
}
const translated = Number(values.translated)
if (!(translated > 0 && translated <= 1)) {
  console.error('--translated must be a share of the entries above 0 and at most 1 (0.25: a quarter).')
  process.exit(2)
}
if (!(Number(values['locales-rounds']) >= 1)) {
  console.error('--locales-rounds must be 1 or more.')
  process.exit(2)
}
export const only = new Set((values.only?.split(',') ?? STEPS) as Step[])
for (const step of only) {
  if (!STEPS.includes(step)) {
    console.error(`Unknown step "${step}": choose from ${STEPS.join(', ')}.`)
    process.exit(2)
  }
}

export const dataDir = path.join(BENCH, '.data', `province-${entries}-s${seed}`)
export const snapshot = path.join(dataDir, 'snapshot')
export const root = path.join(dataDir, 'site')
export const SITE_URL = 'https://disan.example.vn'
// The bench measures how long a build takes: it does not give up at the product's 15 minutes
// (the publishes it runs in this process and the CMS's read SITE_BUILD_MINUTES), only after 4 hours.
process.env.SITE_BUILD_MINUTES ??= '240'
export const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PAYLOAD_SECRET: 'benchmark-only-secret-0123456789abcdef',
  SITE_URL,
  SNAPSHOT_DIR: snapshot,
  SITE_ROOT: root,
  SITE_AUTOBUILD: '0',
  NODE_OPTIONS: '--no-deprecation',
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
}
