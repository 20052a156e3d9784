'use client'
import { useAuth, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { type PointerEvent, useEffect, useRef, useState } from 'react'
import { translatorOnly } from '../access/translatorView'
import type { User } from '../payload-types'
import { type Id, idOf, idText } from '../shared/ids'
import { type Box, boxBetween, cleanBox, regionsOfLines } from './regionBox'
import './RegionPicker.scss'

interface PhotoView {
  id: Id
  alt: string
  url: string
}

/** The web version closest above 1,280 px wide (else the largest): sharp on a screen, light to load. */
function screenVersion(derivatives: unknown): string | null {
  const files = (Array.isArray(derivatives) ? derivatives : []).flatMap((d) =>
    d && typeof d === 'object' && typeof d.file === 'string' && (d.format === 'webp' || d.format === 'jpeg')
      ? [{ file: d.file as string, width: typeof d.width === 'number' ? d.width : 0 }]
      : [],
  )
  files.sort((a, b) => a.width - b.width)
  const best = files.find((f) => f.width >= 1280) ?? files.at(-1)
  return best ? `/api/media/derivatives/${best.file}` : null
}

/**
 * Where a line of an inscription is on one of its photos, drawn with the mouse or a finger: the
 * photo (one of the inscription's own), the line's box on it, the other lines' boxes faintly, and
 * a button to clear it. It writes the line's `region` fields (photo, x, y, w, h as fractions of the
 * photo), which stay in the form below it for exact values and the keyboard.
 */
export function RegionPicker({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const vi = i18n.language !== 'en'
  const row = (path ?? '').split('.').slice(0, -1).join('.')
  const region = `${row}.region`
  const photo = useField<unknown>({ path: `${region}.photo` })
  const x = useField<number | null>({ path: `${region}.x` })
  const y = useField<number | null>({ path: `${region}.y` })
  const w = useField<number | null>({ path: `${region}.w` })
  const h = useField<number | null>({ path: `${region}.h` })
  const gallery = useFormFields(([fields]) => fields.gallery?.value)
  // The other lines' boxes, as text so that the picker renders again only when one of them moves.
  const others = useFormFields(([fields]) =>
    JSON.stringify(
      regionsOfLines(Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field?.value])), row),
    ),
  )
  const { user } = useAuth<User>()
  const { hasSavePermission } = useDocumentInfo()
  const mayChange = hasSavePermission !== false && !translatorOnly(user?.roles)

  const galleryIds = (Array.isArray(gallery) ? gallery : []).map(idOf).filter((id) => id !== null)
  const chosen = idOf(photo.value) ?? galleryIds[0] ?? null
  const [view, setView] = useState<PhotoView | null>(null)
  const [drawing, setDrawing] = useState<{ from: [number, number]; box: Box } | null>(null)
  const frame = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (chosen === null) {
      setView(null)
      return
    }
    const controller = new AbortController()
    fetch(`/api/media/${chosen}?depth=0&select[alt]=true&select[derivatives]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { id: Id; alt?: unknown; derivatives?: unknown } | null) => {
        const url = doc ? screenVersion(doc.derivatives) : null
        setView(url && doc ? { id: doc.id, alt: typeof doc.alt === 'string' ? doc.alt : '', url } : null)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [chosen])

  if (galleryIds.length === 0) {
    return (
      <p className="heritage-region__hint">
        {vi
          ? 'Thêm ảnh vào thư viện ảnh của văn bản (thẻ Nội dung) để đánh dấu vị trí dòng trên ảnh.'
          : 'Add photos to the gallery (Content tab) to mark where the line is on a photo.'}
      </p>
    )
  }
  const current = cleanBox({ x: x.value, y: y.value, w: w.value, h: h.value })
  const shown = drawing?.box ?? (idText(photo.value) === idText(chosen) ? current : null)
  const otherBoxes = (JSON.parse(others) as { photo: string; box: Box }[]).filter((o) => o.photo === idText(chosen))

  const at = (event: PointerEvent): [number, number] => {
    const rect = frame.current?.getBoundingClientRect()
    if (!rect || rect.width === 0 || rect.height === 0) return [0, 0]
    return [(event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height]
  }
  const write = (box: Box | null) => {
    photo.setValue(box ? chosen : null)
    x.setValue(box?.x ?? null)
    y.setValue(box?.y ?? null)
    w.setValue(box?.w ?? null)
    h.setValue(box?.h ?? null)
  }
  const percent = (box: Box) => ({
    left: `${box.x * 100}%`,
    top: `${box.y * 100}%`,
    width: `${box.w * 100}%`,
    height: `${box.h * 100}%`,
  })

  return (
    <div className="heritage-region">
      <div className="heritage-region__label">{vi ? 'Vị trí dòng trên ảnh' : 'Where the line is on the photo'}</div>
      {galleryIds.length > 1 && (
        <div className="heritage-region__photos">
          {galleryIds.map((id, index) => (
            <button
              key={String(id)}
              type="button"
              disabled={!mayChange}
              aria-pressed={idText(id) === idText(chosen)}
              className="btn btn--style-secondary btn--size-small"
              onClick={() => {
                photo.setValue(id)
                if (idText(id) !== idText(photo.value)) write(null)
              }}
            >
              {vi ? `Ảnh ${index + 1}` : `Photo ${index + 1}`}
            </button>
          ))}
        </div>
      )}
      {view ? (
        <div
          ref={frame}
          className={`heritage-region__frame${mayChange ? ' heritage-region__frame--editable' : ''}`}
          onPointerDown={(event) => {
            if (!mayChange || event.button !== 0) return
            event.currentTarget.setPointerCapture(event.pointerId)
            const from = at(event)
            setDrawing({ from, box: boxBetween(from, from) })
          }}
          onPointerMove={(event) => {
            if (drawing) setDrawing({ ...drawing, box: boxBetween(drawing.from, at(event)) })
          }}
          onPointerUp={(event) => {
            if (!drawing) return
            const box = boxBetween(drawing.from, at(event))
            setDrawing(null)
            // A click without a drag is no box.
            if (box.w > 0.005 && box.h > 0.005) write(box)
          }}
          onPointerCancel={() => setDrawing(null)}
        >
          {/* biome-ignore lint/performance/noImgElement: a web version the CMS already made, shown at its own size */}
          <img src={view.url} alt={view.alt} draggable={false} />
          {otherBoxes.map((other) => (
            <span
              key={`${other.box.x},${other.box.y},${other.box.w},${other.box.h}`}
              className="heritage-region__box heritage-region__box--other"
              style={percent(other.box)}
            />
          ))}
          {shown && <span className="heritage-region__box" style={percent(shown)} />}
        </div>
      ) : (
        <p className="heritage-region__hint">{vi ? 'Đang tải ảnh…' : 'Loading the photo…'}</p>
      )}
      {mayChange && (
        <div className="heritage-region__actions">
          <p className="heritage-region__hint">
            {vi
              ? 'Kéo chuột (hoặc ngón tay) trên ảnh để khoanh dòng này. Ô viền mờ là các dòng khác đã khoanh.'
              : 'Drag on the photo to draw this line’s box. Faint boxes are the other lines.'}
          </p>
          {current && (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => write(null)}>
              {vi ? 'Xóa vùng' : 'Clear the box'}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
