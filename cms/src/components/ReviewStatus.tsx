'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { isReviewState, type ReviewState } from '../workflow/states'
import { ReviewStatePill } from './ReviewStatePill'

/**
 * The entry's status in the top bar: its review state (Payload's own said "Bản nháp" for a
 * submitted or returned entry alike), and whether an earlier version is live meanwhile.
 */
export function ReviewStatus() {
  const { i18n, t } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const { data, hasPublishedDoc, isTrashed } = useDocumentInfo()
  const stored = (data as { review?: { state?: unknown } } | undefined)?.review?.state
  const state: ReviewState = isReviewState(stored) ? stored : 'draft'
  const live = hasPublishedDoc && state !== 'published'
  return (
    <div className="status" data-testid="review-status" data-state={state}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        {isTrashed ? (
          <span className="status__value">
            {t(hasPublishedDoc ? 'version:previouslyPublished' : 'version:previouslyDraft')}
          </span>
        ) : (
          <span className="status__value">
            <ReviewStatePill state={state} language={lang} />
            {live ? (
              <small style={{ marginLeft: 6 }}>
                {lang === 'en' ? '· earlier version live' : '· bản trước đang công khai'}
              </small>
            ) : null}
          </span>
        )}
      </div>
    </div>
  )
}
