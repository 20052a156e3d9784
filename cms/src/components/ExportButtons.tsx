'use client'
import { useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'

/**
 * Above every list in the admin: download what the list shows (its filters and search, the
 * records this account may read) as Excel or CSV. The server applies the account's scope.
 */
export function ExportButtons() {
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const params = useSearchParams()
  const slug = /\/collections\/([^/]+)/.exec(pathname ?? '')?.[1]
  if (!slug) return null
  const query = new URLSearchParams()
  for (const [key, value] of params?.entries() ?? []) if (key.startsWith('where')) query.append(key, value)
  query.set('draft', 'true')
  const href = (format: 'xlsx' | 'csv') => `/api/export/${slug}?format=${format}&${query.toString()}`
  const en = i18n.language === 'en'
  return (
    <div className="heritage-export" style={{ display: 'flex', gap: '1rem', margin: '0 0 1rem', fontSize: '0.9rem' }}>
      <span>{en ? 'Download this list:' : 'Tải danh sách này:'}</span>
      <a href={href('xlsx')} download>
        Excel (.xlsx)
      </a>
      <a href={href('csv')} download>
        CSV
      </a>
    </div>
  )
}
