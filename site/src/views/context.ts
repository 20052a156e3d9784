import type { PageEntry } from '../data/snapshot'
import type { Locale } from '../i18n/locales'
import { translator } from '../i18n/ui'
import type { Page } from '../routing'

/** The props of a view that needs nothing but its page. */
export interface PageProps {
  page: Page
}

/** A view's locale and its translator of site-wide strings. */
export const pageContext = (page: Page) => ({ locale: page.locale, t: translator(page.locale) })

/** The props of a component that shows one entry. */
export interface EntryProps {
  entry: PageEntry
  locale: Locale
}
