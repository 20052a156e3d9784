'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { isRecord } from '../shared/guards'
import { hasNumbers, textOf } from '../shared/values'

interface Report {
  bytesBefore: number
  bytesAfter: number
  ratio: number
  triangles: number
  vertices?: number
  compression: string
  boundingBox: { size: [number, number, number] }
  textures?: { count: number; maxSize: number }
  validation?: { errors: number; warnings: number }
  /** Absent in reports made before the optimiser could keep the upload. */
  kept?: 'optimised' | 'original'
}

/** The optimiser's report (a JSON field the upload hook fills), with the parts shown here. */
const isReport = (value: unknown): value is Report =>
  isRecord(value) &&
  hasNumbers(value, 'bytesBefore', 'bytesAfter', 'ratio', 'triangles') &&
  isRecord(value.boundingBox) &&
  Array.isArray(value.boundingBox.size)

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

/** What the optimiser did to the uploaded scan, and what the public site will load. */
export function ModelReport() {
  const { i18n } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const vi = i18n.language !== 'en'
  const report = useFormFields(([fields]) => fields.report?.value)
  const optimised = textOf(useFormFields(([fields]) => fields['optimised.file']?.value))
  if (!isReport(report)) {
    return <p className="heritage-note">{vi ? 'Báo cáo sẽ có khi lưu mô hình.' : 'The report appears on save.'}</p>
  }
  const [x, y, z] = report.boundingBox.size.map((n) => n.toFixed(2))
  const rows: [string, string][] = [
    [vi ? 'Số tam giác' : 'Triangles', report.triangles.toLocaleString(i18n.language)],
    [vi ? 'Dung lượng gốc' : 'Original size', mb(report.bytesBefore)],
    report.kept === 'original'
      ? [
          vi ? 'Sau tối ưu' : 'Optimised',
          vi
            ? 'Giữ nguyên tệp gốc: bản tối ưu không nhỏ hơn'
            : 'The original is kept: the optimised file was not smaller',
        ]
      : [
          vi ? 'Sau tối ưu' : 'Optimised',
          `${mb(report.bytesAfter)} (${report.ratio.toFixed(1)}× ${vi ? 'nhỏ hơn' : 'smaller'})`,
        ],
    [vi ? 'Nén hình học' : 'Geometry compression', report.compression],
    [vi ? 'Kích thước khối bao' : 'Bounding box', `${x} × ${y} × ${z}`],
  ]
  if (report.validation) {
    rows.push([
      vi ? 'Kiểm tra Khronos' : 'Khronos validation',
      `${report.validation.errors} ${vi ? 'lỗi' : 'errors'}, ${report.validation.warnings} ${vi ? 'cảnh báo' : 'warnings'}`,
    ])
  }
  return (
    <div className="heritage-derivatives">
      <h4>{vi ? 'Báo cáo mô hình 3D' : '3D model report'}</h4>
      <table className="heritage-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {optimised ? (
        <a href={`/api/${collectionSlug}/derivatives/${optimised}`} download>
          {vi ? 'Tải bản đã tối ưu (.glb)' : 'Download the optimised .glb'}
        </a>
      ) : null}
    </div>
  )
}
