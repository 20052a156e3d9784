'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'
import { langOf, wordsIn } from '../i18n/words'
import { isRecord, recordOr } from '../shared/guards'
import { recordsOf, textOf } from '../shared/values'
import { reviewIn, withTitle } from '../workflow/states'
import { ReviewStatePill } from './ReviewStatePill'

/**
 * The entry's status in the top bar: its review state (Payload's own said "Bản nháp" for a
 * submitted or returned entry alike), and whether an earlier version is live meanwhile. Those
 * who publish may go back to that live version ("Quay về bản đã xuất bản"), as Payload's own
 * status offered: the published version is saved again, as published, over the newer draft.
 */
export function ReviewStatus() {
  const { i18n, t } = useTranslation()
  const lang = langOf(i18n.language)
  const words = wordsIn(lang)
  const {
    id,
    collectionSlug,
    data,
    docPermissions,
    hasPublishedDoc,
    hasPublishPermission,
    incrementVersionCount,
    isTrashed,
    setData,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    title,
    unpublishedVersionCount,
  } = useDocumentInfo()
  const { reset } = useForm()
  const { code: locale } = useLocale()
  const { openModal } = useModal()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { state } = reviewIn(data)
  const live = hasPublishedDoc && state !== 'published'
  const canRevert =
    !isTrashed &&
    Boolean(id) &&
    hasPublishedDoc &&
    unpublishedVersionCount > 0 &&
    hasPublishPermission &&
    Boolean(docPermissions?.update)
  const revertSlug = `confirm-revert-${collectionSlug}-${id}`

  // As Payload's Status does: the published version, read without drafts, saved again as it is.
  const revert = useCallback(async () => {
    const url = formatAdminURL({
      apiRoute: api,
      path: `/${collectionSlug}/${id}?locale=${locale}&fallback-locale=null&depth=0`,
    })
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    try {
      const published = await (await fetch(url, { credentials: 'include', headers })).json()
      const response = await fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        headers,
        body: JSON.stringify({ ...published, _status: 'published' }),
      })
      const json = recordOr(await response.json())
      const doc = json.doc
      if (!response.ok || !isRecord(doc)) {
        toast.error(textOf(recordsOf(json.errors)[0]?.message) ?? words.confirmations.revertFailed)
        return
      }
      await reset(doc)
      setData(doc)
      incrementVersionCount()
      setMostRecentVersionIsAutosaved(false)
      setUnpublishedVersionCount(0)
      const message = textOf(json.message)
      if (message) toast.success(message)
    } catch {
      toast.error(words.confirmations.revertFailed)
    }
  }, [
    api,
    collectionSlug,
    i18n.language,
    id,
    incrementVersionCount,
    locale,
    reset,
    setData,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    words.confirmations.revertFailed,
  ])

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
        {canRevert ? (
          <>
            {' — '}
            <Button
              buttonStyle="none"
              className="status__action"
              id="action-revert-to-published"
              onClick={() => openModal(revertSlug)}
            >
              {words.actions.revert}
            </Button>
            <ConfirmationModal
              modalSlug={revertSlug}
              className="heritage-revert-modal"
              heading={withTitle(words.confirmations.revertHeading, title, lang)}
              body={words.confirmations.revertBody}
              confirmLabel={words.actions.revert}
              confirmingLabel={words.confirmations.reverting}
              cancelLabel={words.confirmations.cancel}
              onConfirm={revert}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
