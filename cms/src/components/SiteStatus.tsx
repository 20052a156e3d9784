'use client'
import { useAuth, useDocumentEvents, useFormFields, useTranslation, useWindowInfo } from '@payloadcms/ui'
import { type ReactNode, useEffect, useState } from 'react'
import { wordsIn } from '../i18n/words'
import type { User } from '../payload-types'
import {
  excludedOf,
  failedAdvice,
  failedHeadline,
  failedReason,
  isBusy,
  type Language,
  lastPublished,
  pageLink,
  type StatusView,
  statusView,
  updatedAt,
  viewTitle,
} from '../publish/status'
import { recordOr } from '../shared/guards'

/** While a build is queued or running, and for a while after a save (the request is on its way). */
const FAST_MS = 2000
const AFTER_SAVE_MS = 15_000
/** Otherwise, to notice publishes by other people and the nightly rebuild. */
const SLOW_MS = 60_000
const DETAILS = '/admin/globals/site-status'
/** Between a long text, which is cut to fit, and the link after it, which always stays in view. */
const SEPARATOR = <span className="heritage-site-status__separator"> · </span>

/** The status global as the API answers it: what the badge shows, and the entries left out. */
interface Status {
  view: StatusView
  excluded: unknown
}
const statusOf = (body: unknown): Status => ({ view: statusView(recordOr(body)), excluded: recordOr(body).excluded })

const useLanguage = (): Language => (useTranslation().i18n.language === 'en' ? 'en' : 'vi')
const useRoles = (): readonly string[] => useAuth<User>().user?.roles ?? []

/**
 * Reads the status global. The badge asks again quickly while a build is on its way and right
 * after a save, at once when the tab comes back into view (say, from the public site), and
 * otherwise now and then; never from the HTTP cache, so it never shows an old state.
 */
function useSiteStatus(): Status | null {
  const { mostRecentUpdate } = useDocumentEvents()
  const [status, setStatus] = useState<Status | null>(null)
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const eagerUntil = mostRecentUpdate ? Date.now() + AFTER_SAVE_MS : 0
    const load = async () => {
      clearTimeout(timer)
      let latest: Status | null = null
      try {
        const response = await fetch('/api/globals/site-status', { credentials: 'include', cache: 'no-store' })
        if (response.ok) latest = statusOf(await response.json())
      } catch {
        // Offline for a moment: try again on the next tick.
      }
      if (stopped) return
      if (latest) setStatus(latest)
      timer = setTimeout(load, isBusy(latest?.view.state) || Date.now() < eagerUntil ? FAST_MS : SLOW_MS)
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load()
    }
    void load()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [mostRecentUpdate])
  return status
}

/**
 * Admin header badge: is the last publish live on the public site (with a link to the page of the
 * entry just published), on its way, or did it fail (which entry, and a link to what to do)? On a
 * phone it shrinks to a short word so that it never covers the header's controls.
 */
