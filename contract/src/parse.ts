/**
 * Reading a snapshot with its schema: the manifest and each entry file, parsed, with errors that
 * name the file and every problem. Files are read by the caller (the site's build, a test).
 */
import type { z } from 'zod'
import type { EntryKind } from './kinds.ts'
import {
  type Entry,
  entry as entrySchema,
  type Manifest,
  manifest as manifestSchema,
  SNAPSHOT_SCHEMA_VERSION,
} from './schema.ts'

export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

/** A zod error as one line: `path: message` per problem, separated by semicolons. */
export const formatIssues = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')

const schemaVersionOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined

/** The manifest of the snapshot in `dir`, or a SnapshotError (a newer schema than this code reads, or invalid). */
export function parseManifest(raw: unknown, dir: string): Manifest {
  const version = schemaVersionOf(raw)
  if (typeof version === 'number' && version > SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(
      `The snapshot in ${dir} has schema version ${version}, newer than this site understands ` +
        `(${SNAPSHOT_SCHEMA_VERSION}). Update the site to the CMS's version before building.`,
    )
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    throw new SnapshotError(`${dir}/manifest.json is not a valid snapshot manifest: ${parsed.error.message}`)
  }
  return parsed.data
}

/** An entry file the manifest lists, or a SnapshotError naming the file and its problems. */
export function parseEntry(raw: unknown, item: { file: string; kind: EntryKind }): Entry {
  const parsed = entrySchema.safeParse(raw)
  if (!parsed.success)
    throw new SnapshotError(`${item.file} is not a valid ${item.kind} entry: ${formatIssues(parsed.error)}`)
  return parsed.data
}
