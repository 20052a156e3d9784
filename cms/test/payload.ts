import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { getPayload, ValidationError } from 'payload'
import { afterAll, beforeAll, expect } from 'vitest'
import { newMigratedDatabase } from './database'

/** Boots Payload on this test file's database (test/database.ts: in-memory SQLite, or its own on a server). */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../src/payload.config')
  return getPayload({ config })
}

/**
 * Boots Payload on a new database (a file in a folder of its own on SQLite, test/database.ts), with
 * schema push off, and runs the committed migrations: what a real installation has. `dispose`
 * closes it and removes the folder.
 */
export async function bootMigratedFile(name: string): Promise<{ payload: Payload; dispose: () => Promise<void> }> {
  const { dir } = newMigratedDatabase(name)
  const payload = await bootPayload()
  await payload.db.migrate()
  return {
    payload,
    dispose: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * bootMigratedFile for a whole test file: booted before its tests, disposed after them. The tests
 * read `migrated.payload` (there is none before the file's tests start).
 */
export function migratedFile(name: string): { readonly payload: Payload } {
  let booted: Awaited<ReturnType<typeof bootMigratedFile>> | undefined
  beforeAll(async () => {
    booted = await bootMigratedFile(name)
  })
  afterAll(async () => {
    await booted?.dispose()
  })
  return {
    get payload() {
      if (!booted) throw new Error(`${name}: the migrated database is not booted yet`)
      return booted.payload
    },
  }
}

/** Rows in the collection and its version history, drafts included. */
export async function countEverything(payload: Payload, collection: CollectionSlug): Promise<number> {
  const docs = await payload.count({ collection })
  if (!payload.collections[collection].config.versions) return docs.totalDocs
  const versions = await payload.countVersions({ collection })
  return docs.totalDocs + versions.totalDocs
}

/**
 * Runs a write that must be refused by validation; asserts the error names `path` with a message
 * matching `message`, and that nothing at all was written to the collection.
 */
export async function expectRefused(
  payload: Payload,
  collection: CollectionSlug,
  write: () => Promise<unknown>,
  path: string,
  message: RegExp,
): Promise<string> {
  const before = await countEverything(payload, collection)
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, `expected the write to be refused on ${path}`).toBeInstanceOf(ValidationError)
  const errors = (error as ValidationError).data.errors
  const hit = errors.find((e) => e.path === path)
  expect(hit, `errors were ${JSON.stringify(errors)}`).toBeDefined()
  expect(hit?.message).toMatch(message)
  expect(await countEverything(payload, collection)).toBe(before)
  return hit?.message ?? ''
}

/** How a create is made besides its data: as a draft, as a user or request, with access checked. */
type CreateAs = Pick<Parameters<Payload['create']>[0], 'draft' | 'user' | 'req' | 'overrideAccess'>

/** expectRefused for the commonest write: creating `data` in `collection` as the local API does. */
export const expectCreateRefused = (
  payload: Payload,
  collection: CollectionSlug,
  data: object,
  path: string,
  message: RegExp,
  as: CreateAs = {},
): Promise<string> =>
  expectRefused(payload, collection, () => payload.create({ ...as, collection, data: data as never }), path, message)

/**
 * Points the publisher (autobuild on) at a stand-in for the site under `work`: `work/site` whose
 * tools/publish.ts is `script`, publishing to `work/public` from `work/snapshot`. Returns the site's folder.
 */
export function installFakeSite(work: string, script: string, siteUrl: string): string {
  const site = path.join(work, 'site')
  mkdirSync(path.join(site, 'tools'), { recursive: true })
  writeFileSync(path.join(site, 'tools', 'publish.ts'), script)
  Object.assign(process.env, {
    SITE_AUTOBUILD: '1',
    SITE_DIR: site,
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    SITE_ROOT: path.join(work, 'public'),
    SITE_URL: siteUrl,
  })
  return site
}

/**
 * The end of a test file that publishes to installFakeSite's stand-in: waits for the publish in
 * flight, closes Payload and removes `work`.
 */
export async function closeFakeSite(payload: Payload | undefined, work: string): Promise<void> {
  const { whenPublished } = await import('../src/publish/publisher')
  await whenPublished()
  await closeAndRemove(payload, work)
}

/** The end of a test file with a Payload and a scratch folder of its own: closes one, removes the other. */
export async function closeAndRemove(payload: Payload | undefined, work: string): Promise<void> {
  await payload?.destroy()
  rmSync(work, { recursive: true, force: true })
}
