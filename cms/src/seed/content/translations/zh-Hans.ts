/**
 * Simplified Chinese texts of the demo (example translations, not yet reviewed by a native
 * speaker): what the Vietnamese says, nothing more. Names take their established Chinese form
 * where one exists (扶董, 钵场, 建初寺, 嘉林, 朔山, 扶董天王); others stay in Vietnamese letters.
 */
import type { DemoTranslations } from '../../translations'
import { DEMO_SLUGS } from '../demo'

const productBody = ['用于展示 OCOP 产品页面和溯源页面的示例产品，并非真实产品。']

export const zhHans: DemoTranslations = {
  relics: {
    [DEMO_SLUGS.phuDongRelic]: {
      title: '扶董祠（扶董天王祠）',
      summary:
        '位于 Gióng 村、供奉扶董天王（圣 Gióng）的遗迹群，2013 年由越南政府总理列为国家特别级遗迹；每年农历四月在此举行 Gióng 庙会。',
      body: [
        '扶董祠历史与建筑艺术遗迹位于 Gióng 村（扶董社；2025 年 7 月 1 日前属嘉林县）。相传这里是扶董天王的故乡：他三岁时伸了个懒腰便长成壮士，骑铁马击退了殷朝入侵者。',
        '遗迹群包括上祠（供奉扶董天王的正祠）、下祠（圣母祠）和班庙等多处；2013 年被列为国家特别级遗迹。',
        '每年农历四月初六至十二在此举行 Gióng 庙会，这项遗产于 2010 年被联合国教科文组织列入名录。',
      ],
      lists: { sites: [{ name: '上祠（扶董天王祠）' }, { name: '下祠（圣母祠）' }, { name: '班庙' }] },
    },
    'chua-kien-so': {
      title: '建初寺',
      summary: '扶董村的一座古寺，与无言通禅师有关；他于九世纪在越南开创了一支禅宗法脉。',
      body: [
        '据佛教史料记载，无言通禅师于九世纪初来到扶董村的建初寺并在此传法；以他命名的禅派奉此寺为祖庭。',
        '该寺靠近扶董祠，可在同一趟行程中参观。',
      ],
    },
    'dinh-bat-trang': {
      title: '钵场亭',
      summary: '钵场陶瓷村的村亭，供奉城隍，也是村社活动的场所；亭后是钵场文址。',
      body: [
        '村亭是钵场村信仰与社区生活的中心，陶瓷村一年中的许多节礼都在这里举行。',
        '从村亭步行即可到达陶瓷市场和村里的陶瓷作坊。',
      ],
    },
    'chua-ba-tam': {
      title: '灵仁慈福寺（Bà Tấm 寺）',
      summary: '位于 Dương Xá 村的一座李朝寺庙，相传与倚兰元妃有关。',
      body: [
        'Bà Tấm 寺位于 Dương Xá 村（原 Dương Xá 社，现属嘉林社）。民间将此寺与 Thổ Lỗi 村人倚兰元妃以及民间故事《Tấm 与 Cám》联系在一起。',
      ],
    },
  },
  'intangible-heritage': {
    'hoi-giong-o-den-phu-dong-va-den-soc': {
      title: '扶董祠与朔祠的 Gióng 庙会',
      summary:
        '纪念传说中击退殷朝入侵者的英雄扶董天王（圣 Gióng）的庙会；2010 年被联合国教科文组织列入人类非物质文化遗产代表作名录。',
      body: [
        'Gióng 庙会每年在扶董祠（Gióng 村，现属河内扶董社）和朔祠（河内朔山）举行，纪念越南民间信仰“四不死”之一的扶董天王。',
        '在扶董，庙会从农历四月初六持续到十二，正会在初九。在朔祠，庙会于农历正月初六开幕。',
        '2010 年 11 月 16 日，在肯尼亚内罗毕举行的《2003 年公约》政府间委员会第五届会议上，联合国教科文组织将 Gióng 庙会列入人类非物质文化遗产代表作名录。',
      ],
      lists: {
        communities: [{ name: '扶董村（Gióng 村）社区' }, { name: '朔祠周边社区（朔山）' }],
        festivalDates: [{ note: '扶董祠 Gióng 庙会；正会在四月初九' }, { note: '朔祠 Gióng 庙会' }],
      },
    },
    'nghe-gom-bat-trang': {
      title: '钵场制陶技艺',
      summary: '红河岸边钵场村的传统制陶技艺，由一代又一代陶工传承下来。',
      body: [
        '据当地传说，钵场人原来自 Bồ Bát（宁平）一带，在红河岸边建起了制陶的坊。',
        '主要工序包括处理陶土、成型、晾干、彩绘、上釉和烧制。',
        '本记录为示例数据：列入名录的级别和详细描述有待文化工作人员补充。',
      ],
      lists: { communities: [{ name: '钵场村和 Giang Cao 村的陶工' }] },
    },
    'nghe-dat-vang-bac-quy-kieu-ky': {
      title: 'Kiêu Kỵ 金银箔锻制技艺',
      summary: '将金、银锤打成极薄的箔片（vàng quỳ、bạc quỳ），用于为神像、横匾、对联和祭器贴金。',
      body: [
        'Kiêu Kỵ 村（原嘉林县 Kiêu Kỵ 社）以锻打金箔闻名：人们把金子夹在特制的纸张之间，用手工锤打，直到成为薄片。',
        '金箔、银箔用于为村亭和寺庙中的神像、横匾、对联和祭器贴金。',
      ],
      lists: { communities: [{ name: 'Kiêu Kỵ 村的金箔匠人' }] },
    },
  },
  'craft-villages': {
    [DEMO_SLUGS.batTrangVillage]: {
      title: '钵场陶瓷村',
      summary: '位于红河左岸的陶瓷村，由钵场村和 Giang Cao 村组成，以青花陶瓷、开片釉陶瓷和装饰陶瓷闻名。',
      body: [
        '游客可以观看陶工工作，亲手捏陶、绘陶，再到陶瓷市场购买产品。',
        '此处所列的户数、从业人数和认定决定均为示例数据。',
      ],
      lists: { crafts: [{ name: '陶瓷' }] },
    },
    'lang-nghe-dat-vang-quy-kieu-ky': {
      title: 'Kiêu Kỵ 金箔手工艺村',
      summary: '锤打金箔、银箔的手工艺村，所产金银箔用于为祭器、神像和横匾漆金。',
      body: ['游客可以观看锻打金箔的各道工序，并购买漆金制品（参观信息为示例）。'],
      lists: { crafts: [{ name: '锻制金箔、银箔' }] },
    },
  },
  'ocop-products': {
    [DEMO_SLUGS.gtinProduct]: {
      title: '手绘青花陶瓷花瓶（示例）',
      summary: '手绘青花陶瓷花瓶，带有 GTIN 码的示例产品（GS1 前缀 952 专用于示例）。',
      body: productBody,
    },
    'bo-am-chen-men-ran-vi-du': {
      title: '开片釉茶具套装（示例）',
      summary: '开片釉茶具套装，5 星示例产品。',
      body: productBody,
    },
    'tra-uop-hoa-sen-vi-du': {
      title: '莲花窨制绿茶（示例）',
      summary: '用莲花窨制的绿茶，4 星示例产品。',
      body: productBody,
    },
  },
  routes: {
    'mot-ngay-gia-lam-dat-giong-lang-gom-vang-quy': {
      title: '嘉林一日游：Gióng 之乡、陶瓷村与金箔',
      summary: '上午参观扶董祠和建初寺，下午游览钵场陶瓷村和 Kiêu Kỵ 金箔村。',
      body: ['示例路线，乘汽车或摩托车出行；建议早点出发。'],
      lists: {
        stops: [
          { note: '从上祠开始' },
          { note: '如在农历四月前来，可观看庙会游行' },
          {},
          { note: '午餐并参观陶瓷作坊' },
        ],
      },
    },
    'nua-ngay-o-bat-trang': {
      title: '钵场半日游',
      summary: '村亭、制陶技艺和一次亲手制陶体验。',
      body: ['陶瓷村内的示例步行路线。'],
      lists: { stops: [{}, {}, {}, { note: '建议提前预订' }] },
    },
  },
}
