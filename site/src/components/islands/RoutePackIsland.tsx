/**
 * "Save for offline" on a route page: a React island (client:visible, so its script loads only
 * when it scrolls into view, and only on route pages). It shows the pack's size before anything is
 * downloaded (the build wrote the list and sizes into the page), saves with progress, then says
 * "Saved (size) · Remove". Without JavaScript, or in a browser that cannot keep pages, it says so
 * and the pages keep working online as before.
 */
import { useEffect, useState } from 'react'
import {
  offlineSupported,
  readPack,
  removePack,
  type SavedPack,
  savedPack,
  savePack,
  startWorker,
} from '../../offline/client'
import { formatBytes, type PackData, packBytes } from '../../offline/pack'

export interface RoutePackStrings {
  save: string
  saving: string
  saved: string
  remove: string
  update: string
  failed: string
  retry: string
  unsupported: string
  offlineCopy: string
}

interface Props {
  locale: string
  strings: RoutePackStrings
}

type State =
  | { step: 'checking' }
  | { step: 'unsupported' }
  | { step: 'ready'; data: PackData }
  | { step: 'saving'; data: PackData; stored: number }
  | { step: 'saved'; data: PackData; saved: SavedPack; outdated: boolean }
  | { step: 'failed'; data: PackData; reason: string }

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

export default function RoutePackIsland({ locale, strings: S }: Props) {
  const [state, setState] = useState<State>({ step: 'checking' })
  const size = (bytes: number) => formatBytes(bytes, locale)

  useEffect(() => {
    const data = readPack()
    if (!data || !offlineSupported()) {
      setState({ step: 'unsupported' })
      return
    }
    savedPack(data).then(
      (found) => {
        setState(found ? { step: 'saved', data, ...found } : { step: 'ready', data })
        // The worker answers for the saved pack: make sure it is still there (registering is idempotent).
        if (found) startWorker().catch(() => undefined)
      },
      () => setState({ step: 'ready', data }),
    )
  }, [])

  const save = async (data: PackData) => {
    setState({ step: 'saving', data, stored: 0 })
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date())
    try {
      const saved = await savePack(
        data,
        (stored) => setState({ step: 'saving', data, stored }),
        fill(S.offlineCopy, { date }),
      )
      setState({ step: 'saved', data, saved, outdated: false })
    } catch (error) {
      setState({ step: 'failed', data, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  const remove = async (data: PackData) => {
    await removePack(data)
    setState({ step: 'ready', data })
  }

  if (state.step === 'checking') return <p className="route-pack-status" aria-live="polite" />
  if (state.step === 'unsupported') return <p className="route-pack-status muted">{S.unsupported}</p>
  if (state.step === 'saving') {
    const total = packBytes(state.data)
    const share = Math.min(1, state.stored / Math.max(1, total))
    const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(share)
    return (
      <div className="route-pack-status">
        <progress value={share} max={1} aria-label={fill(S.saving, { percent })} />
        <p role="status">{fill(S.saving, { percent })}</p>
      </div>
    )
  }
  if (state.step === 'saved') {
    const { data, saved, outdated } = state
    return (
      <p className="route-pack-status" role="status" data-route-pack-saved>
        {fill(S.saved, { size: size(saved.bytes) })} ·{' '}
        {outdated && (
          <>
            <button type="button" className="button" onClick={() => save(data)} data-route-pack-update>
              {fill(S.update, { size: size(packBytes(data)) })}
            </button>{' '}
          </>
        )}
        <button type="button" className="button button-secondary" onClick={() => remove(data)}>
          {S.remove}
        </button>
      </p>
    )
  }
  const { data } = state
  return (
    <div className="route-pack-status">
      {state.step === 'failed' && <p role="alert">{fill(S.failed, { reason: state.reason })}</p>}
      <button type="button" className="button" onClick={() => save(data)} data-route-pack-save>
        {fill(state.step === 'failed' ? S.retry : S.save, { size: size(packBytes(data)) })}
      </button>
    </div>
  )
}
