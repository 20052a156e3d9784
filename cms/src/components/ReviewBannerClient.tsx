'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { translatorOnly } from '../access/translatorView'
import { fill, langOf, wordsIn } from '../i18n/words'
import type { User } from '../payload-types'
import { publicPagePath } from '../workflow/links'
import { reviewIn } from '../workflow/states'
import { ReviewStatePill } from './ReviewStatePill'
import './ReviewBanner.scss'
import { recordOr } from '../shared/guards'
import { textOf } from '../shared/values'

type Who = 'author' | 'reviewer'

export function ReviewBannerClient({ siteUrl }: { siteUrl: string }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const words = wordsIn(lang)
  const { id, collectionSlug, data, hasPublishedDoc, hasPublishPermission, hasSavePermission } = useDocumentInfo()
  const { user } = useAuth<User>()
  // The buttons' own labels: Payload's publish button, ours for submitting and returning.
  const buttons = {
    publish: i18n.t('version:publishChanges'),
    submit: words.actions.submit,
    return: words.actions.return,
    saveDraft: i18n.t('version:saveDraft'),
  }
  const review = reviewIn(data)
  const code = textOf(recordOr(data).code)
  const state = review.state
  const who: Who = hasPublishPermission ? 'reviewer' : 'author'
  // What the state means and what to do next, for authors and for reviewers; a translator saves
  // drafts of its language and reads the Vietnamese (access/translatorView.ts).
  const translating =
    hasSavePermission === false ? words.reviewBanner.translator.source : words.reviewBanner.translator.edit
  const next = fill(translatorOnly(user?.roles) ? translating : words.reviewBanner.next[state][who], buttons)
  const comment = state === 'returned' ? review.comment?.trim() : undefined
  const publicUrl =
    id && hasPublishedDoc && code && collectionSlug
      ? `${siteUrl}${publicPagePath(collectionSlug, code, lang)}`
      : undefined

  return (
    <div
      className={`heritage-review-banner heritage-review-banner--${state}`}
      data-testid="review-banner"
      data-state={state}
      role={state === 'returned' ? 'alert' : 'status'}
    >
      <div className="heritage-review-banner__head">
        <span className="heritage-review-banner__label">{words.reviewBanner.state}:</span>
        <ReviewStatePill state={state} language={lang} />
        <span className="heritage-review-banner__next">{next}</span>
      </div>
      {comment ? (
        <blockquote className="heritage-review-banner__comment" data-testid="review-banner-comment">
          <strong>{words.reviewBanner.comment}:</strong> {comment}
        </blockquote>
      ) : null}
      {hasPublishedDoc && state !== 'published' ? (
        <p className="heritage-review-banner__live">{words.reviewBanner.live}</p>
      ) : null}
      {publicUrl ? (
        <a className="heritage-review-banner__link" href={publicUrl} target="_blank" rel="noreferrer">
          {words.reviewBanner.view} ↗
        </a>
      ) : null}
    </div>
  )
}
