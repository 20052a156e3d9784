/**
 * Issue 22: the relics as Linked Art (CIDOC-CRM), read by a JSON-LD processor offline with
 * Linked Art's own context (a copy: test/fixtures/README.md). Every assertion is on the
 * expanded graph's IRIs, so a property named wrong in the document (not in the context) fails.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { EntryOf } from '@heritage/contract'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type Snapshot } from '../src/data/snapshot.ts'
import { manifestPath } from '../src/utils/iiif.ts'
import { AAT_LANGUAGE, LINKED_ART_CONTEXT, linkedArtPath, relicLinkedArt } from '../src/utils/linked-art.ts'
import { Graph, type RdfNode, refused } from './rdf'

const CONTEXT = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'linked-art-context.json'), 'utf8'))
const crm = 'http://www.cidoc-crm.org/cidoc-crm/'
const la = 'https://linked.art/ns/terms/'
const rdfs = 'http://www.w3.org/2000/01/rdf-schema#'
const aat = (n: number) => `http://vocab.getty.edu/aat/${n}`
const site = new URL('https://disan.example.vn')
let data: Snapshot
let relics: EntryOf<'relics'>[]

const read = (relic: EntryOf<'relics'>) =>
  Graph.read(relicLinkedArt(relic, site, data.manifest), { [LINKED_ART_CONTEXT]: CONTEXT })
const literal = (graph: Graph, node: RdfNode, property: string) => graph.values(node, property).map((v) => v['@value'])

beforeAll(() => {
  data = loadSnapshot(inject('snapshotDir'))
  relics = data.byKind('relics')
})

describe('Linked Art for relics', () => {
  it('reads every demo relic as one human-made object of type architecture, offline, at its stable address', async () => {
    expect(relics.length).toBeGreaterThan(3)
    for (const relic of relics) {
      const graph = await read(relic)
      const objects = graph.ofType(`${crm}E22_Human-Made_Object`)
      expect(objects, relic.slug).toHaveLength(1)
      const object = objects[0] as RdfNode
      expect(object['@id']).toBe(`https://disan.example.vn${linkedArtPath(relic)}`)
      expect(literal(graph, object, `${rdfs}label`)).toEqual([relic.title.vi])
      const [type] = graph.objects(object, `${crm}P2_has_type`)
      expect(type?.['@id']).toBe(aat(300263552))
      expect(graph.ids(type as RdfNode, `${crm}P2_has_type`)).toEqual([aat(300435443)])
    }
    expect(refused).toEqual([])
  })

  it('names the relic in each language it has, Vietnamese as the primary name, and gives its code', async () => {
    const relic = relics.find((r) => r.translations.length > 0) as EntryOf<'relics'>
    const graph = await read(relic)
    const object = graph.ofType(`${crm}E22_Human-Made_Object`)[0] as RdfNode
    const identifiers = graph.objects(object, `${crm}P1_is_identified_by`)
    const names = identifiers.filter((n) => n['@type']?.includes(`${crm}E33_E41_Linguistic_Appellation`))
    const vietnamese = names.find((n) => graph.ids(n, `${crm}P72_has_language`).includes(AAT_LANGUAGE.vi.id))
    expect(vietnamese && literal(graph, vietnamese, `${crm}P190_has_symbolic_content`)).toEqual([relic.title.vi])
    expect(vietnamese && graph.ids(vietnamese, `${crm}P2_has_type`)).toEqual([aat(300404670)])
    const english = names.find((n) => graph.ids(n, `${crm}P72_has_language`).includes(aat(300388277)))
    expect(english && literal(graph, english, `${crm}P190_has_symbolic_content`)).toEqual([relic.title.en])
    expect(english && graph.ids(english, `${crm}P2_has_type`)).toEqual([aat(300264273)])
    const code = identifiers.find((n) => n['@type']?.includes(`${crm}E42_Identifier`))
    expect(code && literal(graph, code, `${crm}P190_has_symbolic_content`)).toEqual([relic.code])
  })

  it('says where it is (WKT, longitude first), describes it, and links its pages and its IIIF manifest', async () => {
    const relic = relics.find((r) => r.location && r.gallery.length > 0 && r.summary?.vi) as EntryOf<'relics'> & {
      location: { lat: number; lng: number }
    }
    const graph = await read(relic)
    const object = graph.ofType(`${crm}E22_Human-Made_Object`)[0] as RdfNode
    const [place] = graph.objects(object, `${crm}P55_has_current_location`)
    expect(place?.['@type']).toEqual([`${crm}E53_Place`])
    expect(literal(graph, place as RdfNode, `${crm}P168_place_is_defined_by`)).toEqual([
      `POINT(${relic.location.lng} ${relic.location.lat})`,
    ])
    const statements = graph.objects(object, `${crm}P67i_is_referred_to_by`)
    const description = statements.find((s) => graph.ids(s, `${crm}P2_has_type`).includes(aat(300435416)))
    expect(description && literal(graph, description, `${crm}P190_has_symbolic_content`)).toEqual([relic.summary?.vi])
    // Pages and manifest: each a linguistic object carried by a digital object with an access point.
    const carried = graph
      .objects(object, `${crm}P129i_is_subject_of`)
      .flatMap((s) => graph.objects(s, `${la}digitally_carried_by`))
    const points = carried.flatMap((d) => graph.ids(d, `${la}access_point`))
    expect(points).toContain(`https://disan.example.vn/di-tich/${relic.slug}/`)
    expect(points).toContain(`https://disan.example.vn${manifestPath(relic)}`)
    const manifest = carried.find((d) => graph.ids(d, `${la}access_point`)[0]?.endsWith('/manifest.json'))
    expect(manifest && graph.ids(manifest, 'http://purl.org/dc/terms/conformsTo')).toEqual([
      'http://iiif.io/api/presentation/',
    ])
    // Its photos: a visual item shown by a digital image at the largest JPEG.
    const images = graph
      .objects(object, `${crm}P138i_has_representation`)
      .flatMap((v) => graph.objects(v, `${la}digitally_shown_by`))
    expect(images).toHaveLength(relic.gallery.length)
    expect(graph.ids(images[0] as RdfNode, `${la}access_point`)[0]).toMatch(
      /^https:\/\/disan\.example\.vn\/media\/.+\.jpg$/,
    )
  })

  it('fails to read a property Linked Art does not have, so the checks above are on real terms', async () => {
    const relic = relics[0] as EntryOf<'relics'>
    const document = { ...relicLinkedArt(relic, site, data.manifest), identifed_by: [] }
    const graph = await Graph.read(document, { [LINKED_ART_CONTEXT]: CONTEXT })
    // A term missing from the context is dropped by expansion: nothing of it reaches the graph.
    expect(JSON.stringify(graph.nodes)).not.toContain('identifed_by')
  })
})
