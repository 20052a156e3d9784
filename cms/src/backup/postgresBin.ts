/**
 * Where Debian keeps each PostgreSQL major version's programs. A module of its own, with nothing
 * but Node's own imports: the tests' throw-away cluster (test/postgresCluster.ts) also runs as a
 * plain `node` command.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Whether `file` exists and may be run. */
export const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Where Debian installs each PostgreSQL major version's programs: ROOT/N/bin. */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql'

/** The newest ROOT/N/bin that has `program` (initdb, pg_dump…); null if none does. */
export function newestPostgresBin(program: string, root = DEBIAN_POSTGRES_ROOT): string | null {
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && executable(path.join(root, v, 'bin', program)))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : null
}
