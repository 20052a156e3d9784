'use client'
import { Button, toast, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { refusalMessage } from '../access/refusalMessage'
import { isWebVersionState, WEB_VERSION_STATES, type WebVersionState } from '../media/webVersionStates'
import { textOf } from '../shared/values'

const POLL_MS = 3000

/**
 * The photo's web versions in the edit view's sidebar: the state, kept current while they are
 * made (read again every few seconds), the failure message with a "Thử lại" button, and, once
 * they are ready, a note to reload the page to see them. What it reads and what the retry answers
 * go into the form's own values (without marking the form changed), so the "Bản cho web" panel
 * (MediaDerivatives) says the same; the server ignores them on save (processPhoto).
 */
export function WebVersionsField() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const { id } = useDocumentInfo()
  const { value, setValue } = useField<string>({ path: 'webVersions' })
  const { setValue: setError } = useField<string | null>({ path: 'webVersionsError' })
  const formError = textOf(useFormFields(([fields]) => fields.webVersionsError?.value))
  const state = isWebVersionState(value) ? value : null
  const [changed, setChanged] = useState(false)
  const [busy, setBusy] = useState(false)
  const show = (next: WebVersionState, error: string | null) => {
    setValue(next, true)
    setError(error, true)
  }
  // The poll keeps its timer while the state stays pending, and uses the latest setters.
  const showLatest = useRef(show)
  showLatest.current = show
  useEffect(() => {
    if (state !== 'pending' || id === undefined || id === null) return
    const timer = setInterval(async () => {
      // uploadedBy too: the failure's text is read by staff and the uploader (its field access).
      const response = await fetch(
        `/api/media/${id}?depth=0&select[webVersions]=true&select[webVersionsError]=true&select[uploadedBy]=true`,
        { credentials: 'include' },
      ).catch(() => null)
      const doc = response?.ok ? await response.json().catch(() => null) : null
      if (doc && isWebVersionState(doc.webVersions) && doc.webVersions !== 'pending') {
        showLatest.current(doc.webVersions, textOf(doc.webVersionsError) ?? null)
        setChanged(true)
      }
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [state, id])
  const retry = async () => {
    setBusy(true)
    try {
      const response = await fetch(`/api/media/${id}/web-versions/retry`, { method: 'POST', credentials: 'include' })
      if (!response.ok) toast.error(refusalMessage(await response.json().catch(() => null), response.status))
      else show('pending', null)
    } finally {
      setBusy(false)
    }
  }
  const live = { state, error: formError ?? '' }
  const label = en ? 'Web versions' : 'Bản cho web'
  if (!live.state) return null
  return (
    <div className="field-type heritage-web-versions-field" data-state={live.state}>
      <span className="field-label">{label}</span>
      <p className={`heritage-web-versions heritage-web-versions--${live.state}`}>
        {WEB_VERSION_STATES[live.state][en ? 'en' : 'vi']}
      </p>
      {live.state === 'pending' ? (
        <p className="heritage-note">
          {en
            ? 'The photo is saved. Its versions for the public site are being made, one photo at a time; this box says when they are done. Publishing waits for them.'
            : 'Ảnh đã được lưu. Các bản cho trang công khai đang được tạo, lần lượt từng ảnh; ô này sẽ báo khi xong. Việc xuất bản sẽ chờ các bản này.'}
        </p>
      ) : null}
      {live.state === 'failed' ? (
        <>
          {live.error ? (
            <p className="heritage-web-versions__error" role="alert">
              {live.error}
            </p>
          ) : null}
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={retry} margin={false}>
            {en ? 'Try again' : 'Thử lại'}
          </Button>
        </>
      ) : null}
      {changed && live.state === 'ready' ? (
        <p className="heritage-note">
          {en ? 'Done. ' : 'Đã xong. '}
          <button type="button" className="heritage-link-button" onClick={() => window.location.reload()}>
            {en ? 'Reload the page to see them.' : 'Tải lại trang để xem.'}
          </button>
        </p>
      ) : null}
    </div>
  )
}
