import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'

/**
 * Collection slugs that arrive as text (a URL segment, a stored value, a hook's own config) checked
 * against the configuration, so that they narrow to the generated `CollectionSlug` without a cast;
 * and a collection's name as the admin shows it.
 */

/** Whether `slug` names a collection of this configuration. */
export const isCollectionSlug = (config: Pick<SanitizedConfig, 'collections'>, slug: string): slug is CollectionSlug =>
  config.collections.some((collection) => collection.slug === slug)

/** The collection's singular name in both languages ("Lô sản xuất" / "Batch"), as the admin shows it. */
export function kindLabel(payload: Payload, kind: string): { vi: string; en: string } {
  const singular = payload.config.collections.find(({ slug }) => slug === kind)?.labels?.singular
  if (typeof singular === 'string') return { vi: singular, en: singular }
  if (singular && typeof singular === 'object') {
    return { vi: singular.vi ?? kind, en: singular.en ?? singular.vi ?? kind }
  }
  return { vi: kind, en: kind }
}
