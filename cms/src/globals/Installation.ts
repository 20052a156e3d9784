import { DEFAULT_ENABLED_LOCALES, LOCALE_TABLE } from '@heritage/contract'
import type { GlobalConfig } from 'payload'
import { installationAccess } from '../access/system'
import { ADMIN_GROUPS } from '../collections/entry'

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
  ],
}
