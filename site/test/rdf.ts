/**
 * JSON-LD read as RDF by a JSON-LD processor (`jsonld`), offline: a document that needs a remote
 * context fails. The graph is expanded and flattened, so that the tests look at full IRIs, never
 * at the document's prefixes.
 */
import jsonld from 'jsonld'

export const NS = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  gsp: 'http://www.opengis.net/ont/geosparql#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
}

type Value = { '@id'?: string; '@value'?: string; '@language'?: string; '@type'?: string }
export type RdfNode = Record<string, unknown> & { '@id': string; '@type'?: string[] }

/** Every address the processor asked for, refused. */
export const refused: string[] = []
export const refuseNetwork = async (url: string): Promise<never> => {
  refused.push(url)
  throw new Error(`The JSON-LD processor tried to fetch ${url}`)
}

export class Graph {
  private constructor(readonly nodes: RdfNode[]) {}

  /** `contexts`: remote contexts the processor may read, each from a copy given here (by its address). */
  static async read(document: object, contexts: Record<string, object> = {}): Promise<Graph> {
    const documentLoader = async (url: string) => {
      const context = contexts[url]
      if (!context) return refuseNetwork(url)
      return { contextUrl: null, documentUrl: url, document: context }
    }
    const nodes = await jsonld.flatten(document, null, { documentLoader })
    return new Graph(nodes as RdfNode[])
  }

  ofType(type: string): RdfNode[] {
    return this.nodes.filter((n) => n['@type']?.includes(type))
  }

  node(id: string): RdfNode {
    const found = this.nodes.find((n) => n['@id'] === id)
    if (!found) throw new Error(`No node ${id} in the graph`)
    return found
  }

  /** The objects of a property: values, or references to nodes. */
  values(node: RdfNode, property: string): Value[] {
    return (node[property] as Value[] | undefined) ?? []
  }

  /** The nodes a property refers to. */
  objects(node: RdfNode, property: string): RdfNode[] {
    return this.values(node, property).map((v) => this.node(v['@id'] ?? '(a literal)'))
  }

  ids(node: RdfNode, property: string): string[] {
    return this.values(node, property).map((v) => v['@id'] ?? '(a literal)')
  }
}
