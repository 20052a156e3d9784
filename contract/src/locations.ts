/**
 * Where the CMS and the site find each other's files by default (DATA_DIR, SNAPSHOT_DIR and
 * SITE_ROOT override them): relative locations only, resolved by each side where it runs.
 */
/** The CMS's data folder (database, uploads), inside the CMS package: cms/data. */
export const DATA_FOLDER = 'data'
/** Inside the data folder: the public snapshot the CMS writes and the site is built from. */
export const SNAPSHOT_FOLDER = 'snapshot'
/** Inside the data folder: the site's builds and the `current` link a web server serves. */
export const SITE_FOLDER = 'site'
/** The snapshot seen from the site package, by default: ../cms/data/snapshot. */
export const SNAPSHOT_FROM_SITE = ['..', 'cms', DATA_FOLDER, SNAPSHOT_FOLDER] as const
