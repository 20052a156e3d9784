/**
 * The review workflow's states and words, in one place for the server (./review.ts) and the admin's
 * components (banner, actions, list cell, home page); the texts are the `reviewStates`, `actions`,
 * `confirmations`, `commentRequired` and `outcomes` of ../i18n/words. No server imports: the
 * admin's browser bundle loads this file.
 */
import type { Bilingual } from '../fields/message'
import { bilingual, labelled, langOf, type Words, wordsIn } from '../i18n/words'
import { recordOr } from '../shared/guards'

const STATES = ['draft', 'submitted', 'returned', 'published'] as const
export const REVIEW_STATES = labelled(STATES, (words, state) => words.reviewStates[state])
export type ReviewState = (typeof STATES)[number]

export const isReviewState = (value: unknown): value is ReviewState => STATES.some((state) => state === value)

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

export const reviewStateLabel = (state: unknown, language: string): string =>
  wordsIn(langOf(language)).reviewStates[isReviewState(state) ? state : 'draft']

/**
 * The states a person may choose in the state select: authors move an entry between draft and
 * submitted, reviewers may also return it; nobody picks "published" (publishing sets it). The
 * current state stays listed so the select can show it. The server's rule is ./review.ts.
 */
export function reviewStateChoices(current: unknown, mayReview: boolean): ReviewState[] {
  const choices: ReviewState[] = mayReview ? ['draft', 'submitted', 'returned'] : ['draft', 'submitted']
  if (isReviewState(current) && !choices.includes(current)) choices.push(current)
  return STATES.filter((value) => choices.includes(value))
}

/** A text with `“{title}”` filled in with the entry's title (or "mục này" without one). */
export const withTitle = (text: string, title: string | undefined, language: string): string => {
  const name = title?.trim()
  return text.replace('“{title}”', name ? `“${name}”` : language === 'en' ? 'the entry' : 'mục này')
}

export const COMMENT_REQUIRED: Bilingual = bilingual((w) => w.commentRequired)

/**
 * What the person is told after each step (`outcomes`), instead of Payload's "draft saved" or
 * "updated" (submitting said "Bản nháp đã được lưu thành công"). `{title}` is the entry's title.
 */
export type Outcome = keyof Words['outcomes']

export const outcomeMessage = (outcome: Outcome, title: string | undefined, language: string): string =>
  withTitle(wordsIn(langOf(language)).outcomes[outcome], title, language)
