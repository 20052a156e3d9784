'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { refusalMessage } from '../access/refusalMessage'
import { langOf, wordsIn } from '../i18n/words'
import { isRecord } from '../shared/guards'

interface Choice {
  value: string
  label: string
}

interface Report {
  applied: string[]
  unchanged: string[]
  untranslated: string[]
  skipped: { id: string; reason: { vi: string; en: string } }[]
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/** The import endpoint's answer (translate/endpoints.ts), read field by field. */
function reportOf(json: unknown): Report | null {
  if (!isRecord(json) || !Array.isArray(json.skipped)) return null
  const skipped = json.skipped.filter(isRecord).map((s) => {
    const reason = isRecord(s.reason) ? s.reason : {}
    return {
      id: String(s.id),
      reason: { vi: String(reason.vi ?? ''), en: String(reason.en ?? '') },
    }
  })
  return {
    applied: texts(json.applied),
    unchanged: texts(json.unchanged),
    untranslated: texts(json.untranslated),
    skipped,
  }
}

const field = { display: 'block', marginBottom: 'var(--base)' } as const
/** Payload's own input look (its theme variables), for the screen's native controls. */
const control = {
  display: 'block',
  minWidth: '16rem',
  marginTop: 'calc(var(--base) / 4)',
  padding: 'calc(var(--base) / 2)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
} as const

/** A labelled drop-down list. */
function Choose(props: {
  label: string
  name: string
  value: string
  choices: Choice[]
  onChange: (v: string) => void
}) {
  return (
    <label style={field}>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)} style={control}>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * Choose a kind and a language, download the file to translate; upload the translated file, read
 * the report. The language starts as the one the admin is set to (`initialLocale`), when it is a
 * published translation language.
 */
export function TranslationForm({
  kinds,
  locales,
  initialLocale,
}: {
  kinds: Choice[]
  locales: Choice[]
  initialLocale?: string
}) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const words = wordsIn(lang).translations
  const [kind, setKind] = useState(kinds[0]?.value ?? '')
  const [locale, setLocale] = useState(locales.find((l) => l.value === initialLocale)?.value ?? locales[0]?.value ?? '')
  const [todo, setTodo] = useState(true)
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const query = `locale=${encodeURIComponent(locale)}${todo ? '&only=todo' : ''}`
  const send = async () => {
    setError(null)
    setReport(null)
    if (!file) {
      setError(words.noFile)
      return
    }
    setBusy(true)
    try {
      const body = new FormData()
      body.set('file', file)
      const response = await fetch(`/api/translations/${kind}/import?locale=${encodeURIComponent(locale)}`, {
        method: 'POST',
        body,
        credentials: 'include',
      })
      const json: unknown = await response.json().catch(() => null)
      if (!response.ok) setError(refusalMessage(json, response.status))
      else setReport(reportOf(json))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div data-testid="translation-exchange" style={{ maxWidth: '60rem' }}>
      <p>{words.intro}</p>
      <Choose label={words.kind} name="kind" value={kind} choices={kinds} onChange={setKind} />
      <Choose label={words.locale} name="locale" value={locale} choices={locales} onChange={setLocale} />
      <h2>{words.download}</h2>
      <label style={field}>
        <input type="checkbox" name="only" checked={todo} onChange={(e) => setTodo(e.target.checked)} />{' '}
        {words.onlyTodo}
      </label>
      <p style={{ display: 'flex', gap: 'var(--base)' }}>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`/api/translations/${kind}/export?${query}&format=xliff`}
          download
        >
          {words.downloadXliff}
        </a>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`/api/translations/${kind}/export?${query}&format=xlsx`}
          download
        >
          {words.downloadXlsx}
        </a>
      </p>
      <h2>{words.upload}</h2>
      {/* The browser's file button speaks the browser's language: ours speaks the admin's. */}
      <style>
        {'.translation-file:focus-within .btn { outline: 2px solid var(--theme-text); outline-offset: 2px; }'}
      </style>
      <label style={{ ...field, position: 'relative' }} className="translation-file" data-testid="translation-file">
        {words.file}
        <input
          type="file"
          name="file"
          accept=".xlf,.xliff,.xlsx"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
        />
        <span style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)', marginTop: 'calc(var(--base) / 4)' }}>
          <span className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            {words.chooseFile}
          </span>
          <span data-testid="translation-file-name">{file ? file.name : words.noFileChosen}</span>
        </span>
      </label>
      <Button onClick={send} disabled={busy}>
        {busy ? words.working : words.importButton}
      </Button>
      {error ? (
        <p role="alert" data-testid="translation-error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {report ? (
        <section data-testid="translation-report">
          <h2>{words.report}</h2>
          <ul>
            <li>
              {words.applied}: <strong data-count="applied">{report.applied.length}</strong>
            </li>
            <li>
              {words.unchanged}: <strong data-count="unchanged">{report.unchanged.length}</strong>
            </li>
            <li>
              {words.untranslated}: <strong data-count="untranslated">{report.untranslated.length}</strong>
            </li>
            <li>
              {words.skipped}: <strong data-count="skipped">{report.skipped.length}</strong>
            </li>
          </ul>
          {report.skipped.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th>{words.skipped}</th>
                  <th>{words.reason}</th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <code>{s.id}</code>
                    </td>
                    <td>{s.reason[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.applied.length > 0 ? <p>{words.draftNote}</p> : null}
        </section>
      ) : null}
    </div>
  )
}
