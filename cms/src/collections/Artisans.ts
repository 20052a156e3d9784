import { ARTISAN_TITLES } from '@heritage/contract'
import type { CollectionConfig } from 'payload'
import { privateToScope } from '../access/fieldScope'
import { staffField } from '../access/policy'
import { wholeNumberField } from '../fields/common'
import { craftsField } from '../fields/list'
import { selectOptions } from '../fields/options'
import { publicEntry } from './entry'

export const Artisans: CollectionConfig = publicEntry('artisans', {
  titleLabel: { vi: 'Họ và tên', en: 'Full name' },
  defaultColumns: ['title', 'honour', 'craftVillage', '_status'],
  domainTabLabel: { vi: 'Danh hiệu & nghề', en: 'Honours & craft' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'honour',
          type: 'select',
          defaultValue: 'none',
          label: { vi: 'Danh hiệu', en: 'Honour' },
          options: selectOptions(ARTISAN_TITLES),
        },
        wholeNumberField('honourYear', { vi: 'Năm phong tặng', en: 'Year awarded' }, { min: 1900 }),
        wholeNumberField('birthYear', { vi: 'Năm sinh', en: 'Born' }, { min: 1900 }),
      ],
    },
    craftsField({ vi: 'Nghề', en: 'Craft' }),
    {
      name: 'craftVillage',
      type: 'relationship',
      relationTo: 'craft-villages',
      label: { vi: 'Làng nghề', en: 'Craft village' },
    },
    { name: 'portrait', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh chân dung', en: 'Portrait' } },
    {
      name: 'contactPhone',
      type: 'text',
      label: { vi: 'Điện thoại (nội bộ)', en: 'Phone (internal)' },
      access: { read: privateToScope('artisans', { owner: false }), create: staffField, update: staffField },
      admin: { description: { vi: 'Không công bố.', en: 'Never published.' } },
    },
  ],
})
