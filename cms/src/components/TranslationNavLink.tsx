'use client'
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { langOf, wordsIn } from '../i18n/words'

/** In the admin's navigation: the translation exchange screen. */
export function TranslationNavLink() {
  const { i18n } = useTranslation()
  return (
    <Link
      className="nav__link"
      href="/admin/translations"
      id="nav-translations"
      style={{ display: 'block', margin: '0.5rem 0' }}
    >
      {wordsIn(langOf(i18n.language)).translations.navLink}
    </Link>
  )
}
