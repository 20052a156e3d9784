/** Builders of the synthetic province's places: intangible heritage, relics, craft villages, routes. */
import { INTANGIBLE_LIST_LEVELS, INTANGIBLE_TYPES_2024, RELIC_RANKS, RELIC_TYPES } from '@heritage/contract'
import type { Translate } from '../seed/engine'
import type { Id } from './generator'
import type { Province } from './province'
import { CRAFTS, isoDay, numberedSlug, numberedTitle, pad, RELIC_WORDS, slugify } from './words'

type Subject = { vi: string; en: string }

/**
 * What every place has first: its numbered title, its summary, body and gallery. With `placeEnd`
 * around a place's own fields, in the order the seeded choices are drawn (build runs once a locale).
 */
const placeStart = (p: Province, t: Translate, subject: Subject, i: number, place: string, summary: Subject) => ({
  title: numberedTitle(t, subject, i),
  summary: t(summary.vi, summary.en),
  body: p.g.body(t, subject, place),
  gallery: p.gallery(),
})

/** What every place has last: where it is, its sources and its 360°, 3D and audio media. */
const placeEnd = (p: Province, t: Translate, i: number) => ({
  location: p.g.point(),
  commune: p.commune(),
  sources: p.g.sources(t),
  ...p.richMedia(i),
})

/** Intangible heritage first: relics name the festivals held at them. */
export async function intangibleHeritage(p: Province, count: number): Promise<{ heritage: Id[]; festivals: Id[] }> {
  const { g, rng, commune } = p
  const festivals: Id[] = []
  const heritage: Id[] = []
  for (let i = 1; i <= count; i++) {
    const place = g.placeName()
    const type = rng.pick(INTANGIBLE_TYPES_2024).value
    const label = INTANGIBLE_TYPES_2024.find((o) => o.value === type)?.label ?? { vi: 'Di sản', en: 'Heritage' }
    const subject = { vi: `${label.vi} làng ${place}`, en: `${label.en} of ${place}` }
    const id = await g.entry({
      collection: 'intangible-heritage',
      slug: numberedSlug(subject, i),
      build: (t) => ({
        ...placeStart(p, t, subject, i, place, {
          vi: `Di sản ví dụ của làng ${place}, dữ liệu tổng hợp.`,
          en: `Example heritage of ${place}; synthetic data.`,
        }),
        type,
        listLevel: rng.pick(INTANGIBLE_LIST_LEVELS.slice(0, 2)).value,
        inscriptionYear: rng.int(2012, 2025),
        communities: [{ name: t(`Cộng đồng làng ${place}`, `Community of ${place}`), commune: commune() }],
        festivalDates:
          type === 'festivals'
            ? [{ lunarDay: rng.int(1, 28), lunarMonth: rng.int(1, 12), durationDays: rng.int(1, 3) }]
            : [],
        ...placeEnd(p, t, i),
      }),
    })
    heritage.push(id)
    if (type === 'festivals') festivals.push(id)
  }
  return { heritage, festivals }
}

export async function relics(p: Province, count: number, festivals: Id[]): Promise<Id[]> {
  const { g, rng } = p
  const relics: Id[] = []
  for (let i = 1; i <= count; i++) {
    const place = g.placeName()
    const word = rng.pick(RELIC_WORDS)
    const subject = { vi: `${word.vi} ${place}`, en: `${place} ${word.en}` }
    const rank = rng.next() < 0.02 ? RELIC_RANKS[0].value : rng.pick(RELIC_RANKS.slice(1)).value
    relics.push(
      await g.entry({
        collection: 'relics',
        slug: numberedSlug(subject, i),
        build: (t) => ({
          ...placeStart(p, t, subject, i, place, {
            vi: `${word.vi} ví dụ ở làng ${place}; hạng, niên đại và tọa độ là dữ liệu tổng hợp.`,
            en: `An example ${word.en} in ${place}; rank, dates and coordinates are synthetic.`,
          }),
          rank,
          types: rng.some(RELIC_TYPES, 1, 2).map((o) => o.value),
          ...(rank === 'inventoried'
            ? {}
            : {
                rankingDecision: {
                  number: `${rng.int(1, 999)}/QĐ-VD`,
                  date: isoDay(rng.int(1990, 2024), rng.int(1, 12), rng.int(1, 28)),
                  issuer: t('Cơ quan ban hành (ví dụ)', 'Issuing body (example)'),
                },
              }),
          openingHours: t('7:00–17:00 hằng ngày (ví dụ)', 'Daily 7:00–17:00 (example)'),
          festivals: festivals.length > 0 && rng.chance(0.15) ? [rng.pick(festivals)] : [],
          ...placeEnd(p, t, i),
        }),
      }),
    )
  }
  return relics
}

export async function craftVillages(p: Province, count: number): Promise<Id[]> {
  const { g, rng } = p
  const villages: Id[] = []
  for (let i = 1; i <= count; i++) {
    const place = g.placeName()
    const craft = rng.pick(CRAFTS)
    const subject = {
      vi: `Làng nghề ${craft.vi.toLowerCase()} ${place}`,
      en: `${place} ${craft.en.toLowerCase()} village`,
    }
    villages.push(
      await g.entry({
        collection: 'craft-villages',
        slug: numberedSlug(subject, i),
        build: (t) => ({
          ...placeStart(p, t, subject, i, place, {
            vi: `Làng nghề ví dụ: ${craft.vi.toLowerCase()}.`,
            en: `An example craft village: ${craft.en.toLowerCase()}.`,
          }),
          crafts: [{ name: t(craft.vi, craft.en) }],
          recognitionDecision: {
            number: `${rng.int(1, 999)}/QĐ-UBND-VD`,
            date: isoDay(rng.int(2000, 2024), rng.int(1, 12), rng.int(1, 28)),
            issuer: t('UBND tỉnh (ví dụ)', 'Provincial People’s Committee (example)'),
          },
          households: rng.int(30, 900),
          workers: rng.int(80, 4000),
          visitingInfo: t('Tham quan xưởng nghề (ví dụ).', 'Workshop visits (example).'),
          ...placeEnd(p, t, i),
        }),
      }),
    )
  }
  return villages
}

export async function routes(
  p: Province,
  count: number,
  { relics, villages, heritage }: { relics: Id[]; villages: Id[]; heritage: Id[] },
): Promise<void> {
  const { g, rng, gallery } = p
  const places = [
    ...relics.map((id) => ({ relationTo: 'relics' as const, value: id })),
    ...villages.map((id) => ({ relationTo: 'craft-villages' as const, value: id })),
    ...heritage.map((id) => ({ relationTo: 'intangible-heritage' as const, value: id })),
  ]
  for (let i = 1; i <= count; i++) {
    const place = g.placeName()
    const stops = rng.some(places, 3, 6)
    await g.entry({
      collection: 'routes',
      slug: `${slugify(`tuyen ${place}`)}-${pad(i)}`,
      build: (t) => ({
        title: t(`Tuyến tham quan ${place} ${pad(i)} (ví dụ)`, `${place} tour ${pad(i)} (example)`),
        summary: t(`Tuyến ví dụ qua ${stops.length} điểm.`, `An example route through ${stops.length} places.`),
        body: g.body(t, { vi: `Tuyến ${place}`, en: `The ${place} route` }, place),
        gallery: gallery(),
        stops: stops.map((stop) => ({ place: stop, minutes: rng.int(15, 120) })),
        distanceKm: rng.int(2, 60),
        durationHours: rng.int(2, 8),
        sources: g.sources(t),
      }),
    })
  }
}
