'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'
import './PrintQr.scss'

const MAX_LABELS = 2400

/**
 * Sidebar action: the print-ready QR plaque (entries) or sheet of labels (batches) as a PDF, in a
 * new tab. Payload's own Button and field markup, so it looks like the rest of the admin and fits
 * the sidebar at phone width.
 */
export function PrintQr() {
  const { i18n } = useTranslation()
  const { id, collectionSlug } = useDocumentInfo()
  const [count, setCount] = useState(24)
  const inputId = useId()
  const vi = i18n.language !== 'en'
  if (!id) {
    return <p className="heritage-note">{vi ? 'Lưu trước để in mã QR.' : 'Save first to print the QR code.'}</p>
  }
  if (collectionSlug === 'batches') {
    return (
      <div className="heritage-print-qr">
        <div className="field-type number heritage-print-qr__count">
          <label className="field-label" htmlFor={inputId}>
            {vi ? 'Số tem cần in' : 'Labels to print'}
          </label>
          <div className="field-type__wrap">
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_LABELS}
              value={count}
              onChange={(event) => setCount(Math.min(Math.max(Number(event.target.value) || 1, 1), MAX_LABELS))}
            />
          </div>
        </div>
        <Button
          el="anchor"
          url={`/api/batches/${id}/labels.pdf?count=${count}`}
          newTab
          buttonStyle="secondary"
          size="medium"
          margin={false}
          className="heritage-print-qr__button"
        >
          {vi ? 'In tem QR (PDF, khổ A4)' : 'Print QR labels (PDF, A4)'}
        </Button>
      </div>
    )
  }
  return (
    <div className="heritage-print-qr">
      <Button
        el="anchor"
        url={`/api/${collectionSlug}/${id}/plaque.pdf`}
        newTab
        buttonStyle="secondary"
        size="medium"
        margin={false}
        className="heritage-print-qr__button"
      >
        {vi ? 'In biển QR (PDF)' : 'Print QR plaque (PDF)'}
      </Button>
    </div>
  )
}
