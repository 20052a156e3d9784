'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { type FormEvent, type ReactNode, useState } from 'react'
import { refusalMessage } from '../access/refusalMessage'

interface Bilingual {
  vi: string
  en: string
}
interface Kind {
  value: string
  label: Bilingual
  fields: { key: string; header: string }[]
  sections: { key: string; header: string }[]
}
interface Issue {
  row: number
  column: string
  header: string
  message: Bilingual
}
interface SheetSummary {
  sheet: string
  headerRows: number[]
  columns: { letter: string; header: string; key: string | null; marker?: string }[]
  sections: { row: number; text: string; key: string | null; by: string }[]
  dataRows: number
}
interface Summary {
  columns: { letter: string; header: string; key: string | null }[]
  sheets: SheetSummary[]
  ignoredSheets: { sheet: string; reason: Bilingual }[]
  structure: Bilingual[]
  problems: { sheet?: string; at: string; blocking: boolean; message: Bilingual }[]
  counts: Record<'create' | 'update' | 'unchanged' | 'reject', number>
  canCommit: boolean
  rows: {
    sheet: string
    row: number
    action: string
    title: string
    changes: string[]
    issues: Issue[]
    notes: Bilingual[]
  }[]
}
/** The officer's corrections to the structure found, sent with the next preview and the import. */
interface Layout {
  sheets?: string[]
  headerRow: Record<string, number>
  sections: Record<string, string>
}

const ACTIONS: Record<string, Bilingual> = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  reject: { vi: 'Từ chối', en: 'Rejected' },
}

