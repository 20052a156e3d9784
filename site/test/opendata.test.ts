import { isInVietnam, RELIC_RANKS } from '@heritage/contract'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { DEFUSED_CELLS, QUOTED_CELLS } from '../../contract/test/csvCells.ts'
import { loadSnapshot, type PageEntry, type Snapshot } from '../src/data/snapshot.ts'
import {
  csvCell,
  csvFile,
  FIELDS,
  heritageCsv,
  heritageGeoJson,
  openData,
  openDataEntries,
} from '../src/utils/opendata.ts'

const site = new URL('https://disan.example.vn')
let data: Snapshot
let entries: PageEntry[]

beforeAll(() => {
  data = loadSnapshot(inject('snapshotDir'))
  entries = openDataEntries(data)
})

describe('csvCell', () => {
  // The contract's cells (its csvCell writes them), and a list as one cell.
  it.each<[Parameters<typeof csvCell>[0], string]>([
    ...QUOTED_CELLS,
    [['historical', 'architectural-artistic'], 'historical|architectural-artistic'],
  ])('quotes cells with commas, quotes or line breaks (RFC 4180) and leaves others alone: %j is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it.each(DEFUSED_CELLS)('defuses cells a spreadsheet would run as a formula: %j is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('csvFile', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      csvFile([
        ['a', 'b'],
        ['1', undefined],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n')
  })
})

describe('heritageCsv', () => {
  it('has one row per public entry, the dictionary’s fields as header, and escapes hostile titles', () => {
    const [first, ...rest] = entries
    if (!first) throw new Error('the demo snapshot has no entries')
    const hostile = { ...first, title: { vi: '=cmd|"/C calc"!A0', en: '@evil' } } as PageEntry
    const csv = heritageCsv([hostile, ...rest], site, data.resolve)
    const lines = csv.slice(1).split('\r\n').filter(Boolean)
    expect(lines[0]).toBe(FIELDS.map((f) => f.name).join(','))
    expect(lines).toHaveLength(entries.length + 1)
    expect(lines[1]).toContain(`"'=cmd|""/C calc""!A0",'@evil`)
  })
})

describe('heritageGeoJson', () => {
  it('has one point, inside Vietnam, for every located entry, as [longitude, latitude]', () => {
    const located = entries.filter((e) => 'location' in e && e.location)
    expect(located.length).toBeGreaterThan(0)
    const collection = heritageGeoJson(entries, site, data.resolve)
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features).toHaveLength(located.length)
    for (const feature of collection.features) {
      const [lng, lat] = feature.geometry.coordinates
      expect(isInVietnam({ lat, lng })).toBe(true)
      // Vietnam's latitudes and longitudes do not overlap: the order cannot be swapped unnoticed.
      expect(lng).toBeGreaterThan(lat)
    }
  })

  it('gives each feature the fields of its kind only, with codes from the domain enums', () => {
    const collection = heritageGeoJson(entries, site, data.resolve)
    const relic = collection.features.find((f) => f.properties.kind === 'relics')
    const other = collection.features.find((f) => f.properties.kind !== 'relics')
    expect(relic?.properties.rank).toBeDefined()
    expect(RELIC_RANKS.map((r) => r.value as string)).toContain(relic?.properties.rank)
    expect(Array.isArray(relic?.properties.types)).toBe(true)
    expect(relic?.properties.url).toMatch(/^https:\/\/disan\.example\.vn\/di-tich\/[a-z0-9-]+\/$/)
    expect(relic?.properties).not.toHaveProperty('lat')
    expect(other?.properties).not.toHaveProperty('rank')
  })
})

describe('openData', () => {
  it('describes the three downloads with their true sizes in a Dataset', () => {
    const result = openData(data, site)
    expect(result.files.map((f) => f.url)).toEqual([
      '/data/heritage.csv',
      '/data/heritage.geojson',
      '/data/heritage.jsonld',
    ])
    for (const file of result.files) expect(file.bytes).toBe(Buffer.byteLength(file.content))
    const dataset = result.dataset('en') as {
      '@type': string
      license: string
      distribution: { contentSize: string }[]
    }
    expect(dataset['@type']).toBe('Dataset')
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(dataset.distribution.map((d) => d.contentSize)).toEqual(result.files.map((f) => `${f.bytes} B`))
    const graph = JSON.parse(result.files[2]?.content ?? '{}') as { '@graph': unknown[] }
    expect(graph['@graph']).toHaveLength(entries.length + 1)
  })
})
