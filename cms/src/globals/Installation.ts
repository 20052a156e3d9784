import type { GlobalConfig } from 'payload'
import { installationAccess } from '../access/system'
import { ADMIN_GROUPS } from '../collections/entry'

/**
 * What this installation serves. A province's culture office runs its own CMS: once its province
 * is chosen, every commune picker lists only that province's communes (of the country's 3,321)
 * and old addresses are looked up there. Empty means the whole country.
 */
export const Installation: GlobalConfig = {
  slug: 'installation',
  label: { vi: 'Cài đặt đơn vị', en: 'Installation' },
  admin: { group: ADMIN_GROUPS.system },
  access: installationAccess,
  fields: [
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'admin-units',
      filterOptions: { level: { equals: 'province' } },
      label: { vi: 'Tỉnh / thành phố của đơn vị', en: 'Province served' },
      admin: {
        description: {
          vi: 'Các ô chọn xã / phường chỉ hiện các xã thuộc tỉnh này. Để trống: cả nước.',
          en: 'Commune pickers list only the communes of this province. Empty: the whole country.',
        },
      },
    },
  ],
}
