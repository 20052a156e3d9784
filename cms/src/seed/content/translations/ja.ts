/**
 * Japanese texts of the demo (example translations, not yet reviewed by a native speaker): what
 * the Vietnamese says, nothing more. Vietnamese names are in katakana (バッチャン, フードン), with
 * the kanji where they are established (建初寺, 霊仁慈福寺, 倚蘭元妃).
 *
 * Left out on purpose: the Kiêu Kỵ gold-leaf craft (intangible heritage
 * `nghe-dat-vang-bac-quy-kieu-ky`) has Korean and Chinese but no Japanese, so that the Japanese
 * site shows an untranslated entry linking to English.
 */
import type { DemoTranslations } from '../../translations'
import { DEMO_SLUGS } from '../demo'

const productBody = ['OCOP 製品ページとトレーサビリティのページを示すための見本の製品で、実在しません。']

export const ja: DemoTranslations = {
  relics: {
    [DEMO_SLUGS.phuDongRelic]: {
      title: 'フードン祠（タインゾン祠）',
      summary:
        'ゾン村にある、タインゾン（聖ゾン）を祀る史跡群です。2013年に首相によって国家特別史跡に指定されました。毎年旧暦4月にここでゾン祭りが行われます。',
      body: [
        'フードン祠の歴史・建築芸術史跡は、ゾン村（フードン社。2025年7月1日まではザーラム県）にあります。伝説では、ここはタインゾンの故郷です。3歳の男の子が伸びをすると大男になり、鉄の馬に乗って殷の侵略軍を追い払ったと伝えられています。',
        '史跡群には、上祠（フードン天王を祀る本殿）、下祠（母神の祠）、バン廟など、いくつもの場所があります。2013年に国家特別史跡に指定されました。',
        '毎年旧暦4月6日から12日まで、ここでゾン祭りが行われます。この祭りは2010年にユネスコに登録された遺産です。',
      ],
      lists: { sites: [{ name: '上祠（フードン天王祠）' }, { name: '下祠（母神の祠）' }, { name: 'バン廟' }] },
    },
    'chua-kien-so': {
      title: 'キエンソー寺（建初寺）',
      summary: 'フードン村にある古い寺で、9世紀にベトナムで禅の一派を開いた無言通禅師ゆかりの寺です。',
      body: [
        '仏教の史料によると、無言通禅師は9世紀初めにフードン村のキエンソー寺に来て、ここで教えを説きました。禅師の名を冠した禅の一派は、この寺を祖庭としています。',
        '寺はフードン祠の近くにあり、同じ旅で訪ねることができます。',
      ],
    },
    'dinh-bat-trang': {
      title: 'バッチャン亭（ディン）',
      summary:
        'バッチャン陶器村の亭（ディン）で、村の守護神を祀り、村人が集まる場所です。亭の裏にはバッチャン文址があります。',
      body: [
        '亭はバッチャン村の信仰と共同体の暮らしの中心です。陶器村の一年の多くの行事がここで行われます。',
        '亭から陶器市場や村の工房まで歩いて行けます。',
      ],
    },
    'chua-ba-tam': {
      title: 'バータム寺（霊仁慈福寺）',
      summary: 'ズオンサー村にある李朝時代の寺で、倚蘭元妃ゆかりの寺と伝えられています。',
      body: [
        'バータム寺はズオンサー村（旧ズオンサー社、現在はザーラム社）にあります。民間では、この寺はトーロイ村出身の倚蘭元妃や、昔話「タムとカム」と結びつけられています。',
      ],
    },
  },
  'intangible-heritage': {
    'hoi-giong-o-den-phu-dong-va-den-soc': {
      title: 'フードン祠とソック祠のゾン祭り',
      summary:
        '殷の侵略軍を追い払った伝説の英雄タインゾン（聖ゾン）をたたえる祭りです。2010年にユネスコの人類の無形文化遺産の代表的な一覧表に登録されました。',
      body: [
        'ゾン祭りは毎年、フードン祠（ゾン村、現在はハノイのフードン社）とソック祠（ハノイのソックソン）で、ベトナムの民間信仰の「四不死」の一人であるタインゾンをしのんで行われます。',
        'フードンでは旧暦4月6日から12日まで行われ、本祭は9日です。ソック祠では旧暦1月6日に始まります。',
        '2010年11月16日、ケニアのナイロビで開かれた2003年条約の政府間委員会第5回会合で、ユネスコはゾン祭りを人類の無形文化遺産の代表的な一覧表に登録しました。',
      ],
      lists: {
        communities: [{ name: 'フードン村（ゾン村）の人々' }, { name: 'ソック祠周辺の人々（ソックソン）' }],
        festivalDates: [{ note: 'フードン祠のゾン祭り。本祭は4月9日' }, { note: 'ソック祠のゾン祭り' }],
      },
    },
    'nghe-gom-bat-trang': {
      title: 'バッチャンの陶器づくり',
      summary: 'ホン川（紅河）のほとりにあるバッチャン村の伝統的な陶器づくりで、何世代もの陶工に受け継がれてきました。',
      body: [
        '地元の言い伝えによると、バッチャンの人々はもともとボーバット（ニンビン）の地から来て、ホン川のほとりに陶工の集落を開きました。',
        '主な工程は、土の準備、成形、乾燥、絵付け、施釉、焼成です。',
        'この記録は例示用のデータです。登録リストと詳しい説明は、文化担当の職員が補うことになっています。',
      ],
      lists: { communities: [{ name: 'バッチャン村とザンカオ村の陶工' }] },
    },
  },
  'craft-villages': {
    [DEMO_SLUGS.batTrangVillage]: {
      title: 'バッチャン陶器村',
      summary:
        'ホン川（紅河）左岸の陶器村で、バッチャン村とザンカオ村からなり、藍釉（染付）、貫入釉、装飾陶器で知られています。',
      body: [
        '工房で陶工の仕事を見学したり、自分で成形や絵付けを体験したりして、陶器市場で買い物ができます。',
        'ここに記した世帯数、従事者数、認定の決定は例示用の数値です。',
      ],
      lists: { crafts: [{ name: '陶磁器' }] },
    },
    'lang-nghe-dat-vang-quy-kieu-ky': {
      title: 'キエウキー金箔村',
      summary: '金箔・銀箔を打ち延ばし、祭具や像、扁額に漆箔を施すための工芸村です。',
      body: ['金箔を打つ工程を見学し、漆箔の製品を買うことができます（見学情報は例です）。'],
      lists: { crafts: [{ name: '金箔・銀箔づくり' }] },
    },
  },
  'ocop-products': {
    [DEMO_SLUGS.gtinProduct]: {
      title: '手描きの藍釉の花瓶（例）',
      summary: '手描きの藍釉の陶器の花瓶で、GTIN コードを持つ見本の製品です（GS1 プレフィックス 952 は例示用）。',
      body: productBody,
    },
    'bo-am-chen-men-ran-vi-du': {
      title: '貫入釉の茶器セット（例）',
      summary: '貫入釉の茶器セットで、5つ星の見本の製品です。',
      body: productBody,
    },
    'tra-uop-hoa-sen-vi-du': {
      title: '蓮の香りの緑茶（例）',
      summary: '蓮の花で香りづけした緑茶で、4つ星の見本の製品です。',
      body: productBody,
    },
  },
  routes: {
    'mot-ngay-gia-lam-dat-giong-lang-gom-vang-quy': {
      title: 'ザーラムの一日：ゾンの里、陶器村、金箔',
      summary: '午前はフードン祠とキエンソー寺、午後はバッチャン陶器村とキエウキー金箔村へ。',
      body: ['車かバイクで回る例示のルートです。早めに出発しましょう。'],
      lists: {
        stops: [
          { note: '上祠から出発' },
          { note: '旧暦4月に来たら、祭りの行列を見ましょう' },
          {},
          { note: '昼食と陶器工房の見学' },
        ],
      },
    },
    'nua-ngay-o-bat-trang': {
      title: 'バッチャンで半日',
      summary: '村の亭、陶器づくりの技、そして自分の手で陶器を作る体験。',
      body: ['陶器村の中を歩く例示のルートです。'],
      lists: { stops: [{}, {}, {}, { note: '事前に予約しましょう' }] },
    },
  },
}
