'use client'
import { useAuth, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { translatorOnly } from '../access/translatorView'
import type { User } from '../payload-types'
import { idOf } from '../shared/ids'

interface PhotoGps {
  id: number | string
  alt?: string
  lat: number
  lng: number
}

/**
 * Offers the GPS position recorded in the gallery's photos (read from EXIF by media-tools) as the
 * entry's location, so officers who photographed the site need not look coordinates up.
 */
export function GpsFromPhoto({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const vi = i18n.language !== 'en'
  const group = (path ?? 'location.gps').split('.').slice(0, -1).join('.') || 'location'
  const lat = useField<number | null>({ path: `${group}.lat` })
  const lng = useField<number | null>({ path: `${group}.lng` })
  const gallery = useFormFields(([fields]) => fields.gallery?.value)
  const [suggestion, setSuggestion] = useState<PhotoGps | null>(null)
  // Not offered to whoever may not change the position (a translator, a read-only form).
  const { user } = useAuth<User>()
  const { hasSavePermission } = useDocumentInfo()
  const mayChange = hasSavePermission !== false && !translatorOnly(user?.roles)
  const ids = (Array.isArray(gallery) ? gallery : []).map(idOf).filter((id) => id !== null)
  const key = ids.join(',')

  useEffect(() => {
    if (!key) {
      setSuggestion(null)
      return
    }
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: '20', 'where[id][in]': key })
    fetch(`/api/media?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: { id: number | string; alt?: string; photo?: { gpsLat?: number; gpsLng?: number } }[] }) => {
        const found = body.docs.find(
          (d): d is typeof d & { photo: { gpsLat: number; gpsLng: number } } =>
            typeof d.photo?.gpsLat === 'number' && typeof d.photo?.gpsLng === 'number',
        )
        setSuggestion(found ? { id: found.id, alt: found.alt, lat: found.photo.gpsLat, lng: found.photo.gpsLng } : null)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [key])

  if (!suggestion || !mayChange) return null
  if (lat.value === suggestion.lat && lng.value === suggestion.lng) return null
  return (
    <div className="heritage-gps">
      <span>
        {vi ? 'Ảnh' : 'Photo'} “{suggestion.alt ?? suggestion.id}” {vi ? 'có tọa độ GPS' : 'has GPS position'}{' '}
        {suggestion.lat.toFixed(5)}, {suggestion.lng.toFixed(5)}.
      </span>{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => {
          lat.setValue(Number(suggestion.lat.toFixed(6)))
          lng.setValue(Number(suggestion.lng.toFixed(6)))
        }}
      >
        {vi ? 'Dùng tọa độ này' : 'Use this position'}
      </button>
    </div>
  )
}
