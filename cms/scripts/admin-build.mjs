// The admin's `next build`, made only when its sources changed since the last one (a stamp in
// .next records their hash). Used by `npm start` (demo.mjs) and the API benchmark (bench/).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Hash of everything that goes into the admin build, to rebuild only when something changed. */
export function sourceHash() {
  const hash = createHash('sha256')
  const visit = (entry) => {
    const stat = statSync(entry)
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry).sort()) visit(path.join(entry, name))
    } else {
      hash.update(path.relative(cmsDir, entry))
      hash.update(readFileSync(entry))
    }
  }
  for (const entry of adminSources()) {
    const full = path.resolve(cmsDir, entry)
    if (existsSync(full)) visit(full)
  }
  return hash.digest('hex')
}

/**
 * What the admin is built from, relative to cms/: its own sources and settings, the lockfile, and
 * the sources and package.json of every workspace package it depends on (contract/, media-tools/:
 * read from package.json's `workspace:` dependencies, so a new one is covered without listing it).
 */
export function adminSources() {
  const manifest = JSON.parse(readFileSync(path.join(cmsDir, 'package.json'), 'utf8'))
  const workspace = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter(([, version]) => String(version).startsWith('workspace:'))
    .map(([name]) =>
      path.relative(cmsDir, path.dirname(realpathSync(path.join(cmsDir, 'node_modules', name, 'package.json')))),
    )
    .sort()
  return [
    'src',
    'next.config.ts',
    'package.json',
    '../pnpm-lock.yaml',
    ...workspace.flatMap((dir) => [path.join(dir, 'src'), path.join(dir, 'package.json')]),
  ]
}

/**
 * Builds the admin unless the last build was made from the same sources. `say` reports which;
 * the build's own output goes to this process's terminal.
 */
export async function ensureAdminBuild(env, say = () => {}) {
  const stamp = path.join(cmsDir, '.next', 'heritage-source.hash')
  const hash = sourceHash()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    say('Admin build is up to date.')
    return false
  }
  say('Building the admin (next build, 1–3 minutes the first time)…')
  // Webpack, not Turbopack: Turbopack's server bundle duplicates Payload's error classes, and the
  // admin then loses the per-field validation messages (seen with Next 16.4 + Payload 3.90).
  await new Promise((resolve, reject) => {
    const child = spawn(path.join(cmsDir, 'node_modules', '.bin', 'next'), ['build', '--webpack'], {
      cwd: cmsDir,
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (${signal ?? code})`)),
    )
  })
  writeFileSync(stamp, hash)
  return true
}
