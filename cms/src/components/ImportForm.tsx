'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'

interface Bilingual {
  vi: string
  en: string
}
interface Kind {
  value: string
  label: Bilingual
  fields: { key: string; header: string }[]
}
interface Issue {
  row: number
  column: string
  header: string
  message: Bilingual
}
interface Summary {
  columns: { letter: string; header: string; key: string | null }[]
  problems: { at: string; blocking: boolean; message: Bilingual }[]
  counts: Record<'create' | 'update' | 'unchanged' | 'reject', number>
  canCommit: boolean
  rows: { row: number; action: string; title: string; changes: string[]; issues: Issue[] }[]
}

const ACTIONS: Record<string, Bilingual> = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  reject: { vi: 'Từ chối', en: 'Rejected' },
}

/** Upload, dry run with per-row and per-column report, column mapping, confirm, progress. */
export function ImportForm({ kinds }: { kinds: Kind[] }) {
  const { i18n } = useTranslation()
  const lang: keyof Bilingual = i18n.language === 'en' ? 'en' : 'vi'
  const [kind, setKind] = useState(kinds[0]?.value ?? 'relics')
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = kinds.find((k) => k.value === kind)?.fields ?? []

  const body = () => {
    const form = new FormData()
    if (file) form.set('file', file)
    form.set('_payload', JSON.stringify({ mapping }))
    return form
  }

  async function preview(event?: FormEvent) {
    event?.preventDefault()
    if (!file) return
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const response = await fetch(`/api/import/${kind}/preview`, {
        method: 'POST',
        body: body(),
        credentials: 'include',
      })
      const json = await response.json()
      if (!response.ok) {
        setSummary(null)
        setError(
          json.errors?.[0]?.[lang === 'en' ? 'en' : 'message'] ?? json.errors?.[0]?.message ?? String(response.status),
        )
      } else setSummary(json as Summary)
    } finally {
      setBusy(false)
    }
  }

  async function commit() {
    if (!file) return
    setBusy(true)
    setProgress({ done: 0, total: (summary?.counts.create ?? 0) + (summary?.counts.update ?? 0) })
    try {
      const response = await fetch(`/api/import/${kind}/commit`, {
        method: 'POST',
        body: body(),
        credentials: 'include',
      })
      if (!response.ok || !response.body) {
        const json = await response.json().catch(() => ({}))
        setError(json.errors?.[0]?.message ?? String(response.status))
        return
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line)
          if (message.progress) setProgress(message.progress)
          if (message.result) {
            const r = message.result
            setResult(
              lang === 'en'
                ? `Imported: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged. New records are drafts.`
                : `Đã nhập: ${r.created} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi. Các mục mới là bản nháp.`,
            )
            setSummary(null)
          }
          if (message.refused) {
            setError(
              lang === 'en'
                ? `Nothing was imported. ${message.refused}`
                : `Chưa nhập gì: dữ liệu đã thay đổi từ lúc xem trước. Hãy xem lại. (${message.refused})`,
            )
            if (message.plan) setSummary(message.plan)
          }
        }
      }
    } finally {
      setBusy(false)
    }
  }

  const t = (vi: string, en: string) => (lang === 'en' ? en : vi)
  return (
    <div className="heritage-import" style={{ maxWidth: '70rem', paddingBottom: '3rem' }}>
      <h1>{t('Nhập dữ liệu từ bảng tính', 'Import from a spreadsheet')}</h1>
      <p>
        {t(
          'Chọn loại dữ liệu và tệp .xlsx hoặc .csv. Bấm "Xem trước" để kiểm tra: chưa có gì được ghi cho đến khi bạn bấm "Nhập". Tệp có dòng lỗi sẽ không được nhập dòng nào.',
          'Choose the kind of data and an .xlsx or .csv file. "Preview" checks it: nothing is written until you press "Import". A file with any rejected row imports nothing.',
        )}
      </p>
      <form onSubmit={preview} style={{ display: 'grid', gap: '0.75rem', maxWidth: '36rem' }}>
        <label>
          {t('Loại dữ liệu', 'Kind of data')}{' '}
          <select
            id="import-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value)
              setSummary(null)
              setMapping({})
            }}
          >
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label[lang]}
              </option>
            ))}
          </select>{' '}
          <a href={`/api/import/${kind}/template.xlsx`}>{t('Tải tệp mẫu', 'Download the template')}</a>
        </label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setSummary(null)
            setMapping({})
          }}
        />
        <div>
          <Button type="submit" disabled={!file || busy} buttonStyle="secondary" id="import-preview">
            {t('Xem trước', 'Preview')}
          </Button>
        </div>
      </form>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {result ? (
        <p role="status" id="import-result">
          {result}
        </p>
      ) : null}
      {progress && busy ? (
        <div>
          <progress id="import-progress" value={progress.done} max={Math.max(progress.total, 1)} /> {progress.done}/
          {progress.total}
        </div>
      ) : null}
      {summary ? (
        <section id="import-summary">
          <p id="import-counts">
            {(['create', 'update', 'unchanged', 'reject'] as const)
              .map((a) => `${ACTIONS[a]?.[lang]}: ${summary.counts[a]}`)
              .join(' · ')}
          </p>
          {summary.problems.length > 0 ? (
            <ul>
              {summary.problems.map((p) => (
                <li
                  key={`${p.at}-${p.message.vi}`}
                  style={{ color: p.blocking ? 'var(--theme-error-500)' : undefined }}
                >
                  {p.at ? `${p.at}: ` : ''}
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          ) : null}
          {summary.columns.some((c) => c.header && !c.key) ? (
            <fieldset>
              <legend>{t('Cột chưa khớp: chọn trường tương ứng', 'Unmatched columns: choose their field')}</legend>
              {summary.columns
                .filter((c) => c.header && !c.key)
                .map((c) => (
                  <label key={c.letter} style={{ display: 'block' }}>
                    {c.letter} “{c.header}” →{' '}
                    <select
                      value={mapping[c.header] ?? ''}
                      onChange={(e) => setMapping({ ...mapping, [c.header]: e.target.value })}
                    >
                      <option value="">{t('(bỏ qua)', '(ignore)')}</option>
                      {fields.map((f) => (
                        <option key={f.key} value={f.key}>
                          {f.header}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              <Button buttonStyle="secondary" onClick={() => preview()} disabled={busy}>
                {t('Xem trước lại', 'Preview again')}
              </Button>
            </fieldset>
          ) : null}
          <table className="table" id="import-rows" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th>{t('Dòng', 'Row')}</th>
                <th>{t('Kết quả', 'Result')}</th>
                <th>{t('Tên', 'Name')}</th>
                <th>{t('Chi tiết', 'Details')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr key={row.row} data-action={row.action}>
                  <td>{row.row}</td>
                  <td>{ACTIONS[row.action]?.[lang] ?? row.action}</td>
                  <td>{row.title}</td>
                  <td>
                    {row.issues.map((issue) => (
                      <div key={`${issue.column}-${issue.message.vi}`}>
                        {issue.column ? `${issue.column} (${issue.header}): ` : ''}
                        {issue.message[lang]}
                      </div>
                    ))}
                    {row.changes.length > 0 ? `${t('Đổi', 'Changes')}: ${row.changes.join(', ')}` : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button id="import-commit" onClick={commit} disabled={!summary.canCommit || busy}>
            {t('Nhập', 'Import')} ({summary.counts.create + summary.counts.update})
          </Button>
        </section>
      ) : null}
    </div>
  )
}
