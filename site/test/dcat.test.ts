/**
 * Issue 22: the open data's DCAT catalogue (DCAT-AP 3), built from the demo snapshot and read by
 * a JSON-LD processor offline. Every assertion is on the expanded graph's IRIs: DCAT-AP 3's
 * mandatory properties, the recommended ones the catalogue gives, the languages of its texts,
 * the licence, and each download's size. That the downloads exist at their addresses in a
 * built site: locales.test.ts ("the built pages").
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type Snapshot } from '../src/data/snapshot.ts'
import { publishedLocales } from '../src/i18n/locales.ts'
import { ui } from '../src/i18n/ui.ts'
import { CATALOG_DESCRIPTION, dcatCatalog } from '../src/utils/dcat.ts'
import { DATA_LICENSE } from '../src/utils/jsonld.ts'
import { DATASET_DESCRIPTION, type OpenData, openData } from '../src/utils/opendata.ts'
import { Graph, NS, type RdfNode, refused } from './rdf'

const { dcat, dct, foaf, gsp, vcard, xsd } = NS
const EU = 'http://publications.europa.eu/resource/authority/'
const site = new URL('https://disan.example.vn')
let data: Snapshot
let open: OpenData
let graph: Graph
let catalog: RdfNode
let dataset: RdfNode
let distributions: RdfNode[]

beforeAll(async () => {
  data = loadSnapshot(inject('snapshotDir'))
  open = openData(data, site)
  graph = await Graph.read(dcatCatalog(open, site))
  ;[catalog] = graph.ofType(`${dcat}Catalog`) as [RdfNode]
  ;[dataset] = graph.ofType(`${dcat}Dataset`) as [RdfNode]
  distributions = graph.objects(dataset, `${dcat}distribution`)
})

// The processor writes language tags in lower case (BCP 47 tags are case-insensitive).
const languagesOf = (node: RdfNode, property: string) => graph.values(node, property).map((v) => v['@language'])
const tags = (locales: readonly string[]) => locales.map((l) => l.toLowerCase())

describe('the DCAT catalogue', () => {
  it('is one dcat:Catalog listing one dcat:Dataset with a dcat:Distribution per download', () => {
    expect(graph.ofType(`${dcat}Catalog`)).toHaveLength(1)
    expect(graph.ofType(`${dcat}Dataset`)).toHaveLength(1)
    expect(graph.ids(catalog, `${dcat}dataset`)).toEqual([dataset['@id']])
    // The same dataset as the schema.org graph's.
    expect(dataset['@id']).toBe(open.dataset('vi')['@id'])
    expect(graph.values(dataset, `${dct}identifier`)).toEqual([{ '@value': dataset['@id'] }])
    expect(distributions.map((d) => d['@type'])).toEqual(open.files.map(() => [`${dcat}Distribution`]))
  })

  it('has the catalogue’s mandatory properties: title, description, publisher (an agent with a name), dataset', () => {
    for (const property of ['title', 'description', 'publisher']) {
      expect(graph.values(catalog, `${dct}${property}`).length, property).toBeGreaterThan(0)
    }
    const [publisher] = graph.objects(catalog, `${dct}publisher`)
    expect(publisher?.['@type']).toEqual([`${foaf}Agent`])
    expect(graph.values(publisher as RdfNode, `${foaf}name`)).toContainEqual({
      '@value': 'Di sản số',
      '@language': 'vi',
    })
    expect(graph.ids(dataset, `${dct}publisher`)).toEqual([publisher?.['@id']])
  })

  it('names the organisation the installation gives as publisher, with its e-mail and website as contact point', async () => {
    const named = await Graph.read(
      dcatCatalog(open, site, {
        name: {
          vi: 'Sở Văn hóa, Thể thao và Du lịch (ví dụ)',
          en: 'Department of Culture, Sports and Tourism (example)',
        },
        email: 'dulieumo@example.vn',
        website: 'https://svhttdl.example.vn/',
      }),
    )
    const [namedCatalog] = named.ofType(`${dcat}Catalog`) as [RdfNode]
    const [namedDataset] = named.ofType(`${dcat}Dataset`) as [RdfNode]
    const [publisher] = named.objects(namedCatalog, `${dct}publisher`)
    expect(named.values(publisher as RdfNode, `${foaf}name`)).toEqual([
      { '@value': 'Sở Văn hóa, Thể thao và Du lịch (ví dụ)', '@language': 'vi' },
      { '@value': 'Department of Culture, Sports and Tourism (example)', '@language': 'en' },
    ])
    expect(named.ids(publisher as RdfNode, `${foaf}mbox`)).toEqual(['mailto:dulieumo@example.vn'])
    expect(named.ids(publisher as RdfNode, `${foaf}homepage`)).toEqual(['https://svhttdl.example.vn/'])
    // DCAT-AP 3 recommends a contact point on the dataset: a vCard organisation with an e-mail.
    for (const node of [namedCatalog, namedDataset]) {
      const [contact] = named.objects(node, `${dcat}contactPoint`)
      expect(contact?.['@type']).toEqual([`${vcard}Organization`])
      expect(named.ids(contact as RdfNode, `${vcard}hasEmail`)).toEqual(['mailto:dulieumo@example.vn'])
      expect(named.ids(contact as RdfNode, `${vcard}hasURL`)).toEqual(['https://svhttdl.example.vn/'])
      expect(named.values(contact as RdfNode, `${vcard}fn`)[0]?.['@value']).toBe(
        'Sở Văn hóa, Thể thao và Du lịch (ví dụ)',
      )
    }
    // Without one, the site is the publisher, and there is no contact point to give.
    expect(graph.objects(dataset, `${dcat}contactPoint`)).toEqual([])
    // The demo installation names an example organisation (cms/src/seed).
    expect(data.manifest.publisher?.name.vi).toBe('Cơ quan văn hóa của tỉnh (ví dụ)')
  })

  it('writes every title in each published language with a real text, descriptions only in Vietnamese and English', () => {
    const locales = publishedLocales(data.manifest)
    expect(locales.length).toBeGreaterThan(2)
    expect(languagesOf(catalog, `${dct}title`)).toEqual(tags(locales))
    expect(languagesOf(dataset, `${dct}title`)).toEqual(tags(locales))
    expect(graph.values(catalog, `${dct}title`)[0]).toEqual({ '@value': 'Di sản số: Dữ liệu mở', '@language': 'vi' })
    expect(graph.values(dataset, `${dct}title`)).toContainEqual({
      '@value': open.dataset('ko').name,
      '@language': 'ko',
    })
    expect(graph.values(catalog, `${dct}title`)).toContainEqual({
      '@value': `${ui('ja', 'siteName')}：${ui('ja', 'openData')}`,
      '@language': 'ja',
    })
    expect(graph.values(catalog, `${dct}description`)).toEqual([
      { '@value': CATALOG_DESCRIPTION.vi, '@language': 'vi' },
      { '@value': CATALOG_DESCRIPTION.en, '@language': 'en' },
    ])
    expect(graph.values(dataset, `${dct}description`)).toEqual([
      { '@value': DATASET_DESCRIPTION.vi, '@language': 'vi' },
      { '@value': DATASET_DESCRIPTION.en, '@language': 'en' },
    ])
    const keywords = graph.values(dataset, `${dcat}keyword`)
    expect(keywords).toContainEqual({ '@value': 'Di tích', '@language': 'vi' })
    expect(keywords).toContainEqual({ '@value': 'Relics', '@language': 'en' })
    expect(new Set(keywords.map((k) => k['@language']))).toEqual(new Set(tags(locales)))
    for (const d of distributions) expect(languagesOf(d, `${dct}description`)).toEqual(tags(locales))
    expect(graph.ids(catalog, `${dct}language`)).toEqual(
      ['VIE', 'ENG', 'KOR', 'ZHO', 'JPN'].map((code) => `${EU}language/${code}`),
    )
  })

  it('gives the catalogue’s recommended properties: homepage, languages, licence, modification date, themes', () => {
    expect(graph.ids(catalog, `${foaf}homepage`)).toEqual(['https://disan.example.vn/'])
    expect(graph.ids(catalog, `${dct}license`)).toEqual([DATA_LICENSE])
    expect(graph.ids(catalog, `${dcat}themeTaxonomy`)).toEqual([`${EU}data-theme`])
    expect(graph.values(catalog, `${dct}modified`)).toEqual([{ '@value': open.updated, '@type': `${xsd}dateTime` }])
    expect(open.updated).toBe(
      open.entries
        .map((e) => e.updatedAt)
        .sort()
        .at(-1),
    )
  })

  it('gives the dataset’s: theme, keywords, spatial coverage, landing pages, frequency, dictionary', () => {
    expect(graph.ids(dataset, `${dcat}theme`)).toEqual([`${EU}data-theme/EDUC`])
    expect(graph.ids(dataset, `${dct}accrualPeriodicity`)).toEqual([`${EU}frequency/IRREG`])
    expect(graph.ids(dataset, `${dcat}landingPage`)).toEqual([
      'https://disan.example.vn/du-lieu-mo/',
      'https://disan.example.vn/en/open-data/',
      'https://disan.example.vn/ko/open-data/',
      'https://disan.example.vn/zh-hans/open-data/',
      'https://disan.example.vn/ja/open-data/',
    ])
    expect(graph.ids(dataset, `${foaf}page`)).toContain('https://disan.example.vn/du-lieu-mo/#dictionary')
    const [place] = graph.objects(dataset, `${dct}spatial`)
    expect(place?.['@type']).toEqual([`${dct}Location`])
    const [bbox] = graph.values(place as RdfNode, `${dcat}bbox`)
    expect(bbox?.['@type']).toBe(`${gsp}wktLiteral`)
    // Longitude first: every download's point lies in the polygon.
    const corners = [...(bbox?.['@value'] ?? '').matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ])
    expect(corners).toHaveLength(5)
    const lngs = corners.map(([lng]) => lng as number)
    const lats = corners.map(([, lat]) => lat as number)
    const geojson = JSON.parse(open.files.find((f) => f.format === 'geojson')?.content ?? '') as {
      features: { geometry: { coordinates: [number, number] } }[]
    }
    expect(geojson.features.length).toBeGreaterThan(1)
    for (const { geometry } of geojson.features) {
      const [lng, lat] = geometry.coordinates
      expect(lng).toBeGreaterThanOrEqual(Math.min(...lngs))
      expect(lng).toBeLessThanOrEqual(Math.max(...lngs))
      expect(lat).toBeGreaterThanOrEqual(Math.min(...lats))
      expect(lat).toBeLessThanOrEqual(Math.max(...lats))
    }
  })

  it('describes every download: access and download URL, IANA media type, EU file type, licence, true size', () => {
    const formats = { csv: 'CSV', geojson: 'GEOJSON', jsonld: 'JSON_LD' }
    expect(distributions).toHaveLength(3)
    for (const [i, file] of open.files.entries()) {
      const d = distributions[i] as RdfNode
      const url = `https://disan.example.vn${file.url}`
      expect(graph.ids(d, `${dcat}accessURL`)).toEqual([url])
      expect(graph.ids(d, `${dcat}downloadURL`)).toEqual([url])
      expect(graph.ids(d, `${dcat}mediaType`)).toEqual([
        `https://www.iana.org/assignments/media-types/${file.encodingFormat}`,
      ])
      expect(graph.ids(d, `${dct}format`)).toEqual([`${EU}file-type/${formats[file.format]}`])
      expect(graph.ids(d, `${dct}license`)).toEqual([DATA_LICENSE])
      expect(graph.values(d, `${dcat}byteSize`)).toEqual([
        { '@value': String(Buffer.byteLength(file.content)), '@type': `${xsd}nonNegativeInteger` },
      ])
      expect(graph.values(d, `${dct}modified`)).toEqual(graph.values(catalog, `${dct}modified`))
    }
    expect(distributions.map((d) => graph.ids(d, `${dct}conformsTo`))).toEqual([
      [],
      ['https://www.rfc-editor.org/rfc/rfc7946'],
      [],
    ])
  })

  it('needs no remote context: the processor that refuses every fetch reads it', async () => {
    const document = dcatCatalog(open, site)
    expect(typeof document['@context']).toBe('object')
    await Graph.read(document)
    expect(refused).toEqual([])
    // The loader does refuse: a remote context is not read.
    const remote = 'https://www.w3.org/ns/dcat.jsonld'
    await expect(Graph.read({ ...document, '@context': remote })).rejects.toThrow()
    expect(refused).toEqual([remote])
  })
})
