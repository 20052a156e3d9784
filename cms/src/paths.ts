import path from 'node:path'
import { DATA_FOLDER, SITE_FOLDER, SNAPSHOT_FOLDER } from '@heritage/contract'

/** Environment variables, as in process.env (passed in so that tests can use their own). */
export type Env = Record<string, string | undefined>

/**
 * Where the CMS keeps its database file and uploaded originals. Commands run from cms/, so the
 * default is cms/data; set DATA_DIR to put it elsewhere (a mounted volume in production).
 */
export const dataDir = (env: Env = process.env): string =>
  path.resolve(env.DATA_DIR ?? path.join(process.cwd(), DATA_FOLDER))

export const uploadDir = (collection: string): string => path.join(dataDir(), 'uploads', collection)

/** Where the public snapshot is written (the contract between the CMS and the site). */
export const snapshotDir = (env: Env = process.env): string =>
  path.resolve(env.SNAPSHOT_DIR ?? path.join(dataDir(env), SNAPSHOT_FOLDER))

/** Where site builds live: `builds/<id>/` and the `current` link that the web server serves. */
export const siteRoot = (env: Env = process.env): string =>
  path.resolve(env.SITE_ROOT ?? path.join(dataDir(env), SITE_FOLDER))
