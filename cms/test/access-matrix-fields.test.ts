/**
 * Field by scope (issue 15, item 5): private fields are read by those who look after the document
 * (its commune, province or product), not by every account of a role. Every document here is
 * published, so every role may read the document itself; each private field holds a value unique
 * to its document and scope, and each route must show it exactly to the expected role × scope.
 * The world is ./accessMatrix.ts.
 */
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ALL,
  arrangeMatrix,
  body,
  create,
  http,
  OWN,
  PROVINCE,
  payload,
  producers,
  products,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
  tokenOf,
} from './accessMatrix'

beforeAll(arrangeMatrix)

type FieldRoute = 'REST find' | 'REST findByID' | 'GraphQL' | 'export'
const FIELD_ROUTES: FieldRoute[] = ['REST find', 'REST findByID', 'GraphQL', 'export']
const STAFF_IN_SCOPE: Partial<Record<Role, readonly Scope[]>> = { admin: ALL, editor: PROVINCE, contributor: OWN }
const STAFF_OR_OWNER: Partial<Record<Role, readonly Scope[]>> = { ...STAFF_IN_SCOPE, producer: OWN }
const BATCH_STAFF: Partial<Record<Role, readonly Scope[]>> = { admin: ALL, editor: PROVINCE }

/**
 * Where a private value is written: into a new published document ('created'); straight into the
 * stored row of a new published document ('stored', for what publishing clears, as review
 * comments); or straight into the scope's own existing document (the producers' and products'
 * of ./accessMatrix.ts, whose producer account is c1's).
 */
type Into = 'created' | 'stored' | Record<Scope, number>

interface PrivateField {
  collection: CollectionSlug
  /** The field's path: `group.field` for a field in a group. */
  name: string
  readers: Partial<Record<Role, readonly Scope[]>>
  into: Into
}

// Each private field, who may read it, and where its secret is written.
const PRIVATE_FIELDS: PrivateField[] = (
  [
    ['relics', 'internalNotes', STAFF_IN_SCOPE, 'created'],
    ['relics', 'review.comment', STAFF_IN_SCOPE, 'stored'],
    ['artisans', 'contactPhone', STAFF_IN_SCOPE, 'created'],
    ['producers', 'contact.phone', STAFF_OR_OWNER, producers],
    ['producers', 'internalNotes', STAFF_IN_SCOPE, producers],
    ['ocop-products', 'review.comment', STAFF_OR_OWNER, products],
    ['ocop-products', 'internalNotes', STAFF_IN_SCOPE, products],
    ['batches', 'internalNotes', BATCH_STAFF, 'created'],
  ] as const
).map(([collection, name, readers, into]) => ({ collection, name, readers, into }))

const secretOf = (field: PrivateField, scope: Scope) => `BI-MAT-${field.collection}-${field.name}-${scope}`

/** The data that holds `secret` in the field (a review keeps its published state). */
function holding(name: string, secret: string): Record<string, unknown> {
  const [group = name, field] = name.split('.')
  if (!field) return { [group]: secret }
  return { [group]: group === 'review' ? { state: 'published', [field]: secret } : { [field]: secret } }
}

/** Writes the secret into the scope's published document; returns the document's id. */
async function plant(field: PrivateField, scope: Scope, secret: string): Promise<number> {
  const { collection, into } = field
  const data = holding(field.name, secret)
  if (into === 'created')
    return (await create(collection, { ...body(collection, scope), ...data, _status: 'published' })).id
  const id =
    into === 'stored'
      ? (await create(collection, { ...body(collection, scope), _status: 'published' })).id
      : into[scope]
  // Straight into the stored document: a write through Payload would clear a review comment on publish.
  await payload.db.updateOne({ collection, id, data })
  return id
}

/** Plural name in GraphQL (`ocop-products`: OcopProducts), and the selection that asks for the field. */
function graphqlOf(field: PrivateField): [string, string] {
  const plural = field.collection.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase())
  const [group, inner] = field.name.split('.')
  return [plural, inner ? `${group} { ${inner} }` : field.name]
}

/** What each route answers about the documents `ids`, as text (the secret is in it or not). */
async function readThrough(route: FieldRoute, field: PrivateField, ids: number[], id: number, token?: string) {
  const where = ids.map((value, index) => `where[id][in][${index}]=${value}`).join('&')
  switch (route) {
    case 'REST find': {
      const res = await http.rest('GET', `${field.collection}?${where}&depth=0&limit=100`, { token })
      expect(res.json.docs, res.text).toHaveLength(ids.length)
      return res.text
    }
    case 'REST findByID':
      return (await http.rest('GET', `${field.collection}/${id}?depth=0`, { token })).text
    case 'GraphQL': {
      const [name, selection] = graphqlOf(field)
      const or = ids.map((value) => `{ id: { equals: ${value} } }`).join(', ')
      const res = await http.gql(`{ ${name}(where: { OR: [${or}] }, limit: 100) { docs { id ${selection} } } }`, token)
      // A query the schema refuses would hide every field and prove nothing.
      expect(res.json.errors, res.text).toBeUndefined()
      expect(res.json.data[name].docs).toHaveLength(ids.length)
      return res.text
    }
    case 'export':
      return (await http.raw('GET', `export/${field.collection}?format=csv&${where}`, token)).text()
  }
}

describe('role × scope × private field × route', () => {
  it('each private field is shown exactly to those who look after its document, on every route', async () => {
    const wrong: string[] = []
    for (const field of PRIVATE_FIELDS) {
      const ids = {} as Record<Scope, number>
      for (const scope of SCOPES) ids[scope] = await plant(field, scope, secretOf(field, scope))
      const all = SCOPES.map((scope) => ids[scope])
      for (const role of ROLES) {
        const token = tokenOf(role)
        for (const route of FIELD_ROUTES) {
          // A find returns all three documents at once; findByID asks for each in turn.
          const answers = route === 'REST findByID' ? null : await readThrough(route, field, all, ids.c1, token)
          for (const scope of SCOPES) {
            const text = answers ?? (await readThrough(route, field, all, ids[scope], token))
            const shown = text.includes(secretOf(field, scope))
            const should = (field.readers[role] ?? []).includes(scope)
            if (shown !== should) {
              wrong.push(`${role} ${route} ${field.collection}.${field.name} ${scope}: ${shown ? 'shown' : 'hidden'}`)
            }
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
