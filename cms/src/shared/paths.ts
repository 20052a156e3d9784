import { isRecord } from './guards'

/** The value at a path of keys through nested plain objects (a group's field, a localized value). */
export const valueAt = (source: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), source)
