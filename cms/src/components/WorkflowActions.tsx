'use client'
import {
  Button,
  Modal,
  SaveDraftButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useFormProcessing,
  useLocale,
  useModal,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useId, useState } from 'react'
import { translatorOnly } from '../access/translatorView'
import { langOf, wordsIn } from '../i18n/words'
import type { User } from '../payload-types'
import { recordOr } from '../shared/guards'
import { type ReviewState, reviewIn } from '../workflow/states'

type Review = { state?: ReviewState | null; comment?: string | null }

/**
 * The review's steps as buttons next to Payload's "Lưu bản nháp" (which stays): authors get
 * "Gửi duyệt", reviewers "Trả lại…" with a required comment (publishing: ConfirmedPublishButton).
 * Each is a save of the draft with the new state; the server decides (workflow/review.ts) and
 * answers with what happened, which Payload shows as the toast.
 */
export function WorkflowActions() {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const words = wordsIn(lang)
  const { id, collectionSlug, data, docPermissions, hasPublishPermission, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { submit, getData } = useForm()
  const { user } = useAuth<User>()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const operation = useOperation()
  const { code: locale } = useLocale()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { openModal, closeModal } = useModal()
  const modalSlug = `return-${collectionSlug}-${id ?? 'new'}`
  const commentId = useId()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState(false)

  const saved = reviewIn(data)
  const state = saved.state
  const mayWrite = Boolean(
    operation === 'create'
      ? docPermissions && 'create' in docPermissions && docPermissions.create
      : docPermissions?.update,
  )

  const saveWith = useCallback(
    async (review: Review) => {
      const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
      const action = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` })
      const current = recordOr(getData().review)
      const result = await submit({
        action,
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft', review: { ...current, ...review } },
        skipValidation: true,
      })
      if (result) setUnpublishedVersionCount((count) => count + 1)
      return result
    },
    [api, collectionSlug, getData, id, locale, setUnpublishedVersionCount, submit],
  )

  const openReturn = () => {
    setComment(saved.comment ?? '')
    setCommentError(false)
    openModal(modalSlug)
  }
  const confirmReturn = async () => {
    if (!comment.trim()) {
      setCommentError(true)
      return
    }
    closeModal(modalSlug)
    await saveWith({ state: 'returned', comment: comment.trim() })
  }

  // Authors submit a draft or a returned entry (or their changes to a published one); a
  // translator's drafts wait for an editor without changing the review state (access/translator.ts).
  const canSubmit =
    mayWrite &&
    !hasPublishPermission &&
    !translatorOnly(user?.roles) &&
    (state !== 'submitted' || operation === 'create')
  const submitUseful = state !== 'published' || modified
  // Reviewers return what was submitted to them.
  const canReturn = mayWrite && hasPublishPermission && state === 'submitted' && operation === 'update'

  return (
    <>
      <SaveDraftButton />
      {canSubmit ? (
        <Button
          id="action-submit-review"
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={processing || !submitUseful}
          tooltip={words.workflowActions.submitTitle}
          onClick={() => void saveWith({ state: 'submitted' })}
        >
          {words.actions.submit}
        </Button>
      ) : null}
      {canReturn ? (
        <>
          <Button
            id="action-return-review"
            buttonStyle="secondary"
            size="medium"
            margin={false}
            disabled={processing}
            tooltip={words.workflowActions.returnTitle}
            onClick={openReturn}
          >
            {words.actions.return}
          </Button>
          <Modal slug={modalSlug} className="confirmation-modal heritage-return-modal" closeOnBlur={false}>
            <div className="confirmation-modal__wrapper">
              <div className="confirmation-modal__content">
                <h1>{words.workflowActions.returnHeading}</h1>
                <p>{words.workflowActions.returnBody}</p>
                <label htmlFor={commentId} className="field-label">
                  {words.workflowActions.commentLabel} <span className="required">*</span>
                </label>
                <textarea
                  id={commentId}
                  data-testid="return-comment"
                  rows={5}
                  value={comment}
                  onChange={(event) => {
                    setComment(event.target.value)
                    if (event.target.value.trim()) setCommentError(false)
                  }}
                  aria-invalid={commentError}
                  style={{ width: '100%', font: 'inherit', padding: 8 }}
                />
                {commentError ? (
                  <p role="alert" className="heritage-return-modal__error" style={{ color: 'var(--theme-error-600)' }}>
                    {words.commentRequired}
                  </p>
                ) : null}
              </div>
              <div className="confirmation-modal__controls">
                <Button buttonStyle="secondary" size="large" onClick={() => closeModal(modalSlug)}>
                  {words.workflowActions.cancel}
                </Button>
                <Button id="confirm-return" size="large" onClick={() => void confirmReturn()}>
                  {words.workflowActions.confirmReturn}
                </Button>
              </div>
            </div>
          </Modal>
        </>
      ) : null}
    </>
  )
}
