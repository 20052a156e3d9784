/**
 * The synthetic province's frame: the province and its communes, and the media every entry draws
 * from (photos, panoramas, 3D models, an audio guide), with the seeded pickers the builders share.
 */
import { demoChime } from '../seed/audio'
import { uploadFile } from '../seed/engine'
import { demoImage } from '../seed/images'
import { demoVaseModel, demoVasePoster } from '../seed/model'
import type { Generator, Id } from './generator'
import type { Random } from './random'
import { CREDIT, MOTIFS, PALETTE, PROVINCE_NAME, pad, SYLLABLES } from './words'

interface Pools {
  communes: Id[]
  images: Id[]
  panoramas: Id[]
  models: Id[]
  audio: Id[]
}

/** What every builder needs: the writer, the seeded generator and the pools to pick from. */
export interface Province {
  g: Generator
  rng: Random
  seed: number
  pools: Pools
  /** One to three photos. */
  gallery: () => Id[]
  commune: () => Id
  /** Panoramas, models and the audio guide for a few entries (by their number in their kind). */
  richMedia: (i: number) => { panoramas?: Id[]; models?: Id[]; audioGuides?: Id[] }
}

export interface ProvinceOptions {
  entries: number
  seed: number
  images?: number
  communes?: number
  log: (message: string) => void
}

export async function makeProvince(g: Generator, options: ProvinceOptions): Promise<Province> {
  const { entries, seed, log } = options
  const { rng } = g
  // Administrative units: one province, communes with a former district for old addresses.
  log(`Province "${PROVINCE_NAME.vi}" with its communes…`)
  const province = await g.record(
    'admin-units',
    { name: PROVINCE_NAME.vi, level: 'province' },
    { name: PROVINCE_NAME.en },
  )
  const communeCount = options.communes ?? Math.min(120, Math.max(5, Math.round(entries / 80)))
  const communes: Id[] = []
  const communeNames = new Set<string>()
  while (communes.length < communeCount) {
    const name = g.placeName()
    if (communeNames.has(name) && communeNames.size < SYLLABLES.length ** 2) continue
    communeNames.add(name)
    const n = pad(communes.length + 1, 3)
    communes.push(
      await g.record(
        'admin-units',
        {
          name: `Xã ${name} ${n} (ví dụ)`,
          level: 'commune',
          parent: province,
          formerDistrict: `Huyện Mẫu ${rng.int(1, 9)} (ví dụ)`,
        },
        { name: `${name} ${n} Commune (example)` },
      ),
    )
  }

  // Media: a pool of photos shared by galleries (as a province reuses its photographers' work),
  // two panoramas, two 3D models with posters, one audio guide. Each goes through media-tools.
  // Each photo costs seconds in media-tools (15 derivatives, AVIF among them): a small province
  // gets a handful, a large one two dozen.
  const imageCount = options.images ?? Math.min(24, Math.max(4, Math.round(entries / 40)))
  log(`${imageCount} photos, 2 panoramas, 2 3D models and an audio guide through media-tools…`)
  const pools: Pools = { communes, images: [], panoramas: [], models: [], audio: [] }
  for (let i = 1; i <= imageCount; i++) {
    const colors = [rng.pick(PALETTE), rng.pick(PALETTE)] as const
    const motif = rng.pick(MOTIFS)
    const jpeg = await demoImage({ colors, motif })
    pools.images.push(
      await g.record(
        'media',
        { alt: `Ảnh tổng hợp số ${i}: nền ${motif} (ví dụ)`, credit: CREDIT, license: 'CC0 1.0' },
        { alt: `Synthetic photo ${i}: ${motif} background (example)` },
        uploadFile(`synthetic-${seed}-${pad(i, 3)}.jpg`, 'image/jpeg', jpeg),
      ),
    )
  }
  for (let i = 1; i <= 2; i++) {
    const jpeg = await demoImage({
      colors: [rng.pick(PALETTE), rng.pick(PALETTE)],
      motif: 'stripes',
      width: 2048,
      height: 1024,
    })
    pools.panoramas.push(
      await g.record(
        'panoramas',
        { title: `Ảnh 360° tổng hợp số ${i} (ví dụ)`, initialHeading: 0, credit: CREDIT, license: 'CC0 1.0' },
        { title: `Synthetic 360° panorama ${i} (example)` },
        uploadFile(`synthetic-pano-${seed}-${i}.jpg`, 'image/jpeg', jpeg),
      ),
    )
  }
  const model = await demoVaseModel()
  for (let i = 1; i <= 2; i++) {
    const poster = await g.record(
      'media',
      { alt: `Ảnh mô hình 3D tổng hợp số ${i} (ví dụ)`, credit: CREDIT, license: 'CC0 1.0' },
      { alt: `Synthetic 3D model poster ${i} (example)` },
      uploadFile(`synthetic-poster-${seed}-${i}.jpg`, 'image/jpeg', await demoVasePoster()),
    )
    pools.models.push(
      await g.record(
        'models',
        { title: `Mô hình 3D tổng hợp số ${i} (ví dụ)`, poster, credit: CREDIT, license: 'CC0 1.0' },
        { title: `Synthetic 3D model ${i} (example)` },
        uploadFile(`synthetic-model-${seed}-${i}.glb`, 'model/gltf-binary', model.glb),
      ),
    )
  }
  const chime = demoChime()
  pools.audio.push(
    await g.record(
      'audio',
      {
        title: 'Thuyết minh tổng hợp (ví dụ)',
        language: 'vi',
        transcript: 'Bản ghi tổng hợp: chỉ có tiếng chuông.',
        durationSeconds: chime.durationSeconds,
        credit: CREDIT,
        license: 'CC0 1.0',
      },
      { title: 'Synthetic audio guide (example)', transcript: 'Synthetic recording: a chime only.' },
      uploadFile(`synthetic-audio-${seed}.wav`, 'audio/wav', chime.wav),
    ),
  )
  const gallery = () => rng.some(pools.images, 1, 3)
  const commune = () => rng.pick(pools.communes)
  const richMedia = (i: number) =>
    i % 97 === 1
      ? { panoramas: [rng.pick(pools.panoramas)], models: [rng.pick(pools.models)], audioGuides: pools.audio }
      : i % 41 === 1
        ? { panoramas: [rng.pick(pools.panoramas)] }
        : {}
  return { g, rng, seed, pools, gallery, commune, richMedia }
}
