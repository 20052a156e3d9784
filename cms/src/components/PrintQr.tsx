'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** Sidebar action: the print-ready QR plaque (entries) or sheet of labels (batches) as a PDF. */
export function PrintQr() {
  const { i18n } = useTranslation()
  const { id, collectionSlug } = useDocumentInfo()
  const [count, setCount] = useState(24)
  const vi = i18n.language !== 'en'
  if (!id) {
    return <p className="heritage-note">{vi ? 'Lưu trước để in mã QR.' : 'Save first to print the QR code.'}</p>
  }
  if (collectionSlug === 'batches') {
    return (
      <div className="heritage-print-qr">
        <label>
          {vi ? 'Số tem' : 'Labels'}{' '}
          <input
            type="number"
            min={1}
            max={2400}
            value={count}
            onChange={(event) => setCount(Number(event.target.value) || 1)}
          />
        </label>
        <a
          className="btn btn--style-secondary"
          href={`/api/batches/${id}/labels.pdf?count=${count}`}
          target="_blank"
          rel="noreferrer"
        >
          {vi ? 'In tem QR (PDF, khổ A4)' : 'Print QR labels (PDF, A4)'}
        </a>
      </div>
    )
  }
  return (
    <div className="heritage-print-qr">
      <a
        className="btn btn--style-secondary"
        href={`/api/${collectionSlug}/${id}/plaque.pdf`}
        target="_blank"
        rel="noreferrer"
      >
        {vi ? 'In biển QR (PDF)' : 'Print QR plaque (PDF)'}
      </a>
    </div>
  )
}
