import { TRANSLATION_LOCALES } from '@heritage/contract'
import type { UIFieldServerProps } from 'payload'
import { isEditorUser } from '../access/policy'
import { fill, langOf, wordsIn } from '../i18n/words'
import { requestLocales } from '../locales/enabled'
import { isCollectionSlug } from '../shared/collections'
import { isRecord } from '../shared/guards'
import { badgeOf, readState } from '../translate/status'
import { entryUnits } from '../translate/units'
import { MarkReviewedButton } from './MarkReviewedButton'

/**
 * In an entry's sidebar: per published language, its translation status, the fields out of date
 * (their Vietnamese changed since they were translated) by name, how many fields are not
 * translated yet, and for editors the button that marks the translation reviewed.
 */
export async function TranslationPanel({ id, collectionSlug, payload, req, i18n }: UIFieldServerProps) {
  if (id === undefined || id === null || !req?.user || !isCollectionSlug(payload.config, collectionSlug)) return null
  // Read as the user (not with `req`, whose locale the page still needs): nothing they may not see.
  const doc = await payload
    .findByID({
      collection: collectionSlug,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    .catch(() => null)
  if (!isRecord(doc)) return null
  const lang = langOf(i18n?.language)
  const words = wordsIn(lang).translations
  const state = readState(doc.translationState)
  const published = await requestLocales(req)
  const locales = TRANSLATION_LOCALES.filter((code) => published.some((p) => p === code))
  const editor = isEditorUser(req)
  const prefix = `${collectionSlug}/${String(doc.id)}/`
  return (
    <div
      className="field-type translation-panel"
      data-testid="translation-panel"
      style={{ marginBottom: 'var(--base)' }}
    >
      <div className="field-label">{words.panel}</div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {locales.map((code) => {
          const { badge, stale } = badgeOf(state[code])
          const units = entryUnits(payload, collectionSlug, doc, code).units
          const labels = new Map(units.map((u) => [u.id.slice(prefix.length), u.label[lang]]))
          const missing = units.filter((u) => u.target.trim() === '').length
          return (
            <li
              key={code}
              data-locale={code}
              data-badge={badge}
              style={{ padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
            >
              <strong>{code.toUpperCase()}</strong> {words.badges[badge]}
              {stale > 0 ? <span style={{ color: 'var(--theme-error-500)' }}> · {words.badges.stale}</span> : null}
              {missing > 0 && badge !== 'missing' ? (
                <small> · {fill(words.missingFields, { count: String(missing) })}</small>
              ) : null}
              {stale > 0 ? (
                <div>
                  <small>{words.staleFields}</small>
                  <ul style={{ margin: '2px 0 0 1em', padding: 0 }}>
                    {(state[code]?.stale ?? []).map((path) => (
                      <li key={path} data-path={path}>
                        <small>{labels.get(path) ?? path}</small>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {editor && badge === 'draft' ? (
                <div style={{ marginTop: 4 }}>
                  <MarkReviewedButton kind={collectionSlug} id={String(doc.id)} locale={code} />
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      <p style={{ color: 'var(--theme-elevation-500)', margin: '4px 0 0' }}>
        <small>{words.panelHelp}</small>
      </p>
    </div>
  )
}
