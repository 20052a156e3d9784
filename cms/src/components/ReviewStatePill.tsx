import type { ReactNode } from 'react'
import { type ReviewState, reviewStateLabel } from '../workflow/states'
import './ReviewStatePill.scss'

/**
 * A review state as a coloured label, in lists, on the entry's banner and top bar and on the home
 * page. `children` replaces the label (a batch's draft or published status, which has no review).
 */
export function ReviewStatePill({
  state,
  language,
  children,
}: {
  state: ReviewState
  language: string
  children?: ReactNode
}) {
  return (
    <span className={`heritage-review-pill heritage-review-pill--${state}`} data-state={state}>
      {children ?? reviewStateLabel(state, language)}
    </span>
  )
}
