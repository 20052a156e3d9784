import { localeInfo } from '@heritage/contract'
import type { AdminViewServerProps } from 'payload'
import { langOf, wordsIn } from '../i18n/words'
import { requestLocales } from '../locales/enabled'
import { kindLabel } from '../shared/collections'
import { AdminScreen } from './AdminScreen'
import { TranslationForm } from './TranslationForm'

/** /admin/translations: download what to translate (XLIFF or .xlsx), import a translated file, read the report. */
export async function TranslationView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const lang = langOf(req.i18n.language)
  const kinds = req.payload.config.collections
    .filter((c) => c.flattenedFields.some((f) => f.name === 'translationState'))
    .map((c) => ({ value: c.slug, label: kindLabel(req.payload, c.slug)[lang] }))
  const locales = (await requestLocales(req))
    .filter((code) => code !== 'vi')
    .map((code) => ({ value: code, label: `${localeInfo(code).name} (${code})` }))
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{wordsIn(lang).translations.view}</h1>
      {req.user ? (
        <TranslationForm kinds={kinds} locales={locales} initialLocale={req.locale ?? undefined} />
      ) : (
        <p>{lang === 'en' ? 'Sign in first.' : 'Hãy đăng nhập.'}</p>
      )}
    </AdminScreen>
  )
}
