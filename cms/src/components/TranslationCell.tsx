'use client'
import { TRANSLATION_LOCALES } from '@heritage/contract'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { langOf, wordsIn } from '../i18n/words'
import { badgeOf, readState } from '../translate/status'

const COLORS = { missing: 'var(--theme-elevation-500)', draft: 'var(--theme-warning-600)', reviewed: 'inherit' }

/**
 * The list's "Bản dịch" column: one badge per published language (the admin's locale picker's),
 * e.g. "EN ✓ · KO nháp · JA thiếu · ZH-HANS ✓ lỗi thời", from the entry's translation state.
 */
export function TranslationCell({ rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const words = wordsIn(langOf(i18n.language)).translations
  const state = readState(rowData?.translationState)
  const published = config.localization ? config.localization.localeCodes : []
  const locales = TRANSLATION_LOCALES.filter((code) => published.includes(code))
  return (
    <span data-testid="translation-badges" style={{ whiteSpace: 'nowrap' }}>
      {locales.map((code, i) => {
        const { badge, stale } = badgeOf(state[code])
        return (
          <span key={code} data-locale={code} data-badge={badge} data-stale={stale || undefined}>
            {i > 0 ? ' · ' : ''}
            <strong>{code.toUpperCase()}</strong>{' '}
            <span style={{ color: COLORS[badge] }}>{badge === 'reviewed' ? '✓' : words.badges[badge]}</span>
            {stale > 0 ? <span style={{ color: 'var(--theme-error-500)' }}> {words.badges.stale}</span> : null}
          </span>
        )
      })}
    </span>
  )
}
