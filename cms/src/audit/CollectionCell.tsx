import { getTranslation } from '@payloadcms/translations'
import type { DefaultServerCellComponentProps } from 'payload'
import { SNAPSHOT_KIND } from './details'

/**
 * A list cell that names a kind of entry as the admin's navigation does ("Tài khoản", "Di tích")
 * where a column stores its collection's slug ("users", "relics"): the audit log's and the QR code
 * registry's "Loại mục".
 */
export function CollectionCell({ cellData, i18n, payload }: DefaultServerCellComponentProps) {
  const slug = typeof cellData === 'string' ? cellData : ''
  const collection = payload.config.collections.find((c) => c.slug === slug)
  if (collection) return <>{getTranslation(collection.labels.plural, i18n)}</>
  if (slug === 'snapshot') return <>{getTranslation(SNAPSHOT_KIND, i18n)}</>
  return <>{slug}</>
}
