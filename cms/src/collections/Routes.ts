import { ROUTE_STOP_KINDS } from '@heritage/contract'
import type { CollectionConfig } from 'payload'
import { routeAccess } from '../access/policy'
import { listField } from '../fields/list'
import { publicEntry } from './entry'

export const Routes: CollectionConfig = publicEntry('routes', {
  titleLabel: { vi: 'Tên tuyến', en: 'Route name' },
  withLocation: false,
  access: routeAccess,
  domainTabLabel: { vi: 'Các điểm dừng', en: 'Stops' },
  fields: [
    listField('stops', 'Điểm dừng', ['Stop', 'Stops'], {
      required: true,
      minRows: 2,
      label: { vi: 'Điểm dừng (theo thứ tự)', en: 'Stops (in order)' },
      admin: { description: { vi: 'Kéo để đổi thứ tự.', en: 'Drag to reorder.' } },
      fields: [
        {
          name: 'place',
          type: 'relationship',
          relationTo: [...ROUTE_STOP_KINDS],
          required: true,
          label: { vi: 'Điểm đến', en: 'Place' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'minutes',
              type: 'number',
              min: 0,
              label: { vi: 'Thời gian dừng (phút)', en: 'Time here (min)' },
            },
            { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
          ],
        },
      ],
    }),
    {
      type: 'row',
      fields: [
        { name: 'distanceKm', type: 'number', min: 0, label: { vi: 'Quãng đường (km)', en: 'Distance (km)' } },
        { name: 'durationHours', type: 'number', min: 0, label: { vi: 'Thời lượng (giờ)', en: 'Duration (hours)' } },
      ],
    },
  ],
})
