import { PRODUCER_KINDS } from '@heritage/contract'
import type { CollectionConfig } from 'payload'
import { ownProducerListed } from '../access/choices'
import { producerContactAccess } from '../access/fieldScope'
import { producerAccess, staffField } from '../access/policy'
import { validateUrl } from '../fields/common'
import { selectOptions } from '../fields/options'
import { publicEntry } from './entry'

/** A producer account lists its own record only (see ownProducerListed). */
export const Producers: CollectionConfig = publicEntry('producers', {
  titleLabel: { vi: 'Tên chủ thể', en: 'Producer name' },
  defaultColumns: ['title', 'kind', 'commune', '_status'],
  domainTabLabel: { vi: 'Loại hình & liên hệ', en: 'Kind & contact' },
  access: producerAccess,
  baseFilter: ownProducerListed,
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại hình chủ thể', en: 'Kind of producer' },
      options: selectOptions(PRODUCER_KINDS),
      // The registered legal form: changed by the culture office, not by the producer.
      access: { create: staffField, update: staffField },
    },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ giao dịch', en: 'Business address' } },
    { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' }, validate: validateUrl },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Liên hệ (không công bố)', en: 'Contact (private)' },
      // Personal data: see producerContactAccess.
      access: producerContactAccess,
      fields: [
        { name: 'person', type: 'text', label: { vi: 'Người đại diện', en: 'Contact person' } },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
          ],
        },
      ],
    },
  ],
})
