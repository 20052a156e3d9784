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

interface PrivateField {
  collection: CollectionSlug
  /** Plural name in GraphQL, and the selection that asks for the field. */
  graphql: [string, string]
  name: string
  readers: Partial<Record<Role, readonly Scope[]>>
  /** Writes the secret into the scope's published document; returns the document's id. */
  plant: (scope: Scope, secret: string) => Promise<number>
}

const secretOf = (field: PrivateField, scope: Scope) => `BI-MAT-${field.collection}-${field.name}-${scope}`

/** A private value put straight into the stored document (review comments are cleared on publish). */
const storeDirectly = async (collection: CollectionSlug, id: number, data: Record<string, unknown>) => {
  await payload.db.updateOne({ collection, id, data })
  return id
}

const publishedIn = async (collection: CollectionSlug, scope: Scope, data: Record<string, unknown>) =>
  (await create(collection, { ...body(collection, scope), ...data, _status: 'published' })).id

const PRIVATE_FIELDS: PrivateField[] = [
  {
    collection: 'relics',
    graphql: ['Relics', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => publishedIn('relics', scope, { internalNotes: secret }),
  },
  {
    collection: 'relics',
    graphql: ['Relics', 'review { comment }'],
    name: 'review.comment',
    readers: STAFF_IN_SCOPE,
    plant: async (scope, secret) =>
      storeDirectly('relics', await publishedIn('relics', scope, {}), {
        review: { state: 'published', comment: secret },
      }),
  },
  {
    collection: 'artisans',
    graphql: ['Artisans', 'contactPhone'],
    name: 'contactPhone',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => publishedIn('artisans', scope, { contactPhone: secret }),
  },
  {
    collection: 'producers',
    graphql: ['Producers', 'contact { phone }'],
    name: 'contact.phone',
    readers: STAFF_OR_OWNER,
    // The producer account's own record is c1's.
    plant: (scope, secret) => storeDirectly('producers', producers[scope], { contact: { phone: secret } }),
  },
  {
    collection: 'producers',
    graphql: ['Producers', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => storeDirectly('producers', producers[scope], { internalNotes: secret }),
  },
  {
    collection: 'ocop-products',
    graphql: ['OcopProducts', 'review { comment }'],
    name: 'review.comment',
    readers: STAFF_OR_OWNER,
    plant: (scope, secret) =>
      storeDirectly('ocop-products', products[scope], { review: { state: 'published', comment: secret } }),
  },
  {
    collection: 'ocop-products',
    graphql: ['OcopProducts', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => storeDirectly('ocop-products', products[scope], { internalNotes: secret }),
  },
  {
    collection: 'batches',
    graphql: ['Batches', 'internalNotes'],
    name: 'internalNotes',
    readers: BATCH_STAFF,
    plant: (scope, secret) => publishedIn('batches', scope, { internalNotes: secret }),
  },
]

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
      const [name, selection] = field.graphql
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
      for (const scope of SCOPES) ids[scope] = await field.plant(scope, secretOf(field, scope))
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
