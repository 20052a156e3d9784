'use client'
import { useDocumentEvents, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useState } from 'react'
import type { ExcludedEntry } from '../globals/SiteStatus'
import type { SiteStatus as Status } from '../payload-types'

/** While a build is queued or running, and for a while after a save (the request is on its way). */
const FAST_MS = 3000
const AFTER_SAVE_MS = 15_000
/** Otherwise, to notice publishes by other people and the nightly rebuild. */
const SLOW_MS = 60_000

const busy = (status: Status | null) => status?.state === 'queued' || status?.state === 'building'

const excludedOf = (status: Status | null): ExcludedEntry[] =>
  Array.isArray(status?.excluded)
    ? (status.excluded as unknown[]).filter(
        (e): e is ExcludedEntry =>
          typeof e === 'object' && e !== null && typeof (e as ExcludedEntry).adminUrl === 'string',
      )
    : []

function timeOf(iso: string, locale: string): string {
  const date = new Date(iso)
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false })
  if (date.toDateString() === new Date().toDateString()) return time
  return `${time} ${date.toLocaleDateString(locale, { day: '2-digit', month: '2-digit' })}`
}

/** Admin header badge: is the last publish live on the public site, on its way, or did it fail? */
export function SiteStatus() {
  const { i18n } = useTranslation()
  const { mostRecentUpdate } = useDocumentEvents()
  const [status, setStatus] = useState<Status | null>(null)
  const vi = i18n.language !== 'en'

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const eagerUntil = mostRecentUpdate ? Date.now() + AFTER_SAVE_MS : 0
    const load = async () => {
      let latest: Status | null = null
      try {
        const response = await fetch('/api/globals/site-status', { credentials: 'include' })
        if (response.ok) latest = (await response.json()) as Status
      } catch {
        // Offline for a moment: try again on the next tick.
      }
      if (stopped) return
      if (latest) setStatus(latest)
      timer = setTimeout(load, busy(latest) || Date.now() < eagerUntil ? FAST_MS : SLOW_MS)
    }
    void load()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [mostRecentUpdate])

  if (!status || status.state === 'idle') return null
  const details = '/admin/globals/site-status'
  const site = vi ? 'Trang công khai' : 'Public site'

  let content: ReactNode
  if (busy(status)) {
    content = <a href={details}>{vi ? 'Đang cập nhật trang công khai…' : 'Updating the public site…'}</a>
  } else if (status.state === 'failed') {
    const reason = (status.message ?? '').replace(/[.\s]+$/, '')
    const text = vi
      ? `Cập nhật trang công khai thất bại: ${reason}. Trang đang chạy vẫn là bản trước.`
      : `Updating the public site failed: ${reason}. The live site is still the previous version.`
    content = (
      <a href={details} title={text}>
        {text}
      </a>
    )
  } else {
    const at = status.lastSuccessAt ? timeOf(status.lastSuccessAt, vi ? 'vi-VN' : 'en-GB') : ''
    content = (
      <>
        {status.siteUrl ? (
          <a href={status.siteUrl} target="_blank" rel="noreferrer">
            {site}
          </a>
        ) : (
          site
        )}{' '}
        {vi ? `đã cập nhật lúc ${at}` : `updated at ${at}`}
      </>
    )
  }
  // Named after every outcome until fixed: one bad entry is left out, the rest is published. A pill
  // of its own that starts with the entry (the status pill is cut to fit the header).
  const excluded = busy(status) ? [] : excludedOf(status)
  const kind = (entry: ExcludedEntry) => (vi ? entry.label?.vi : entry.label?.en) ?? entry.collection
  const [first] = excluded
  const all = excluded.map((entry) => `${entry.title} (${kind(entry)}): ${entry.problem}`).join('\n')
  return (
    <div className="heritage-site-status-group">
      <div className={`heritage-site-status heritage-site-status--${status.state}`} role="status">
        {content}
      </div>
      {first && (
        <div className="heritage-site-status heritage-site-status--excluded" data-excluded title={all}>
          {vi ? 'Bị bỏ ra khỏi trang, hãy sửa: ' : 'Left out of the site, fix: '}
          <a href={first.adminUrl}>{first.title}</a> ({kind(first)})
          {excluded.length > 1 && (
            <>
              {' '}
              <a href={details}>{vi ? `và ${excluded.length - 1} mục khác` : `and ${excluded.length - 1} more`}</a>
            </>
          )}
        </div>
      )}
    </div>
  )
}
