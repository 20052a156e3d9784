import { PROTECTION_ZONES, polygonProblem, RELIC_RANKS, RELIC_TYPES } from '@heritage/contract'
import type { CollectionConfig, JSONFieldValidation } from 'payload'
import { decisionField, placeCommuneField } from '../fields/common'
import { listField, rowText } from '../fields/list'
import { locationField } from '../fields/location'
import { inUserLanguage } from '../fields/message'
import { selectOptions } from '../fields/options'
import { publicEntry, richMediaFields } from './entry'
import { inscriptionsFollowParent } from './Inscriptions'

const validateBoundary: JSONFieldValidation = (value, { req }) => {
  const problem = polygonProblem(value)
  return problem ? inUserLanguage(req, problem) : true
}

export const Relics: CollectionConfig = publicEntry('relics', {
  titleLabel: { vi: 'Tên di tích', en: 'Relic name' },
  defaultColumns: ['title', 'rank', 'commune', '_status', 'updatedAt'],
  domainTabLabel: { vi: 'Xếp hạng & tham quan', en: 'Ranking & visiting' },
  hooks: { afterChange: [inscriptionsFollowParent] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'rank',
          type: 'select',
          required: true,
          defaultValue: 'inventoried',
          label: { vi: 'Xếp hạng', en: 'Rank' },
          options: selectOptions(RELIC_RANKS),
          index: true,
        },
        {
          name: 'types',
          type: 'select',
          hasMany: true,
          required: true,
          label: { vi: 'Loại hình', en: 'Types' },
          options: selectOptions(RELIC_TYPES),
        },
      ],
    },
    decisionField('rankingDecision', { vi: 'Quyết định xếp hạng', en: 'Ranking decision' }),
    listField('sites', 'Điểm di tích', ['Site', 'Sites'], {
      label: { vi: 'Các điểm thuộc cụm di tích', en: 'Sites of a relic cluster' },
      admin: {
        description: {
          vi: 'Chỉ dùng khi di tích gồm nhiều điểm (cụm di tích).',
          en: 'Only for a relic made of several sites (a cluster).',
        },
      },
      fields: [rowText('name', { vi: 'Tên điểm', en: 'Site name' }), locationField(), placeCommuneField()],
    }),
    listField('protectionZones', 'Khu vực', ['Zone', 'Zones'], {
      label: { vi: 'Khu vực bảo vệ', en: 'Protection zones' },
      fields: [
        {
          name: 'zone',
          type: 'select',
          required: true,
          options: selectOptions(PROTECTION_ZONES),
          label: { vi: 'Khu vực', en: 'Zone' },
        },
        {
          name: 'boundary',
          type: 'json',
          required: true,
          validate: validateBoundary,
          label: { vi: 'Ranh giới (GeoJSON Polygon)', en: 'Boundary (GeoJSON Polygon)' },
        },
        { name: 'areaHectares', type: 'number', min: 0, label: { vi: 'Diện tích (ha)', en: 'Area (ha)' } },
      ],
    }),
    { name: 'openingHours', type: 'textarea', localized: true, label: { vi: 'Giờ mở cửa', en: 'Opening hours' } },
    { name: 'ticketInfo', type: 'textarea', localized: true, label: { vi: 'Vé tham quan', en: 'Tickets' } },
    {
      name: 'festivals',
      type: 'relationship',
      relationTo: 'intangible-heritage',
      hasMany: true,
      label: { vi: 'Lễ hội, di sản phi vật thể gắn với di tích', en: 'Festivals and intangible heritage held here' },
    },
    ...richMediaFields(),
  ],
})
