import path from 'node:path'

/**
 * Where the CMS keeps its database file and uploaded originals. Commands run from cms/, so the
 * default is cms/data; set DATA_DIR to put it elsewhere (a mounted volume in production).
 */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'))

export const uploadDir = (collection: string): string => path.join(dataDir(), 'uploads', collection)
