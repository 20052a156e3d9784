/**
 * The review workflow's words, in one place for the server (./review.ts) and the admin's
 * components (banner, actions, list cell, home page). No server imports: the admin's browser
 * bundle loads this file.
 */
import type { Bilingual } from '../fields/message'
import { recordOr } from '../shared/guards'

export const REVIEW_STATES = [
  { value: 'draft', label: { vi: 'Đang soạn', en: 'Draft' } },
  { value: 'submitted', label: { vi: 'Chờ duyệt', en: 'Submitted for review' } },
  { value: 'returned', label: { vi: 'Trả lại để sửa', en: 'Returned for changes' } },
  { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
] as const
export type ReviewState = (typeof REVIEW_STATES)[number]['value']

export const isReviewState = (value: unknown): value is ReviewState =>
  REVIEW_STATES.some((state) => state.value === value)

/**
 * The review group a document's data holds (form data, a REST answer): its state (draft when it has
 * none) and its comment, as the admin's banner, status and buttons read it.
 */
export function reviewIn(data: unknown): { state: ReviewState; comment: string | null } {
  const review = recordOr(recordOr(data).review)
  return {
    state: isReviewState(review.state) ? review.state : 'draft',
    comment: typeof review.comment === 'string' ? review.comment : null,
  }
}

export const reviewStateLabel = (state: unknown, language: string): string => {
  const found = REVIEW_STATES.find((s) => s.value === state) ?? REVIEW_STATES[0]
  return language === 'en' ? found.label.en : found.label.vi
}

/**
 * The states a person may choose in the state select: authors move an entry between draft and
 * submitted, reviewers may also return it; nobody picks "published" (publishing sets it). The
 * current state stays listed so the select can show it. The server's rule is ./review.ts.
 */
export function reviewStateChoices(current: unknown, mayReview: boolean): ReviewState[] {
  const choices: ReviewState[] = mayReview ? ['draft', 'submitted', 'returned'] : ['draft', 'submitted']
  if (isReviewState(current) && !choices.includes(current)) choices.push(current)
  return REVIEW_STATES.map((s) => s.value).filter((value) => choices.includes(value))
}

/** The admin's buttons for the review's steps (components/WorkflowActions.tsx). */
export const ACTION_LABELS = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  return: { vi: 'Trả lại…', en: 'Return…' },
  publish: { vi: 'Xuất bản…', en: 'Publish…' },
  revert: { vi: 'Quay về bản đã xuất bản', en: 'Revert to published' },
} satisfies Record<string, Bilingual>

/**
 * The questions asked before publishing and before going back to the published version
 * (components/ConfirmedPublishButton.tsx, components/ReviewStatus.tsx). `{title}` is the entry's title.
 */
export const CONFIRMATIONS = {
  publishHeading: { vi: 'Xuất bản “{title}”?', en: 'Publish “{title}”?' },
  publishNew: {
    vi: 'Trang sẽ hiện công khai trên trang du lịch sau khoảng một phút; ai cũng xem được.',
    en: 'The page appears on the public tourism site in about a minute, for everyone to see.',
  },
  publishChanges: {
    vi: 'Nội dung này sẽ thay bản đang công khai trên trang du lịch sau khoảng một phút.',
    en: 'This content replaces the live page on the public tourism site in about a minute.',
  },
  publishConfirm: { vi: 'Xuất bản', en: 'Publish' },
  publishing: { vi: 'Đang xuất bản…', en: 'Publishing…' },
  revertHeading: { vi: 'Quay về bản đã xuất bản của “{title}”?', en: 'Revert “{title}” to its published version?' },
  revertBody: {
    vi: 'Các thay đổi chưa xuất bản (bản nháp mới hơn) sẽ bị bỏ; hồ sơ trở lại đúng như bản đang công khai.',
    en: 'The unpublished changes (the newer draft) are discarded; the entry goes back to the live version.',
  },
  reverting: { vi: 'Đang quay về…', en: 'Reverting…' },
  revertFailed: {
    vi: 'Không quay về được bản đã xuất bản. Tải lại trang rồi thử lại; nếu vẫn lỗi, báo quản trị viên.',
    en: 'Could not revert to the published version. Reload the page and try again; if it still fails, tell an administrator.',
  },
  cancel: { vi: 'Hủy', en: 'Cancel' },
} satisfies Record<string, Bilingual>

/** A text with `“{title}”` filled in with the entry's title (or "mục này" without one). */
export const withTitle = (text: string, title: string | undefined, language: string): string => {
  const name = title?.trim()
  return text.replace('“{title}”', name ? `“${name}”` : language === 'en' ? 'the entry' : 'mục này')
}

export const COMMENT_REQUIRED: Bilingual = {
  vi: 'Hãy ghi nhận xét: người soạn cần biết phải sửa gì.',
  en: 'Write a comment: the author needs to know what to change.',
}

/**
 * What the person is told after each step, instead of Payload's "draft saved" or "updated"
 * (submitting said "Bản nháp đã được lưu thành công"). `{title}` is the entry's title.
 */
export const OUTCOMES = {
  submit: {
    vi: 'Đã gửi duyệt “{title}”. Biên tập viên sẽ xuất bản hoặc trả lại kèm nhận xét; kết quả hiện ở Trang chủ.',
    en: 'Submitted “{title}” for review. An editor will publish it or return it with a comment; see your home page.',
  },
  return: {
    vi: 'Đã trả lại “{title}” cho người soạn, kèm nhận xét.',
    en: 'Returned “{title}” to its author with your comment.',
  },
  publish: {
    vi: 'Đã xuất bản “{title}”. Trang công khai sẽ cập nhật sau ít giây (xem ở đầu trang).',
    en: 'Published “{title}”. The public site updates in a few seconds (see the top of the page).',
  },
  unpublish: {
    vi: 'Đã gỡ “{title}” khỏi trang công khai; mục này trở thành bản nháp.',
    en: 'Took “{title}” off the public site; it is a draft again.',
  },
} satisfies Record<string, Bilingual>
export type Outcome = keyof typeof OUTCOMES

export const outcomeMessage = (outcome: Outcome, title: string | undefined, language: string): string => {
  const message = OUTCOMES[outcome]
  return withTitle(language === 'en' ? message.en : message.vi, title, language)
}