/** A choice of the kind's fields for a column or a section, after a first option for none, with its label. */
function FieldSelect(props: {
  children: ReactNode
  data: Record<`data-${string}`, string>
  value: string
  onChange: (value: string) => void
  none: { value: string; label: string }
  fields: Kind['fields']
}) {
  const { children, data, value, onChange, none, fields } = props
  return (
    <label style={{ display: 'block' }}>
      {children}
      <select {...data} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={none.value}>{none.label}</option>
        {fields.map((f) => (
          <option key={f.key} value={f.key}>
            {f.header}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Upload, dry run with per-row and per-column report, column mapping, confirm, progress. */
export function ImportForm({ kinds }: { kinds: Kind[] }) {
  const { i18n } = useTranslation()
  const lang: keyof Bilingual = i18n.language === 'en' ? 'en' : 'vi'
  const [kind, setKind] = useState(kinds[0]?.value ?? 'relics')
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [layout, setLayout] = useState<Layout>({ headerRow: {}, sections: {} })
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = kinds.find((k) => k.value === kind)?.fields ?? []
  const sectionFields = kinds.find((k) => k.value === kind)?.sections ?? []
  const reset = () => {
    setSummary(null)
    setMapping({})
    setLayout({ headerRow: {}, sections: {} })
  }

  const body = () => {
    const form = new FormData()
    if (file) form.set('file', file)
    form.set('_payload', JSON.stringify({ mapping, layout }))
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
        setError(refusalMessage(json, response.status))
      } else {
        // cast: the answer of our own preview endpoint (import/endpoints.ts), which returns a Summary
        setSummary(json as Summary)
      }
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
        setError(refusalMessage(json, response.status))
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
  // Columns whose header matched no field, once per header: the officer may choose their field.
  const unmatched = (summary?.columns ?? [])
    .filter((c) => c.header && !c.key)
    .filter((c, i, all) => all.findIndex((other) => other.header === c.header) === i)
  // A problem's place ("C", "7") is shown in front of it unless its message already names it.
  const place = (at: string, message: string) =>
    at && !new RegExp(`(Cột|Column|Dòng|Row) ${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(message)
      ? `${at}: `
      : ''
  return (
    <div className="heritage-import" style={{ maxWidth: '70rem', paddingBottom: '3rem' }}>
      <h1>{t('Nhập dữ liệu từ bảng tính', 'Import from a spreadsheet')}</h1>
      <p>
        {t(
          'Chọn loại dữ liệu và tệp bảng tính (.xlsx, .xls, .ods hoặc .csv), để nguyên như đang lưu ở cơ quan: phần đầu văn bản, tiêu đề nhiều dòng, các mục theo xã hay theo cấp, dòng cộng và phần chữ ký được nhận ra. Bấm "Xem trước" để kiểm tra: chưa có gì được ghi cho đến khi bạn bấm "Nhập". Tệp có dòng lỗi sẽ không được nhập dòng nào.',
          'Choose the kind of data and a spreadsheet (.xlsx, .xls, .ods or .csv), as the office keeps it: title blocks, headers over several rows, sections per commune or rank, subtotals and signatures are recognised. "Preview" checks it: nothing is written until you press "Import". A file with any rejected row imports nothing.',
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
              reset()
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
        {/* The browser's own file button speaks the browser's language: a label in the admin's instead. */}
        <style>
          {'.heritage-import label:focus-within > .btn { outline: 2px solid var(--theme-text); outline-offset: 2px }'}
        </style>
        <label htmlFor="import-file" style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
          <span className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            {t('Chọn tệp…', 'Choose a file…')}
          </span>
          <span id="import-file-name">{file ? file.name : t('Chưa chọn tệp nào', 'No file chosen')}</span>
        </label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.xlsm,.xls,.ods,.csv,.txt"
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            reset()
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
          {result}{' '}
          <a id="import-drafts" href={`/admin/collections/${kind}?sort=-updatedAt&where[_status][equals]=draft`}>
            {t('Xem các bản nháp vừa nhập', 'See the imported drafts')}
          </a>
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
          <details id="import-structure" open style={{ marginBottom: '1rem' }}>
            <summary>
              <strong>{t('Cấu trúc tìm thấy trong tệp', 'Structure found in the file')}</strong>
            </summary>
            <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
              {summary.structure.map((line) => (
                <li key={line.vi} style={{ whiteSpace: 'pre-wrap' }}>
                  {line[lang]}
                </li>
              ))}
            </ul>
            <fieldset id="import-layout">
              <legend>{t('Sửa nếu chưa đúng', 'Correct it if needed')}</legend>
              {[...summary.sheets.map((s) => s.sheet), ...summary.ignoredSheets.map((s) => s.sheet)].length > 1
                ? [...summary.sheets.map((s) => s.sheet), ...summary.ignoredSheets.map((s) => s.sheet)].map((name) => (
                    <label key={`sheet-${name}`} style={{ display: 'block' }}>
                      <input
                        type="checkbox"
                        data-sheet={name}
                        checked={
                          layout.sheets ? layout.sheets.includes(name) : summary.sheets.some((s) => s.sheet === name)
                        }
                        onChange={(e) => {
                          const current = layout.sheets ?? summary.sheets.map((s) => s.sheet)
                          setLayout({
                            ...layout,
                            sheets: e.target.checked ? [...current, name] : current.filter((n) => n !== name),
                          })
                        }}
                      />{' '}
                      {t('Nhập trang', 'Import sheet')} “{name}”
                    </label>
                  ))
                : null}
              {summary.sheets.map((sheet) => (
                <label key={`header-${sheet.sheet}`} style={{ display: 'block' }}>
                  {t('Dòng tiêu đề (dòng đầu) của trang', 'First header row of sheet')} “{sheet.sheet}”{' '}
                  <input
                    type="number"
                    min={1}
                    data-header-row={sheet.sheet}
                    style={{ width: '5rem' }}
                    value={layout.headerRow[sheet.sheet] ?? sheet.headerRows[0] ?? ''}
                    onChange={(e) =>
                      setLayout({
                        ...layout,
                        headerRow: { ...layout.headerRow, [sheet.sheet]: Number(e.target.value) },
                      })
                    }
                  />
                </label>
              ))}
              {summary.sheets
                .flatMap((sheet) => sheet.sections.filter((section) => section.row > 0))
                .filter((section, i, all) => all.findIndex((other) => other.text === section.text) === i)
                .map((section) => (
                  <FieldSelect
                    key={`section-${section.text}`}
                    data={{ 'data-section': section.text }}
                    value={layout.sections[section.text] ?? section.key ?? 'none'}
                    onChange={(value) =>
                      setLayout({ ...layout, sections: { ...layout.sections, [section.text]: value } })
                    }
                    none={{ value: 'none', label: t('(không gì, bỏ qua)', '(nothing, ignore)') }}
                    fields={sectionFields}
                  >
                    {t('Mục', 'Section')} “{section.text}” {t(
                      'cho các dòng bên dưới biết',
                      'gives the rows below',
                    )}{' '}
                  </FieldSelect>
                ))}
              {unmatched.length > 0 ? (
                <fieldset id="import-mapping">
                  <legend>{t('Cột chưa khớp: chọn trường tương ứng', 'Unmatched columns: choose their field')}</legend>
                  {unmatched.map((c) => (
                    <FieldSelect
                      key={c.letter}
                      data={{ 'data-column': c.header }}
                      value={mapping[c.header] ?? ''}
                      onChange={(value) => setMapping({ ...mapping, [c.header]: value })}
                      none={{ value: '', label: t('(bỏ qua)', '(ignore)') }}
                      fields={fields}
                    >
                      {t('Cột', 'Column')} {c.letter} “{c.header}” →{' '}
                    </FieldSelect>
                  ))}
                </fieldset>
              ) : null}
              <Button buttonStyle="secondary" onClick={() => preview()} disabled={busy} id="import-relayout">
                {t('Xem trước lại', 'Preview again')}
              </Button>
            </fieldset>
          </details>
          <p id="import-counts">
            {(['create', 'update', 'unchanged', 'reject'] as const)
              .map((a) => `${ACTIONS[a]?.[lang]}: ${summary.counts[a]}`)
              .join(' · ')}
          </p>
          {summary.problems.length > 0 ? (
            <ul>
              {summary.problems.map((p) => (
                <li
                  key={`${p.sheet}-${p.at}-${p.message.vi}`}
                  style={{ color: p.blocking ? 'var(--theme-error-500)' : undefined }}
                >
                  {summary.sheets.length > 1 && p.sheet ? `${t('Trang', 'Sheet')} “${p.sheet}” ` : ''}
                  {place(p.at, p.message[lang])}
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          ) : null}
          <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <table className="table" id="import-rows" style={{ width: '100%' }}>
              <thead>
                <tr>
                  {summary.sheets.length > 1 ? <th>{t('Trang', 'Sheet')}</th> : null}
                  <th>{t('Dòng', 'Row')}</th>
                  <th>{t('Kết quả', 'Result')}</th>
                  <th>{t('Tên', 'Name')}</th>
                  <th>{t('Chi tiết', 'Details')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rows.map((row) => (
                  <tr key={`${row.sheet}-${row.row}`} data-action={row.action}>
                    {summary.sheets.length > 1 ? <td>{row.sheet}</td> : null}
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
                      {row.notes.map((note) => (
                        <div key={note.vi} style={{ color: 'var(--theme-elevation-600)' }}>
                          {note[lang]}
                        </div>
                      ))}
                      {row.changes.length > 0 ? `${t('Đổi', 'Changes')}: ${row.changes.join(', ')}` : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button id="import-commit" onClick={commit} disabled={!summary.canCommit || busy}>
            {t('Nhập', 'Import')} ({summary.counts.create + summary.counts.update})
          </Button>
        </section>
      ) : null}
    </div>
  )
}
