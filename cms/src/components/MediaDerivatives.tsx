'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { isWebVersionState, WEB_VERSION_STATES } from '../media/webVersionStates'
import { hasNumbers, recordsOf, textOf } from '../shared/values'

interface Derivative {
  format: string
  width: number
  height: number
  bytes: number
  file: string
}

/** The stored web versions (a JSON field the upload hook fills). */
const derivativesOf = (value: unknown): Derivative[] =>
  recordsOf(value).flatMap((d) =>
    hasNumbers(d, 'width', 'height', 'bytes') && typeof d.format === 'string' && typeof d.file === 'string'
      ? [{ format: d.format, width: d.width, height: d.height, bytes: d.bytes, file: d.file }]
      : [],
  )

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`

/** Shows the officer what the public site will serve for this image: sizes, formats, weight. */
export function MediaDerivatives() {
  const { i18n } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const vi = i18n.language !== 'en'
  const derivatives = derivativesOf(useFormFields(([fields]) => fields.derivatives?.value))
  const placeholder = textOf(useFormFields(([fields]) => fields.placeholder?.value))
  const colour = textOf(useFormFields(([fields]) => fields.dominantColor?.value))
  const cards = derivativesOf(useFormFields(([fields]) => fields.cardDerivatives?.value))
  const webVersions = useFormFields(([fields]) => fields.webVersions?.value)
  if (!Array.isArray(derivatives) || derivatives.length === 0) {
    // A photo saved by a person: made by the server after the save (media/webVersions.ts). The
    // state is the form's, which the sidebar's box (WebVersionsField) keeps current; "ready" with
    // none in the form means they were made since the page was opened.
    const state = isWebVersionState(webVersions) ? webVersions : null
    return (
      <p className="heritage-note" data-state={state ?? undefined}>
        {state === 'pending' || state === 'failed'
          ? `${WEB_VERSION_STATES[state][vi ? 'vi' : 'en']} ${vi ? '(xem ô "Bản cho web")' : '(see the "Web versions" box)'}`
          : state === 'ready'
            ? vi
              ? `${WEB_VERSION_STATES.ready.vi}. Tải lại trang để xem.`
              : `${WEB_VERSION_STATES.ready.en}. Reload the page to see them.`
            : vi
              ? 'Các bản cho web được tạo sau khi lưu ảnh.'
              : 'Web versions are made after the image is saved.'}
      </p>
    )
  }
  return (
    <div className="heritage-derivatives">
      <h4>{vi ? 'Bản cho trang công khai' : 'Versions served to the public'}</h4>
      <div className="heritage-derivatives__preview">
        {placeholder ? (
          <figure>
            {/* biome-ignore lint/performance/noImgElement: the admin shows the data URI as it is */}
            <img src={placeholder} alt="" width={160} height={107} />
            <figcaption>{vi ? 'Ảnh tạm khi đang tải' : 'Placeholder while loading'}</figcaption>
          </figure>
        ) : null}
        {colour ? (
          <figure>
            <span className="heritage-swatch" style={{ background: colour }} />
            <figcaption>
              {vi ? 'Màu chủ đạo' : 'Dominant colour'} {colour}
            </figcaption>
          </figure>
        ) : null}
      </div>
      <DerivativeTable derivatives={derivatives} collectionSlug={collectionSlug} vi={vi} />
      {Array.isArray(cards) && cards.length > 0 ? (
        <>
          <h4>{vi ? 'Ảnh thẻ 4:3 (cắt quanh tiêu điểm)' : '4:3 cards (cropped around the focal point)'}</h4>
          <DerivativeTable derivatives={cards} collectionSlug={collectionSlug} vi={vi} />
        </>
      ) : null}
    </div>
  )
}

function DerivativeTable({
  derivatives,
  collectionSlug,
  vi,
}: {
  derivatives: Derivative[]
  collectionSlug?: string
  vi: boolean
}) {
  return (
    <table className="heritage-table">
      <thead>
        <tr>
          <th>{vi ? 'Định dạng' : 'Format'}</th>
          <th>{vi ? 'Kích thước' : 'Size'}</th>
          <th>{vi ? 'Dung lượng' : 'Weight'}</th>
        </tr>
      </thead>
      <tbody>
        {derivatives.map((d) => (
          <tr key={d.file}>
            <td>{d.format.toUpperCase()}</td>
            <td>
              <a href={`/api/${collectionSlug}/derivatives/${d.file}`} target="_blank" rel="noreferrer">
                {d.width}×{d.height}
              </a>
            </td>
            <td>{kb(d.bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
