import {
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPE_2010_TO_2024,
  INTANGIBLE_TYPES_2010,
  INTANGIBLE_TYPES_2024,
} from '@heritage/contract'
import type { CollectionBeforeValidateHook, CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { communeOptions } from '../adminUnits/installation'
import { wholeNumberField } from '../fields/common'
import { listField, rowText } from '../fields/list'
import { inUserLanguage } from '../fields/message'
import { selectOptions } from '../fields/options'
import { publicEntry, richMediaFields } from './entry'
import { inscriptionsFollowParent } from './Inscriptions'

/** Old records often carry only the 2010 type: read it in the 2024 scheme. */
const typeFrom2010: CollectionBeforeValidateHook = ({ data }) => {
  if (data && !data.type && data.type2010) {
    const old = INTANGIBLE_TYPES_2010.find(({ value }) => value === data.type2010)?.value
    data.type = old ? INTANGIBLE_TYPE_2010_TO_2024[old] : undefined
  }
  return data
}

const validateYear: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  const thisYear = new Date().getUTCFullYear()
  if (Number.isInteger(value) && value >= 1900 && value <= thisYear) return true
  return inUserLanguage(req, {
    vi: `Năm ghi danh ${value} không hợp lệ: hãy nhập năm có 4 chữ số, từ 1900 đến ${thisYear}.`,
    en: `Inscription year ${value} is not valid: enter a four-digit year from 1900 to ${thisYear}.`,
  })
}

export const IntangibleHeritage: CollectionConfig = publicEntry('intangible-heritage', {
  graphQL: { singularName: 'IntangibleHeritageItem', pluralName: 'IntangibleHeritage' },
  defaultColumns: ['title', 'type', 'listLevel', '_status', 'updatedAt'],
  domainTabLabel: { vi: 'Loại hình & ghi danh', en: 'Type & inscription' },
  hooks: { beforeValidate: [typeFrom2010], afterChange: [inscriptionsFollowParent] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: { vi: 'Loại hình (Luật 2024)', en: 'Type (2024 law)' },
          options: selectOptions(INTANGIBLE_TYPES_2024),
        },
        {
          name: 'type2010',
          type: 'select',
          label: { vi: 'Loại hình theo hồ sơ cũ (2010)', en: 'Type in older records (2010 scheme)' },
          options: selectOptions(INTANGIBLE_TYPES_2010),
          admin: {
            description: {
              vi: 'Giữ nguyên theo hồ sơ cũ; nếu chưa chọn loại hình 2024, hệ thống tự quy đổi.',
              en: 'Kept as in the old record; converted to the 2024 type when that is empty.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'listLevel',
          type: 'select',
          label: { vi: 'Cấp ghi danh', en: 'List level' },
          options: selectOptions(INTANGIBLE_LIST_LEVELS),
          index: true,
        },
        {
          name: 'inscriptionYear',
          type: 'number',
          label: { vi: 'Năm ghi danh', en: 'Year inscribed' },
          validate: validateYear,
        },
      ],
    },
    listField('communities', 'Cộng đồng', ['Community', 'Communities'], {
      label: { vi: 'Cộng đồng thực hành', en: 'Practising communities' },
      fields: [
        rowText('name', { vi: 'Tên', en: 'Name' }),
        {
          name: 'commune',
          type: 'relationship',
          relationTo: 'admin-units',
          filterOptions: communeOptions,
          label: { vi: 'Xã / phường', en: 'Commune / ward' },
        },
      ],
    }),
    listField('festivalDates', 'Kỳ lễ hội', ['Occasion', 'Occasions'], {
      label: { vi: 'Thời gian diễn ra (âm lịch)', en: 'When it is held (lunar calendar)' },
      admin: {
        description: {
          vi: 'Ngày âm lịch; trang công khai tự quy đổi sang dương lịch cho năm tới.',
          en: 'Lunar dates; the public site converts them to solar dates for the coming year.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumberField(
              'lunarDay',
              { vi: 'Ngày (âm lịch)', en: 'Lunar day' },
              { required: true, min: 1, max: 30 },
            ),
            wholeNumberField(
              'lunarMonth',
              { vi: 'Tháng (âm lịch)', en: 'Lunar month' },
              { required: true, min: 1, max: 12 },
            ),
            { name: 'leapMonth', type: 'checkbox', label: { vi: 'Tháng nhuận', en: 'Leap month' } },
            wholeNumberField('durationDays', { vi: 'Số ngày', en: 'Days' }, { min: 1, max: 60, defaultValue: 1 }),
          ],
        },
        { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    }),
    ...richMediaFields(),
  ],
})
