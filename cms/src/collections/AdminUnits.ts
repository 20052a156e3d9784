import { ADMIN_UNIT_LEVELS } from '@heritage/contract'
import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { adminUnitAccess } from '../access/system'
import { listField } from '../fields/list'
import { inUserLanguage } from '../fields/message'
import { selectOptions } from '../fields/options'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'
import { recordOr } from '../shared/guards'
import { refuseUnsafeDelete } from '../workflow/references'
import { ADMIN_GROUPS } from './entry'

const validateParent: RelationshipFieldSingleValidation = (value, { req, siblingData }) => {
  const level = recordOr(siblingData).level
  if (level === 'commune' && !value) {
    return inUserLanguage(req, {
      vi: 'Xã / phường phải thuộc một tỉnh / thành phố: hãy chọn đơn vị cấp trên.',
      en: 'A commune must belong to a province: choose its parent.',
    })
  }
  if (level === 'province' && value) {
    return inUserLanguage(req, {
      vi: 'Tỉnh / thành phố là cấp cao nhất (từ 1/7/2025 chỉ còn hai cấp): bỏ trống đơn vị cấp trên.',
      en: 'A province is the top level (two levels since 1 July 2025): leave the parent empty.',
    })
  }
  return true
}

/**
 * Two-level local government since 1 July 2025: province → commune. The abolished district and
 * former names are kept so that old addresses and documents still match.
 */
export const AdminUnits: CollectionConfig = {
  slug: 'admin-units',
  labels: {
    singular: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
    plural: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  },
  admin: {
    useAsTitle: 'name',
    group: ADMIN_GROUPS.system,
    // 34 provinces and 3,321 communes (src/adminUnits/dataset): found by name or official code.
    defaultColumns: ['name', 'code', 'level', 'parent'],
    listSearchableFields: ['name', 'code'],
  },
  // Scopes are built on these units (an editor's province is its communes): administrators only.
  access: adminUnitAccess,
  hooks: { beforeDelete: [refuseUnsafeDelete], afterChange: [publishAfterChange], afterDelete: [publishAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, index: true, label: { vi: 'Tên', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          options: selectOptions(ADMIN_UNIT_LEVELS),
          label: { vi: 'Cấp', en: 'Level' },
        },
        { name: 'code', type: 'text', unique: true, label: { vi: 'Mã đơn vị hành chính', en: 'Official code' } },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'admin-units',
      filterOptions: { level: { equals: 'province' } },
      validate: validateParent,
      label: { vi: 'Thuộc tỉnh / thành phố', en: 'Province' },
    },
    {
      name: 'formerDistrict',
      type: 'text',
      label: { vi: 'Huyện / quận cũ (trước 1/7/2025)', en: 'Former district (before 1 July 2025)' },
    },
    listField('formerNames', 'Tên cũ', ['Former name', 'Former names'], {
      label: { vi: 'Tên cũ', en: 'Former names' },
      admin: {
        initCollapsed: true,
        description: {
          vi: 'Các xã / phường cũ đã sáp nhập vào đơn vị này, để tra cứu địa chỉ trong hồ sơ cũ.',
          en: 'Former communes merged into this one, so old addresses still match.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
            { name: 'district', type: 'text', label: { vi: 'Huyện / quận cũ', en: 'Former district' } },
            { name: 'code', type: 'text', label: { vi: 'Mã xã cũ', en: 'Former code' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'until', type: 'date', label: { vi: 'Dùng đến', en: 'Used until' } },
            {
              name: 'partial',
              type: 'checkbox',
              label: { vi: 'Chỉ sáp nhập một phần', en: 'Only partly merged' },
              admin: {
                description: {
                  vi: 'Xã cũ bị chia cho nhiều xã mới: địa chỉ cũ không tự chuyển được, cán bộ phải chọn xã mới.',
                  en: 'The former commune was split between new ones: old addresses need an officer to choose.',
                },
              },
            },
            { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
          ],
        },
      ],
    }),
  ],
}
