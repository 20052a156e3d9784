/**
 * @heritage/contract: what the CMS and the public site agree on, depending on zod alone. The
 * CMS writes the snapshot with it and the site reads it with it; neither imports the other.
 * Node-only helpers (files and folders) are in `@heritage/contract/node`.
 */

export * from './bucketSettings.ts'
export * from './csv.ts'
export * from './dates.ts'
export * from './enums.ts'
export * from './geo.ts'
export * from './gs1.ts'
export * from './kinds.ts'
export * from './labels.ts'
export * from './locales.ts'
export * from './locations.ts'
export * from './ocop.ts'
export * from './parse.ts'
export * from './paths.ts'
export * from './reigns.ts'
export * from './schema.ts'
export * from './status.ts'
export * from './text.ts'
export * from './zoom.ts'
