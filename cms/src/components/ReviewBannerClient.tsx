'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { publicPagePath } from '../workflow/links'
import { ACTION_LABELS, type ReviewState, reviewIn } from '../workflow/states'
import { ReviewStatePill } from './ReviewStatePill'
import './ReviewBanner.scss'
import { recordOr } from '../shared/guards'
import { textOf } from '../shared/values'

type Lang = 'vi' | 'en'
type Who = 'author' | 'reviewer'

/** What the state means and what to do next, for authors and for reviewers. */
const NEXT: Record<ReviewState, Record<Who, Record<Lang, string>>> = {
  draft: {
    author: {
      vi: 'Chưa gửi duyệt. Soạn xong, bấm “{submit}” ở đầu trang.',
      en: 'Not submitted yet. When it is ready, press “{submit}” at the top.',
    },
    reviewer: {
      vi: 'Chưa gửi duyệt. Khi mục đã sẵn sàng, bấm “{publish}”.',
      en: 'Not submitted yet. When it is ready, press “{publish}”.',
    },
  },
  submitted: {
    author: {
      vi: 'Đã gửi duyệt. Biên tập viên sẽ xuất bản hoặc trả lại kèm nhận xét.',
      en: 'Submitted. An editor will publish it or return it with a comment.',
    },
    reviewer: {
      vi: 'Người soạn đã gửi duyệt. Kiểm tra rồi bấm “{publish}”, hoặc “{return}” kèm nhận xét.',
      en: 'Submitted for review. Check it, then press “{publish}”, or “{return}” with a comment.',
    },
  },
  returned: {
    author: {
      vi: 'Người duyệt đã trả lại để sửa. Sửa theo nhận xét rồi bấm “{submit}”.',
      en: 'Returned for changes. Make the changes asked for, then press “{submit}”.',
    },
    reviewer: {
      vi: 'Đã trả lại cho người soạn; đang chờ họ sửa và gửi lại.',
      en: 'Returned to the author; waiting for them to change it and submit again.',
    },
  },
  published: {
    author: {
      vi: 'Đang công khai. Muốn sửa: sửa, rồi bấm “{submit}”; bản công khai giữ nguyên đến khi được duyệt.',
      en: 'Live. To change it, edit and press “{submit}”; the live version stays until it is approved.',
    },
    reviewer: {
      vi: 'Đang công khai trên trang cho khách tham quan.',
      en: 'Live on the public site.',
    },
  },
}

const WORDS = {
  state: { vi: 'Xét duyệt', en: 'Review' },
  comment: { vi: 'Nhận xét của người duyệt', en: 'Reviewer’s comment' },
  live: {
    vi: 'Bản trước của mục này đang công khai và giữ nguyên đến khi bản này được xuất bản.',
    en: 'An earlier version is live and stays so until this one is published.',
  },
  view: { vi: 'Xem trang công khai', en: 'View the public page' },
} as const

export function ReviewBannerClient({ siteUrl }: { siteUrl: string }) {
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  const { id, collectionSlug, data, hasPublishedDoc, hasPublishPermission } = useDocumentInfo()
  // The buttons' own labels: Payload's publish button, ours for submitting and returning.
  const buttons: Record<string, string> = {
    publish: i18n.t('version:publishChanges'),
    submit: ACTION_LABELS.submit[lang],
    return: ACTION_LABELS.return[lang],
  }
  const review = reviewIn(data)
  const code = textOf(recordOr(data).code)
  const state = review.state
  const who: Who = hasPublishPermission ? 'reviewer' : 'author'
  const next = NEXT[state][who][lang].replace(/\{(\w+)\}/g, (_, key: string) => buttons[key] ?? key)
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
        <span className="heritage-review-banner__label">{WORDS.state[lang]}:</span>
        <ReviewStatePill state={state} language={lang} />
        <span className="heritage-review-banner__next">{next}</span>
      </div>
      {comment ? (
        <blockquote className="heritage-review-banner__comment" data-testid="review-banner-comment">
          <strong>{WORDS.comment[lang]}:</strong> {comment}
        </blockquote>
      ) : null}
      {hasPublishedDoc && state !== 'published' ? (
        <p className="heritage-review-banner__live">{WORDS.live[lang]}</p>
      ) : null}
      {publicUrl ? (
        <a className="heritage-review-banner__link" href={publicUrl} target="_blank" rel="noreferrer">
          {WORDS.view[lang]} ↗
        </a>
      ) : null}
    </div>
  )
}
