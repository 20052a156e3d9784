'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { isWebVersionState, WEB_VERSION_STATES } from '../media/webVersionStates'
import { recordOr } from '../shared/guards'

/**
 * A photo's web versions in the media list: "Đang tạo bản web…" while the worker makes them, the
 * failure with its message; nothing said when they are ready (or were made during the save).
 */
export function WebVersionsCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  if (!isWebVersionState(cellData) || cellData === 'ready') return <span>—</span>
  const label = WEB_VERSION_STATES[cellData][en ? 'en' : 'vi']
  const error = recordOr(rowData).webVersionsError
  return (
    <span className={`heritage-web-versions heritage-web-versions--${cellData}`} data-state={cellData}>
      {label}
      {cellData === 'failed' && typeof error === 'string' && error ? <small> {error}</small> : null}
    </span>
  )
}
