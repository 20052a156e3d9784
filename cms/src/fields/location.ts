import { isInVietnam, VIETNAM_BOXES } from '@heritage/contract'
import type { Field, NumberFieldSingleValidation } from 'payload'
import { recordOr } from '../shared/guards'
import { inUserLanguage } from './message'

const boxesText = (locale: 'vi' | 'en') =>
  VIETNAM_BOXES.map((b) => `${b.name[locale]}: ${b.south}–${b.north}°N, ${b.west}–${b.east}°E`).join('; ')

const validateCoordinate =
  (axis: 'lat' | 'lng'): NumberFieldSingleValidation =>
  (value, { req, siblingData }) => {
    const { lat, lng } = recordOr(siblingData)
    if (typeof lat !== 'number' && typeof lng !== 'number') return true
    if (typeof lat !== 'number' || typeof lng !== 'number') {
      return inUserLanguage(req, {
        vi: 'Cần nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.',
        en: 'Enter both latitude and longitude, or leave both empty.',
      })
    }
    if (typeof value !== 'number') return true
    if (!isInVietnam({ lat, lng })) {
      // Report once, on the latitude, so the officer sees one message for one mistake.
      if (axis === 'lng') return true
      const swapped = isInVietnam({ lat: lng, lng: lat })
      return inUserLanguage(req, {
        vi:
          `Tọa độ (${lat}, ${lng}) nằm ngoài Việt Nam. ` +
          (swapped
            ? 'Có vẻ vĩ độ và kinh độ bị đảo ngược: hãy đổi chỗ hai giá trị. '
            : 'Hãy kiểm tra lại dấu và số chữ số thập phân. ') +
          `Phạm vi hợp lệ: ${boxesText('vi')}.`,
        en:
          `Coordinates (${lat}, ${lng}) are outside Vietnam. ` +
          (swapped ? 'Latitude and longitude look swapped. ' : 'Check the sign and decimal places. ') +
          `Accepted: ${boxesText('en')}.`,
      })
    }
    return true
  }

/** A WGS84 point that must fall inside Vietnam. Stored as two numbers: no geo queries in the DB. */
export const locationField = ({ name = 'location', gpsFromPhotos = false } = {}): Field => ({
  name,
  type: 'group',
  label: { vi: 'Vị trí (WGS84)', en: 'Location (WGS84)' },
  admin: {
    description: {
      vi: 'Vĩ độ và kinh độ dạng thập phân, ví dụ 21.0285, 105.8542.',
      en: 'Decimal latitude and longitude, e.g. 21.0285, 105.8542.',
    },
  },
  fields: [
    ...(gpsFromPhotos
      ? [
          {
            name: 'gps',
            type: 'ui' as const,
            label: { vi: 'Tọa độ từ ảnh', en: 'Coordinates from photos' },
            admin: { components: { Field: '/components/GpsFromPhoto#GpsFromPhoto' } },
          },
        ]
      : []),
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          type: 'number',
          label: { vi: 'Vĩ độ', en: 'Latitude' },
          validate: validateCoordinate('lat'),
          admin: { step: 0.000001 },
        },
        {
          name: 'lng',
          type: 'number',
          label: { vi: 'Kinh độ', en: 'Longitude' },
          validate: validateCoordinate('lng'),
          admin: { step: 0.000001 },
        },
      ],
    },
  ],
})
