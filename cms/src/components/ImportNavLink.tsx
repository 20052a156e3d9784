'use client'
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

/** In the admin's navigation: the spreadsheet import screen. */
export function ImportNavLink() {
  const { i18n } = useTranslation()
  return (
    <Link className="nav__link" href="/admin/import" id="nav-import" style={{ display: 'block', margin: '0.5rem 0' }}>
      {i18n.language === 'en' ? 'Import from a spreadsheet' : 'Nhập từ bảng tính'}
    </Link>
  )
}