export function SiteStatus() {
  const language = useLanguage()
  const roles = useRoles()
  const narrow = Boolean(useWindowInfo().breakpoints?.s)
  const status = useSiteStatus()
  if (!status || status.view.state === 'idle') return null
  const view = status.view
  const say = wordsIn(language).siteStatus

  let content: ReactNode
  let full: string
  if (isBusy(view.state)) {
    full = say.busy
    content = <a href={DETAILS}>{narrow ? say.busyShort : full}</a>
  } else if (view.state === 'failed') {
    full = `${failedHeadline(view, language)}. ${failedReason(view, language)} ${say.stillLive} ${failedAdvice(view, language, roles)}`
    content = narrow ? (
      <a href={DETAILS}>{say.failedShort}</a>
    ) : (
      <>
        <span className="heritage-site-status__text">{failedHeadline(view, language, false)}</span>
        {SEPARATOR}
        <a href={DETAILS}>{say.details}</a>
      </>
    )
  } else {
    const link = pageLink(view, language)
    full = `${updatedAt(view, language)} · ${say.view}`
    const page = link ? (
      <a
        className="heritage-site-status__view"
        href={link}
        target="_blank"
        rel="noreferrer"
        title={viewTitle(view, language)}
      >
        {say.view}
      </a>
    ) : null
    content = narrow ? (
      (page ?? <a href={DETAILS}>{say.okShort}</a>)
    ) : (
      <>
        <span className="heritage-site-status__text">{updatedAt(view, language)}</span>
        {page && (
          <>
            {SEPARATOR}
            {page}
          </>
        )}
      </>
    )
  }
  // Named after every outcome until fixed: one bad entry is left out, the rest is published. A pill
  // of its own that starts with the entry (the status pill is cut to fit the header).
  const excluded = isBusy(view.state) ? [] : excludedOf(status.excluded)
  const kind = (entry: (typeof excluded)[number]) => entry.label?.[language] ?? entry.collection
  const [first] = excluded
  const all = excluded.map((entry) => `${entry.title} (${kind(entry)}): ${entry.problem}`).join('\n')
  return (
    <div className="heritage-site-status-group">
      <div
        className={`heritage-site-status heritage-site-status--${view.state}`}
        role="status"
        title={full}
        aria-label={narrow ? full : undefined}
      >
        {content}
      </div>
      {first &&
        (narrow ? (
          <div className="heritage-site-status heritage-site-status--excluded" data-excluded title={all}>
            <a href={DETAILS}>{language === 'vi' ? `${excluded.length} mục bị bỏ` : `${excluded.length} left out`}</a>
          </div>
        ) : (
          <div className="heritage-site-status heritage-site-status--excluded" data-excluded title={all}>
            {language === 'vi' ? 'Bị bỏ ra khỏi trang, hãy sửa: ' : 'Left out of the site, fix: '}
            <a href={first.adminUrl}>{first.title}</a> ({kind(first)})
            {excluded.length > 1 && (
              <>
                {' '}
                <a href={DETAILS}>
                  {language === 'vi' ? `và ${excluded.length - 1} mục khác` : `and ${excluded.length - 1} more`}
                </a>
              </>
            )}
          </div>
        ))}
    </div>
  )
}

/**
 * The top of the “Trang công khai” page: the badge's words in full, for every role. What failed
 * and what to do in plain words; the build's own message and log follow for administrators only
 * (the server leaves them out for everyone else).
 */
export function SiteStatusSummary() {
  const language = useLanguage()
  const roles = useRoles()
  const state = useFormFields(([fields]) => fields.state?.value)
  const lastSuccessAt = useFormFields(([fields]) => fields.lastSuccessAt?.value)
  const siteUrl = useFormFields(([fields]) => fields.siteUrl?.value)
  const failure = useFormFields(([fields]) => fields.failure?.value)
  const view = statusView({ state, lastSuccessAt, siteUrl, failure, entry: useFormFields(([f]) => f.entry?.value) })
  const entry = view.entry
  const say = wordsIn(language).siteStatus

  let body: ReactNode
  if (!view.state || view.state === 'idle') {
    body = <p>{say.idle}</p>
  } else if (isBusy(view.state)) {
    body = <p className="heritage-site-summary__headline">{say.busy}</p>
  } else if (view.state === 'failed') {
    body = (
      <>
        <p className="heritage-site-summary__headline">{failedHeadline(view, language)}.</p>
        <p>
          {failedReason(view, language)} {say.stillLive}
        </p>
        <p>{failedAdvice(view, language, roles)}</p>
        {entry && (
          <p>
            <a href={entry.adminUrl}>{language === 'vi' ? `Mở «${entry.title}»` : `Open “${entry.title}”`}</a>
          </p>
        )}
      </>
    )
  } else {
    const link = pageLink(view, language)
    body = (
      <>
        <p className="heritage-site-summary__headline">{updatedAt(view, language, true)}.</p>
        {link && (
          <p>
            {entry?.page && `${lastPublished(view, language)} · `}
            <a href={link} target="_blank" rel="noreferrer" title={viewTitle(view, language)}>
              {say.view}
            </a>
          </p>
        )}
      </>
    )
  }
  return (
    <div
      className={`heritage-site-summary heritage-site-summary--${String(view.state ?? 'idle')}`}
      data-testid="site-status-summary"
    >
      {body}
    </div>
  )
}
