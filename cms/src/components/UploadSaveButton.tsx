'use client'
import {
  FormSubmit,
  toast,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormModified,
  useHotkey,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import { useRef } from 'react'
import { missingBeforeUpload } from '../media/required'

/**
 * Save for photos, panoramas, 3D models and audio guides (page and drawer). Payload's edit form
 * sends the file first and validates on the server, so a photo without its alternative text
 * travelled over the officer's connection only to be refused. This button checks the required
 * description in the browser first: the message is shown on the field and nothing is sent.
 * Otherwise it behaves as Payload's SaveButton (same id, label, Ctrl/⌘+S, disabled while uploading).
 */
export function UploadSaveButton() {
  const { uploadStatus, collectionSlug } = useDocumentInfo()
  const { t, i18n } = useTranslation()
  const { submit, getField, dispatchFields, setSubmitted } = useForm()
  const modified = useFormModified()
  const editDepth = useEditDepth()
  const operation = useOperation()
  const ref = useRef<HTMLButtonElement>(null)
  const disabled = (operation === 'update' && !modified) || uploadStatus === 'uploading'

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    ref.current?.click()
  })

  const save = () => {
    if (uploadStatus === 'uploading') return
    const missing = missingBeforeUpload(collectionSlug, (path) => getField(path)?.value)
    if (missing) {
      const message = i18n.language === 'en' ? missing.message.en : missing.message.vi
      dispatchFields({ type: 'UPDATE', path: missing.field, valid: false, errorMessage: message })
      setSubmitted(true)
      toast.error(message)
      const drawer = ref.current?.closest('.drawer__content, .doc-drawer') ?? document
      const input = drawer.querySelector(`#field-${missing.field}`)
      if (input instanceof HTMLElement) input.focus()
      return
    }
    void submit()
  }

  return (
    <FormSubmit buttonId="action-save" disabled={disabled} onClick={save} ref={ref} size="medium" type="button">
      {t('general:save')}
    </FormSubmit>
  )
}
