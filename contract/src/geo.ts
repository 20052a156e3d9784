/**
 * Coarse "is this point in Vietnam?" check for data entry: catches swapped lat/lng, a missing minus
 * sign and points pasted from the wrong map. It is a union of boxes (mainland, Hoàng Sa, Trường Sa),
 * so points just across a land border pass; exact boundaries are not the CMS's business.
 */
export interface BoundingBox {
  name: { vi: string; en: string }
  south: number
  north: number
  west: number
  east: number
}

export const VIETNAM_BOXES: readonly BoundingBox[] = [
  { name: { vi: 'đất liền và ven biển', en: 'mainland and coast' }, south: 8.1, north: 23.4, west: 102.1, east: 109.5 },
  {
    name: { vi: 'quần đảo Hoàng Sa', en: 'Hoang Sa (Paracel) Islands' },
    south: 15.7,
    north: 17.2,
    west: 111.0,
    east: 113.0,
  },
  {
    name: { vi: 'quần đảo Trường Sa', en: 'Truong Sa (Spratly) Islands' },
    south: 6.0,
    north: 12.0,
    west: 111.5,
    east: 117.9,
  },
]

export interface LatLng {
  lat: number
  lng: number
}

export const isInVietnam = ({ lat, lng }: LatLng): boolean =>
  Number.isFinite(lat) &&
  Number.isFinite(lng) &&
  VIETNAM_BOXES.some((b) => lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east)

/** Polygon rings as GeoJSON: [[[lng, lat], …]]. Returns a problem description, or null if fine. */
export function polygonProblem(value: unknown): { vi: string; en: string } | null {
  const geometry = value as { type?: unknown; coordinates?: unknown } | null
  if (
    !geometry ||
    typeof geometry !== 'object' ||
    geometry.type !== 'Polygon' ||
    !Array.isArray(geometry.coordinates)
  ) {
    return {
      vi: 'Ranh giới phải là GeoJSON dạng {"type": "Polygon", "coordinates": [[[kinh độ, vĩ độ], …]]}.',
      en: 'The boundary must be a GeoJSON Polygon: {"type": "Polygon", "coordinates": [[[lng, lat], …]]}.',
    }
  }
  for (const ring of geometry.coordinates as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4) {
      return {
        vi: 'Mỗi vòng của đa giác cần ít nhất 4 điểm (điểm cuối trùng điểm đầu).',
        en: 'Each polygon ring needs at least 4 positions (the last equal to the first).',
      }
    }
    const first = ring[0] as unknown
    const last = ring.at(-1) as unknown
    for (const position of ring as unknown[]) {
      if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number')) {
        return { vi: 'Mỗi điểm phải là cặp số [kinh độ, vĩ độ].', en: 'Each position must be a [lng, lat] pair.' }
      }
      const [lng, lat] = position as [number, number]
      if (!isInVietnam({ lat, lng })) {
        return {
          vi: `Điểm [${lng}, ${lat}] nằm ngoài lãnh thổ Việt Nam. Lưu ý GeoJSON ghi kinh độ trước, vĩ độ sau.`,
          en: `Position [${lng}, ${lat}] is outside Vietnam. Note that GeoJSON puts longitude first.`,
        }
      }
    }
    if (JSON.stringify(first) !== JSON.stringify(last)) {
      return {
        vi: 'Đa giác phải khép kín: điểm cuối phải trùng điểm đầu.',
        en: 'The polygon must be closed: its last position must equal its first.',
      }
    }
  }
  return null
}
