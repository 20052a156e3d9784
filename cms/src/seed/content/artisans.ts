/** Artisans of the demo: two fictional people. */
import { entryTable, type Translate } from '../engine'
import { paragraphs } from '../richText'
import type { CraftVillages } from './craft-villages'
import { DEMO_PRIVATE, type Units } from './demo'
import { illustrative } from './helpers'
import type { Images } from './media'

const fictional = (t: Translate) =>
  illustrative(
    t,
    'Nhân vật hư cấu để minh họa; mọi trùng hợp với người thật là ngẫu nhiên.',
    'A fictional person for illustration; any resemblance to real people is coincidental.',
  )

export const artisans = ({ units, img, villages }: { units: Units; img: Images; villages: CraftVillages }) =>
  entryTable('artisans', {
    potter: {
      slug: 'nguyen-van-an-nhan-vat-vi-du',
      build: (t) => ({
        title: t('Nguyễn Văn An (nhân vật ví dụ)', 'Nguyễn Văn An (fictional example)'),
        summary: t(
          'Nhân vật hư cấu: thợ vẽ gốm men lam ở Bát Tràng, hơn 40 năm theo nghề.',
          'Fictional: a blue-glaze ceramic painter in Bát Tràng with over 40 years in the craft.',
        ),
        body: paragraphs(
          t(
            ['Hồ sơ mẫu cho biết một trang nghệ nhân trông như thế nào; người này không có thật.'],
            ['A sample profile showing what an artisan page looks like; this person does not exist.'],
          ),
        ),
        gallery: [img.ceramics],
        honour: 'provincial',
        honourYear: 2018,
        birthYear: 1962,
        crafts: [{ name: t('Vẽ gốm men lam', 'Blue-glaze ceramic painting') }],
        craftVillage: villages.batTrang,
        portrait: img.ceramics,
        contactPhone: DEMO_PRIVATE.artisanPhone,
        commune: units.batTrang,
        sources: [fictional(t)],
      }),
    },

    goldBeater: {
      slug: 'le-thi-binh-nhan-vat-vi-du',
      build: (t) => ({
        title: t('Lê Thị Bình (nhân vật ví dụ)', 'Lê Thị Bình (fictional example)'),
        summary: t(
          'Nhân vật hư cấu: người thực hành nghề dát vàng quỳ ở Kiêu Kỵ.',
          'Fictional: a gold-leaf beater practising in Kiêu Kỵ.',
        ),
        body: paragraphs(t(['Hồ sơ mẫu; người này không có thật.'], ['A sample profile; this person does not exist.'])),
        gallery: [img.goldLeaf],
        honour: 'none',
        birthYear: 1975,
        crafts: [{ name: t('Dát vàng quỳ', 'Gold-leaf beating') }],
        craftVillage: villages.kieuKy,
        commune: units.giaLam,
        sources: [fictional(t)],
      }),
    },
  })

/** Ids of the artisans entries, by the names of the table. */
export type Artisans = Record<keyof ReturnType<typeof artisans>['rows'], number>
