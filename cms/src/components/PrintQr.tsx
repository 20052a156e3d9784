'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useId, useState } from 'react'
import './PrintQr.scss'

const MAX_LABELS = 2400

/** A link to a PDF, opened in a new tab, drawn as Payload's secondary button. */
function PdfButton({ url, children }: { url: string; children: ReactNode }) {
  return (
    <Button
      el="anchor"
      url={url}
      newTab
      buttonStyle="secondary"
      size="medium"
      margin={false}
      className="heritage-print-qr__button"
    >
      {children}
    </Button>
  )
}

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
        <PdfButton url={`/api/batches/${id}/labels.pdf?count=${count}`}>
          {vi ? 'In tem QR (PDF, khổ A4)' : 'Print QR labels (PDF, A4)'}
        </PdfButton>
      </div>
    )
  }
  return (
    <div className="heritage-print-qr">
      <PdfButton url={`/api/${collectionSlug}/${id}/plaque.pdf`}>
        {vi ? 'In biển QR (PDF)' : 'Print QR plaque (PDF)'}
      </PdfButton>
    </div>
  )
}
