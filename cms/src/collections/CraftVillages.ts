import type { CollectionConfig } from 'payload'
import { decisionField, validateWholeNumber } from '../fields/common'
import { publicEntry, richMediaFields } from './entry'

export const CraftVillages: CollectionConfig = publicEntry({
  slug: 'craft-villages',
  titleLabel: { vi: 'Tên làng nghề', en: 'Village name' },
  defaultColumns: ['title', 'commune', '_status', 'updatedAt'],
  domainTabLabel: { vi: 'Nghề & công nhận', en: 'Crafts & recognition' },
  fields: [
    {
      name: 'crafts',
      type: 'array',
      required: true,
      minRows: 1,
      label: { vi: 'Nghề', en: 'Crafts' },
      labels: { singular: { vi: 'Nghề', en: 'Craft' }, plural: { vi: 'Nghề', en: 'Crafts' } },
      fields: [{ name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên nghề', en: 'Craft' } }],
    },
    decisionField('recognitionDecision', { vi: 'Quyết định công nhận làng nghề', en: 'Recognition decision' }),
    {
      type: 'row',
      fields: [
        {
          name: 'households',
          type: 'number',
          min: 0,
          validate: validateWholeNumber,
          label: { vi: 'Số hộ làm nghề', en: 'Households in the craft' },
        },
        {
          name: 'workers',
          type: 'number',
          min: 0,
          validate: validateWholeNumber,
          label: { vi: 'Số lao động', en: 'Workers' },
        },
      ],
    },
    {
      // The link is stored once, on the artisan; the village shows it from there.
      name: 'artisans',
      type: 'join',
      collection: 'artisans',
      on: 'craftVillage',
      label: { vi: 'Nghệ nhân', en: 'Artisans' },
      admin: { defaultColumns: ['title', 'honour'] },
    },
    {
      name: 'products',
      type: 'textarea',
      localized: true,
      label: { vi: 'Sản phẩm tiêu biểu', en: 'Typical products' },
    },
    {
      name: 'visitingInfo',
      type: 'textarea',
      localized: true,
      label: { vi: 'Thông tin tham quan', en: 'Visiting information' },
    },
    ...richMediaFields(),
  ],
})
