import { DEFAULT_ENABLED_LOCALES, LOCALE_TABLE } from '@heritage/contract'
import type { GlobalConfig } from 'payload'
import { installationAccess } from '../access/system'
import { ADMIN_GROUPS } from '../collections/entry'
import { validateUrl } from '../fields/common'
import { publishAfterGlobalChange } from '../publish/hooks'

/**
 * What this installation serves. A province's culture office runs its own CMS: once its province
 * is chosen, every commune picker lists only that province's communes (of the country's 3,321)
 * and old addresses are looked up there. Empty means the whole country. It also chooses the
 * languages the public site is published in, besides Vietnamese.
 */
export const Installation: GlobalConfig = {
  slug: 'installation',
  label: { vi: 'Cài đặt đơn vị', en: 'Installation' },
  admin: { group: ADMIN_GROUPS.system },
  access: installationAccess,
  hooks: { afterChange: [publishAfterGlobalChange] },
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
    {
      name: 'siteLocales',
      type: 'select',
      hasMany: true,
      options: LOCALE_TABLE.filter((l) => l.code !== 'vi').map((l) => ({
        value: l.code,
        label: { vi: `${l.name} (${l.code})`, en: `${l.english} (${l.code})` },
      })),
      defaultValue: DEFAULT_ENABLED_LOCALES.filter((l) => l !== 'vi'),
      label: { vi: 'Ngôn ngữ bản dịch được công bố', en: 'Translation languages published' },
      admin: {
        description: {
          vi: 'Trang công khai luôn có tiếng Việt; thêm các ngôn ngữ dịch ở đây. Tắt một ngôn ngữ không xóa bản dịch đã có. Để trống: tiếng Anh, Hàn, Trung (giản thể), Nhật.',
          en: 'The public site always has Vietnamese; add translation languages here. Turning one off keeps its translations. Empty: English, Korean, Chinese (Simplified), Japanese.',
        },
      },
    },
    {
      name: 'publisher',
      type: 'group',
      label: { vi: 'Cơ quan công bố', en: 'Publisher' },
      admin: {
        description: {
          vi: 'Cơ quan công bố trang và dữ liệu mở (ví dụ Sở Văn hóa, Thể thao và Du lịch). Danh mục dữ liệu mở (DCAT) ghi tên, thư điện tử và trang web này để cổng dữ liệu mở quốc gia, của tỉnh liên hệ. Để trống: tên trang.',
          en: 'Who publishes the site and its open data (e.g. the Department of Culture, Sports and Tourism). The open-data catalogue (DCAT) names it, with this e-mail and website, for open-data portals to reach. Empty: the site’s name.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          label: { vi: 'Tên cơ quan', en: 'Organisation name' },
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử liên hệ', en: 'Contact e-mail' } },
            { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' }, validate: validateUrl },
          ],
        },
      ],
    },
  ],
}
