'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { excludedOf } from '../publish/status'

/**
 * The entries the last publish left out, as a list of links on the “Trang công khai” page (the
 * stored JSON stays hidden: Payload's JSON editor would show code, and loads from a CDN).
 */
export function ExcludedEntries() {
  const { i18n } = useTranslation()
  const vi = i18n.language !== 'en'
  const value = useFormFields(([fields]) => fields.excluded?.value)
  const entries = excludedOf(value)
  if (entries.length === 0) return null
  return (
    <div className="field-type heritage-excluded-entries" data-testid="excluded-entries">
      <div className="field-label">
        {vi
          ? 'Mục bị bỏ ra khỏi trang công khai (dữ liệu không hợp lệ)'
          : 'Entries left out of the public site (invalid data)'}
      </div>
      <p>
        {vi
          ? 'Các mục này đã xuất bản nhưng có dữ liệu làm hỏng trang công khai, nên bị bỏ ra; phần còn lại vẫn được cập nhật. Hãy mở từng mục, sửa và lưu lại.'
          : 'These entries are published but hold data that would break the public site, so they were left out; the rest was updated. Open each, fix it and save.'}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.collection}:${entry.id}`}>
            <a href={entry.adminUrl}>{entry.title}</a> ({(vi ? entry.label?.vi : entry.label?.en) ?? entry.collection}):{' '}
            <small>{entry.problem}</small>
          </li>
        ))}
      </ul>
    </div>
  )
}
