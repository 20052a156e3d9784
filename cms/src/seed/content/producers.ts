/** OCOP producers of the demo: three fictional businesses. */
import { entryTable, type Translate } from '../engine'
import { DEMO_PRIVATE, type Units } from './demo'
import { illustrative } from './helpers'
import type { Images } from './media'

const fictional = (t: Translate) =>
  illustrative(
    t,
    'Chủ thể hư cấu để minh họa; tên, địa chỉ và liên hệ không có thật.',
    'A fictional producer for illustration; name, address and contact are not real.',
  )

export const producers = ({ units, img }: { units: Units; img: Images }) =>
  entryTable('producers', {
    ceramics: {
      slug: 'hop-tac-xa-gom-men-lam-vi-du',
      build: (t) => ({
        title: t('Hợp tác xã Gốm Men Lam (ví dụ)', 'Men Lam Ceramics Cooperative (example)'),
        summary: t('Hợp tác xã gốm hư cấu ở Bát Tràng.', 'A fictional ceramics cooperative in Bát Tràng.'),
        gallery: [img.ceramics],
        kind: 'cooperative',
        address: 'Xã Bát Tràng, Thành phố Hà Nội (địa chỉ ví dụ)',
        website: 'https://gom-men-lam.example',
        contact: { person: 'Trần Văn Mẫu', phone: DEMO_PRIVATE.producerPhone, email: DEMO_PRIVATE.producerEmail },
        commune: units.batTrang,
        sources: [fictional(t)],
      }),
    },
    goldLeaf: {
      slug: 'ho-kinh-doanh-vang-quy-xua-vi-du',
      build: (t) => ({
        title: t('Hộ kinh doanh Vàng Quỳ Xưa (ví dụ)', 'Vàng Quỳ Xưa household business (example)'),
        summary: t('Hộ sản xuất hư cấu làm đồ sơn thếp.', 'A fictional household business making gilded ware.'),
        gallery: [img.goldLeaf],
        kind: 'household',
        address: 'Xã Gia Lâm, Thành phố Hà Nội (địa chỉ ví dụ)',
        contact: { person: 'Lê Văn Mẫu', phone: '0900 000 333' },
        commune: units.giaLam,
        sources: [fictional(t)],
      }),
    },
    farm: {
      slug: 'cong-ty-nong-san-dat-giong-vi-du',
      build: (t) => ({
        title: t('Công ty TNHH Nông sản Đất Gióng (ví dụ)', 'Đất Gióng Farm Produce Co., Ltd. (example)'),
        summary: t('Doanh nghiệp hư cấu chế biến trà sen.', 'A fictional company making lotus tea.'),
        gallery: [img.lotus],
        kind: 'enterprise',
        address: 'Xã Phù Đổng, Thành phố Hà Nội (địa chỉ ví dụ)',
        contact: { person: 'Phạm Thị Mẫu', email: 'lienhe.datgiong@example.vn' },
        commune: units.phuDong,
        sources: [fictional(t)],
      }),
    },
  })

/** Ids of the producers entries, by the names of the table. */
export type Producers = Record<keyof ReturnType<typeof producers>['rows'], number>
