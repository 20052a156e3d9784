'use client'
import {
  ConfirmationModal,
  PublishButton,
  useDocumentInfo,
  useFormFields,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { type MouseEvent, useRef } from 'react'
import { ACTION_LABELS, CONFIRMATIONS, withTitle } from '../workflow/states'

/**
 * Payload's publish button ("Xuất bản…"), asking first: "Xuất bản “<title>”?", with what
 * publishing does. Payload's button stays whole (its arrow menu with "Lên lịch xuất bản", its
 * checks and its save): a click on the button itself is held until the person confirms, then
 * passed on to it.
 */
export function ConfirmedPublishButton() {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const { id, collectionSlug, hasPublishedDoc, hasPublishPermission } = useDocumentInfo()
  const title = useFormFields(([fields]) => fields.title?.value)
  const { openModal } = useModal()
  const wrapper = useRef<HTMLSpanElement>(null)
  const confirmed = useRef(false)
  const modalSlug = `confirm-publish-${collectionSlug}-${id ?? 'new'}`

  const hold = (event: MouseEvent) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('#action-save')) return
    if (confirmed.current) {
      confirmed.current = false
      return
    }
    event.preventDefault()
    event.stopPropagation()
    openModal(modalSlug)
  }
  const publish = () => {
    confirmed.current = true
    wrapper.current?.querySelector<HTMLButtonElement>('#action-save')?.click()
  }

  if (!hasPublishPermission) return null
  return (
    <span ref={wrapper} onClickCapture={hold} style={{ display: 'contents' }}>
      <PublishButton label={ACTION_LABELS.publish[lang]} />
      <ConfirmationModal
        modalSlug={modalSlug}
        className="heritage-publish-modal"
        heading={withTitle(CONFIRMATIONS.publishHeading[lang], typeof title === 'string' ? title : undefined, lang)}
        body={(hasPublishedDoc ? CONFIRMATIONS.publishChanges : CONFIRMATIONS.publishNew)[lang]}
        confirmLabel={CONFIRMATIONS.publishConfirm[lang]}
        confirmingLabel={CONFIRMATIONS.publishing[lang]}
        cancelLabel={CONFIRMATIONS.cancel[lang]}
        onConfirm={publish}
      />
    </span>
  )
}
