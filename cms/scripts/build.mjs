// `npm run build`: the admin's production build (next build), skipped when the sources have not
// changed since the last one; `--force` builds anyway.
import { ensureAdminBuild } from './admin-build.mjs'

const say = (message) => console.log(`\x1b[1m[heritage]\x1b[0m ${message}`)
try {
  if (process.argv.includes('--force')) {
    const { rmSync } = await import('node:fs')
    const { cmsDir } = await import('./admin-build.mjs')
    rmSync(`${cmsDir}/.next/heritage-source.hash`, { force: true })
  }
  // The build loads the config, which wants a production secret; the secret is read again when the
  // server starts (never written into the build), so a throw-away one does for building.
  const { randomBytes } = await import('node:crypto')
  const secret = process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex')
  await ensureAdminBuild({ ...process.env, PAYLOAD_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' }, say)
} catch (error) {
  console.error(`Chưa build xong trang quản trị: ${error.message}\nThe admin build failed: ${error.message}`)
  process.exit(1)
}
