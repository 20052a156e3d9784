import type { CollectionConfig } from 'payload'
import { decisionField, wholeNumberField } from '../fields/common'
import { craftsField } from '../fields/list'
import { publicEntry, richMediaFields } from './entry'

export const CraftVillages: CollectionConfig = publicEntry('craft-villages', {
  titleLabel: { vi: 'Tên làng nghề', en: 'Village name' },
  defaultColumns: ['title', 'commune', '_status', 'updatedAt'],
  domainTabLabel: { vi: 'Nghề & công nhận', en: 'Crafts & recognition' },
  fields: [
    craftsField({ vi: 'Tên nghề', en: 'Craft' }, { required: true, minRows: 1 }),
    decisionField('recognitionDecision', { vi: 'Quyết định công nhận làng nghề', en: 'Recognition decision' }),
    {
      type: 'row',
      fields: [
        wholeNumberField('households', { vi: 'Số hộ làm nghề', en: 'Households in the craft' }, { min: 0 }),
        wholeNumberField('workers', { vi: 'Số lao động', en: 'Workers' }, { min: 0 }),
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
