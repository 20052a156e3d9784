/**
 * The demo's uploads: abstract placeholder photos, a 360° panorama, a 3D model with its poster and
 * an audio guide, all generated in code (the seed ships no binary files and always uploads the
 * same bytes).
 */
import { demoChime } from '../audio'
import { type UploadDef, uploadFile } from '../engine'
import { type DemoImageSpec, demoImage } from '../images'
import { demoVaseModel, demoVasePoster } from '../model'

/**
 * Credits of the generated demo media, in both languages (credits are localized: a name is typed
 * once, a phrase like these is translated). The English is the project's own wording, not reviewed
 * by a native speaker: example text, like the rest of the demo.
 */
const CREDIT = { vi: 'Ảnh minh họa tạo tự động', en: 'Generated placeholder image' }
const MODEL_CREDIT = { vi: 'Mô hình minh họa tạo tự động', en: 'Generated placeholder model' }
const AUDIO_CREDIT = { vi: 'Âm thanh minh họa tạo tự động', en: 'Generated placeholder sound' }

interface ImageDef {
  alt: { vi: string; en: string }
  file: string
  image: DemoImageSpec
}

const abstractAlt = (vi: string, en: string) => ({
  vi: `Ảnh minh họa trừu tượng (${vi}), không phải ảnh chụp thật`,
  en: `Abstract placeholder image (${en}), not a real photograph`,
})

export const IMAGES = {
  phuDong: {
    file: 'demo-den-phu-dong.jpg',
    alt: abstractAlt('đỏ son và vàng, vòng tròn đồng tâm', 'vermilion and gold, concentric circles'),
    image: { colors: ['#7f1d1d', '#e0a82e'], motif: 'circles' },
  },
  pagoda: {
    file: 'demo-chua.jpg',
    alt: abstractAlt('nâu gụ và vàng đất, sọc chéo', 'mahogany and ochre, diagonal stripes'),
    image: { colors: ['#4a2c1a', '#c8933c'], motif: 'stripes' },
  },
  communalHouse: {
    file: 'demo-dinh.jpg',
    alt: abstractAlt('nâu gỗ và xanh rêu, ô vuông', 'wood brown and moss green, tiles'),
    image: { colors: ['#3b2f2f', '#5f7f5a'], motif: 'tiles' },
  },
  festival: {
    file: 'demo-le-hoi.jpg',
    alt: abstractAlt('đỏ và vàng, đường lượn sóng', 'red and yellow, waves'),
    image: { colors: ['#b91c1c', '#facc15'], motif: 'waves' },
  },
  ceramics: {
    file: 'demo-gom-men-lam.jpg',
    alt: abstractAlt('trắng ngà và xanh lam, đường lượn sóng', 'ivory and cobalt blue, waves'),
    image: { colors: ['#f5f0e1', '#1e3a8a'], motif: 'waves' },
  },
  goldLeaf: {
    file: 'demo-vang-quy.jpg',
    alt: abstractAlt('vàng kim và đen sơn mài, ô vuông', 'gold and lacquer black, tiles'),
    image: { colors: ['#d4af37', '#111111'], motif: 'tiles' },
  },
  lotus: {
    file: 'demo-sen.jpg',
    alt: abstractAlt('hồng sen và xanh lá, vòng tròn', 'lotus pink and leaf green, circles'),
    image: { colors: ['#f9a8d4', '#166534'], motif: 'circles' },
  },
  route: {
    file: 'demo-tuyen.jpg',
    alt: abstractAlt('xanh lá và xanh trời, sọc chéo', 'green and sky blue, stripes'),
    image: { colors: ['#15803d', '#38bdf8'], motif: 'stripes' },
  },
} as const satisfies Record<string, ImageDef>

export type ImageKey = keyof typeof IMAGES

/** Ids of the demo photos, by the names of `IMAGES`. */
export type Images = Record<ImageKey, number>

/** The generated 3D model: its title, in Vietnamese, finds it again. */
export const DEMO_MODEL_TITLE = {
  vi: 'Mô hình 3D minh họa (tạo tự động): bình gốm men lam',
  en: 'Illustrative 3D model (generated): blue-glazed ceramic vase',
} as const

/** The generated audio guide: its title, in Vietnamese, finds it again. */
export const DEMO_AUDIO_TITLE = {
  vi: 'Thuyết minh minh họa: đền Phù Đổng (âm thanh tạo tự động)',
  en: 'Illustrative audio guide: Phù Đổng temple (generated tone)',
} as const

const jpeg = (name: string, data: () => Promise<Uint8Array>) => async () => uploadFile(name, 'image/jpeg', await data())

/** A demo photo as an upload. */
export const imageUpload = (def: ImageDef): UploadDef<'media'> => ({
  collection: 'media',
  findBy: 'alt',
  label: def.file,
  file: jpeg(def.file, () => demoImage(def.image)),
  vi: { alt: def.alt.vi, credit: CREDIT.vi, license: 'CC0 1.0' },
  en: { alt: def.alt.en, credit: CREDIT.en },
  english: ['alt', 'credit'],
})

const PANORAMA_TITLE = {
  vi: 'Ảnh 360° minh họa (không phải ảnh chụp thật): sân đền Phù Đổng',
  en: 'Placeholder 360° panorama (not a real photograph): Phù Đổng temple courtyard',
}

export const PANORAMA: UploadDef<'panoramas'> = {
  collection: 'panoramas',
  findBy: 'title',
  label: 'demo-pano-den-phu-dong.jpg',
  file: jpeg('demo-pano-den-phu-dong.jpg', () =>
    demoImage({ colors: ['#60a5fa', '#7c2d12'], motif: 'stripes', width: 2048, height: 1024 }),
  ),
  vi: { title: PANORAMA_TITLE.vi, initialHeading: 0, credit: CREDIT.vi, license: 'CC0 1.0' },
  en: { title: PANORAMA_TITLE.en, credit: CREDIT.en },
  english: ['title', 'credit'],
}

