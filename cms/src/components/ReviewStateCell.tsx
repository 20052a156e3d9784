'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { recordOr } from '../shared/guards'
import { isReviewState } from '../workflow/states'
import { ReviewStatePill } from './ReviewStatePill'

/**
 * The review state in an entry list. A draft of an entry whose earlier version is live says so:
 * the list shows this column instead of Payload's status (collections/entry.ts).
 */
export function ReviewStateCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const state = isReviewState(cellData) ? cellData : 'draft'
  const live = recordOr(rowData)._displayStatus === 'changed' && state !== 'published'
  return (
    <span>
      <ReviewStatePill state={state} language={i18n.language} />
      {live ? (
        <small style={{ marginLeft: 6, color: 'var(--theme-elevation-600)' }}>
          {en ? '(earlier version live)' : '(bản trước đang công khai)'}
        </small>
      ) : null}
    </span>
  )
}
