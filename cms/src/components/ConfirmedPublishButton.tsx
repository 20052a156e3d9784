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
import { langOf, wordsIn } from '../i18n/words'
import { withTitle } from '../workflow/states'

/**
 * Payload's publish button ("Xuất bản…"), asking first: "Xuất bản “<title>”?", with what
 * publishing does. Payload's button stays whole (its arrow menu with "Lên lịch xuất bản", its
 * checks and its save): a click on the button itself is held until the person confirms, then
 * passed on to it.
 */
export function ConfirmedPublishButton() {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const words = wordsIn(lang)
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
      <PublishButton label={words.actions.publish} />
      <ConfirmationModal
        modalSlug={modalSlug}
        className="heritage-publish-modal"
        heading={withTitle(words.confirmations.publishHeading, typeof title === 'string' ? title : undefined, lang)}
        body={hasPublishedDoc ? words.confirmations.publishChanges : words.confirmations.publishNew}
        confirmLabel={words.confirmations.publishConfirm}
        confirmingLabel={words.confirmations.publishing}
        cancelLabel={words.confirmations.cancel}
        onConfirm={publish}
      />
    </span>
  )
}