const POSTER_ALT = {
  vi: 'Ảnh minh họa tạo tự động: bình gốm men lam dựng từ mô hình 3D, không phải ảnh chụp thật',
  en: 'Generated placeholder image: a blue-glazed vase rendered from the 3D model, not a real photograph',
}

/** The poster of the 3D model: the same vase, rendered from the same profile and texture. */
export const MODEL_POSTER: UploadDef<'media'> = {
  collection: 'media',
  findBy: 'alt',
  label: 'demo-binh-gom-men-lam-poster.jpg',
  file: jpeg('demo-binh-gom-men-lam-poster.jpg', () => demoVasePoster()),
  vi: { alt: POSTER_ALT.vi, credit: CREDIT.vi, license: 'CC0 1.0' },
  en: { alt: POSTER_ALT.en, credit: CREDIT.en },
  english: ['alt', 'credit'],
}

const MODEL_DESCRIPTION = {
  vi: 'Mô hình 3D tạo tự động bằng mã lệnh để minh họa trình xem 3D, không phải bản quét một hiện vật thật. Dáng bình và hoa văn men lam (lá chuối, vân mây, dây hoa, cánh sen) chỉ phỏng theo phong cách gốm Bát Tràng.',
  en: 'A 3D model generated in code to illustrate the 3D viewer, not a scan of a real object. The shape and the blue decoration (banana leaves, cloud collar, flower scroll, lotus petals) only loosely follow the Bát Tràng style.',
}

/** A vase revolved in code with a generated blue-and-white texture (see model.ts). */
export const modelUpload = (poster: number): UploadDef<'models'> => ({
  collection: 'models',
  findBy: 'title',
  label: 'demo-binh-gom-men-lam.glb',
  file: async () => uploadFile('demo-binh-gom-men-lam.glb', 'model/gltf-binary', (await demoVaseModel()).glb),
  vi: {
    title: DEMO_MODEL_TITLE.vi,
    poster,
    description: MODEL_DESCRIPTION.vi,
    credit: MODEL_CREDIT.vi,
    license: 'CC0 1.0',
  },
  en: { title: DEMO_MODEL_TITLE.en, description: MODEL_DESCRIPTION.en, credit: MODEL_CREDIT.en },
  english: ['title', 'credit'],
})

const TRANSCRIPT = {
  vi: [
    'Bản ghi minh họa: tệp này chỉ có tiếng chuông tạo tự động, chưa phải lời thuyết minh thật. Lời thuyết minh dự kiến:',
    'Đền Phù Đổng ở làng Gióng, xã Phù Đổng, Hà Nội, là nơi thờ Thánh Gióng (Phù Đổng Thiên Vương).',
    'Theo truyền thuyết, thời Hùng Vương thứ sáu, cậu bé làng Gióng lên ba tuổi vẫn chưa biết nói, nghe sứ giả nhà vua đi tìm người đánh giặc Ân thì cất tiếng xin đi đánh giặc.',
    'Cậu vươn vai thành tráng sĩ, cưỡi ngựa sắt, cầm roi sắt đánh tan giặc; roi gãy thì nhổ tre bên đường quật giặc. Thắng giặc, Gióng cưỡi ngựa lên núi Sóc rồi bay về trời.',
    'Hằng năm vào tháng Tư âm lịch, Hội Gióng được tổ chức tại đây. Hội Gióng ở đền Phù Đổng và đền Sóc được UNESCO ghi danh năm 2010.',
  ].join('\n\n'),
  en: [
    'Illustrative recording: this file holds only a generated chime, not a real spoken commentary. Intended commentary:',
    'Phù Đổng temple, in Gióng village, Phù Đổng commune, Hanoi, is a place of worship of Saint Gióng (Phù Đổng Thiên Vương).',
    'According to legend, in the time of the sixth Hùng king, a boy of Gióng village who still could not speak at the age of three heard the king’s envoy seeking someone to fight the Ân invaders, and spoke up to volunteer.',
    'He grew into a giant, rode an iron horse and wielded an iron whip to rout the invaders; when the whip broke, he pulled up bamboo by the roadside to fight on. After the victory Gióng rode to Sóc mountain and flew up to heaven.',
    'The Gióng festival is held here every year in the fourth lunar month. The Gióng festival of Phù Đổng and Sóc temples was inscribed by UNESCO in 2010.',
  ].join('\n\n'),
}

/**
 * A few seconds of generated bell tones (see audio.ts) standing in for a spoken commentary. The
 * chime is cheap and deterministic; its length goes in the record.
 */
export const audioUpload = (): UploadDef<'audio'> => {
  const { wav, durationSeconds } = demoChime()
  return {
    collection: 'audio',
    findBy: 'title',
    label: 'demo-thuyet-minh-den-phu-dong.wav',
    file: async () => uploadFile('demo-thuyet-minh-den-phu-dong.wav', 'audio/wav', wav),
    vi: {
      title: DEMO_AUDIO_TITLE.vi,
      language: 'vi',
      transcript: TRANSCRIPT.vi,
      durationSeconds,
      credit: AUDIO_CREDIT.vi,
      license: 'CC0 1.0',
    },
    en: { title: DEMO_AUDIO_TITLE.en, transcript: TRANSCRIPT.en, credit: AUDIO_CREDIT.en },
    english: ['title', 'transcript', 'credit'],
  }
}
