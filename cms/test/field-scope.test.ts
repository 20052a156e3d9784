/**
 * Issue 15, item 5: a commune contributor read other communes' producers' contact details and
 * relics' and batches' internal notes (REST and the producers export): the field rules checked
 * the role, not the scope. access-matrix.test.ts checks every role × scope × private field on
 * REST find, findByID, GraphQL and the export; this file makes the issue's attack as reported and
 * the routes around it: a `select` that leaves out the commune, relationships populated into
 * another document, version history, the import preview, and the create form.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { planImport } from '../src/import/plan'
import { readWorkbook } from '../src/import/workbook'
import type { User } from '../src/payload-types'
import { arrange, signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let contributorToken = ''
let contributor: User
const own = {} as Record<'commune' | 'producer' | 'product' | 'relic' | 'batch', number>
const other = {} as Record<'commune' | 'producer' | 'product' | 'relic' | 'batch', number>

const SECRETS = {
  ownPhone: '0900 111 111',
  otherPhone: '0900 222 222',
  ownNote: 'GHI-CHU-XA-MINH',
  otherNote: 'GHI-CHU-XA-KHAC',
  otherProductNote: 'GHI-CHU-SAN-PHAM-XA-KHAC',
  otherBatchNote: 'GHI-CHU-LO-XA-KHAC',
}

async function place(
  into: typeof own,
  name: string,
  phone: string,
  note: string,
  productNote: string,
  batchNote: string,
) {
  /** Publishes one document of the place with its private note; returns its id. */
  const published = async (
    collection: 'producers' | 'ocop-products' | 'relics' | 'batches',
    internalNotes: string,
    data: Record<string, unknown>,
  ) => (await arrange(payload)(collection, { ...data, internalNotes, _status: 'published' })).id
  const { commune } = into
  const contact = { person: `Ông ${name}`, phone }
  into.producer = await published('producers', note, { title: `HTX ${name}`, kind: 'cooperative', commune, contact })
  const product = { title: `Gốm ${name}`, group: 'handicrafts', producer: into.producer, commune }
  into.product = await published('ocop-products', productNote, product)
  const relic = { title: `Đình ${name}`, rank: 'provincial', types: ['historical'], commune }
  into.relic = await published('relics', note, relic)
  const batch = { lotCode: `LO-${commune}`, product: into.product, productionDate: '2026-03-01T00:00:00.000Z' }
  into.batch = await published('batches', batchNote, batch)
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const { communes } = await makeProvince(payload, 'Tỉnh Phạm Vi', ['Xã Của Mình', 'Xã Bên Cạnh'])
  ;[own.commune = 0, other.commune = 0] = communes
  await place(own, 'Mình', SECRETS.ownPhone, SECRETS.ownNote, 'GHI-CHU-SAN-PHAM-MINH', 'GHI-CHU-LO-MINH')
  await place(
    other,
    'Bên Cạnh',
    SECRETS.otherPhone,
    SECRETS.otherNote,
    SECRETS.otherProductNote,
    SECRETS.otherBatchNote,
  )
  // The first account of an installation is its administrator.
  const accounts = await signInAccounts(payload, http, 'phamvi.vn', {
    admin: { roles: ['admin'] },
    contributor: { roles: ['contributor'], communes: [own.commune] },
  })
  contributor = accounts.users.contributor
  contributorToken = accounts.tokens.contributor
})

const hiddenSecrets = [SECRETS.otherPhone, SECRETS.otherNote, SECRETS.otherProductNote, SECRETS.otherBatchNote]
const expectNoOtherSecrets = (text: string, route: string) => {
  for (const secret of hiddenSecrets) expect(text, `${route} showed ${secret}`).not.toContain(secret)
}

describe("a commune contributor and other communes' private fields", () => {
  it('the attack as reported: REST lists and the producers export show the other commune’s entries without contacts or notes', async () => {
    const producers = await http.rest('GET', 'producers?limit=100&depth=0', { token: contributorToken })
    const titles = producers.json.docs.map((d: { title: string }) => d.title)
    // The published entry itself stays readable: only its private fields are withheld.
    expect(titles).toEqual(expect.arrayContaining(['HTX Mình', 'HTX Bên Cạnh']))
    expect(producers.text).toContain(SECRETS.ownPhone)
    expectNoOtherSecrets(producers.text, 'REST producers')
    const relics = await http.rest('GET', 'relics?limit=100&depth=0', { token: contributorToken })
    expect(relics.text).toContain(SECRETS.ownNote)
    expectNoOtherSecrets(relics.text, 'REST relics')
    const batches = await http.rest('GET', 'batches?limit=100&depth=0', { token: contributorToken })
    expect(batches.json.docs.length).toBeGreaterThanOrEqual(2)
    expectNoOtherSecrets(batches.text, 'REST batches')
    for (const format of ['csv', 'xlsx']) {
      const res = await http.raw('GET', `export/producers?format=${format}`, contributorToken)
      expect(res.status).toBe(200)
      const bytes = Buffer.from(await res.arrayBuffer())
      const text = format === 'csv' ? bytes.toString('utf8') : await xlsxText(bytes)
      expect(text).toContain('HTX Bên Cạnh')
      expect(text).toContain(SECRETS.ownPhone)
      expectNoOtherSecrets(text, `export ${format}`)
    }
  })

  it('a select that leaves out the commune does not open the field', async () => {
    const res = await http.rest(
      'GET',
      `relics?where[id][in][0]=${own.relic}&where[id][in][1]=${other.relic}&select[internalNotes]=true&select[title]=true`,
      { token: contributorToken },
    )
    expect(res.json.docs).toHaveLength(2)
    expect(res.text).toContain(SECRETS.ownNote)
    expectNoOtherSecrets(res.text, 'REST select')
    const contact = await http.rest('GET', `producers/${other.producer}?select[contact]=true`, {
      token: contributorToken,
    })
    expect(contact.status).toBe(200)
    expectNoOtherSecrets(contact.text, 'REST findByID select')
  })

  it('relationships populated into another document keep their own rules (depth)', async () => {
    const batch = await http.rest('GET', `batches/${other.batch}?depth=2`, { token: contributorToken })
    expect(batch.status).toBe(200)
    expect(batch.json.product.producer.title).toBe('HTX Bên Cạnh')
    expectNoOtherSecrets(batch.text, 'batch with product and producer')
    const products = await http.gql(
      `{ OcopProducts(limit: 100) { docs { title internalNotes producer { title internalNotes contact { phone } } } } }`,
      contributorToken,
    )
    expect(products.json.errors).toBeUndefined()
    expect(products.text).toContain(SECRETS.ownPhone)
    expectNoOtherSecrets(products.text, 'GraphQL products with producers')
  })

  it('the import preview does not confirm a guessed phone number of another commune’s producer', async () => {
    const preview = async (phone: string) =>
      planImport(payload, {
        kind: 'producers',
        user: contributor,
        workbook: await readWorkbook(
          new TextEncoder().encode(
            ['Tên chủ thể,Loại hình chủ thể,Điện thoại', `HTX Bên Cạnh,HTX,${phone}`].join('\n'),
          ),
          'chu-the.csv',
        ),
      })
    const right = await preview(SECRETS.otherPhone)
    const wrong = await preview('0900 999 999')
    const summary = (plan: Awaited<ReturnType<typeof preview>>) =>
      plan.rows.map((row) => ({ action: row.action, changes: row.changes, issues: row.issues.length }))
    expect(summary(right)).toEqual(summary(wrong))
    expect(JSON.stringify(right)).not.toContain(SECRETS.otherPhone.replace(/ /g, ''))
    // The same guess about its own producer is answered: it may read that number.
    const ownRow = await planImport(payload, {
      kind: 'producers',
      user: contributor,
      workbook: await readWorkbook(
        new TextEncoder().encode(
          ['Tên chủ thể,Loại hình chủ thể,Điện thoại', `HTX Mình,HTX,${SECRETS.ownPhone}`].join('\n'),
        ),
        'chu-the.csv',
      ),
    })
    expect(ownRow.rows[0]?.changes ?? []).not.toContain('Điện thoại')
  })

  it('on a new entry (no document yet) staff still see and fill the private fields', async () => {
    const res = await http.rest('POST', 'relics?draft=true', {
      body: {
        title: 'Đình Mới',
        rank: 'provincial',
        types: ['historical'],
        commune: own.commune,
        internalNotes: 'mới',
      },
      token: contributorToken,
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.internalNotes).toBe('mới')
    const access = await http.rest('GET', 'access', { token: contributorToken })
    // Payload sends `true` for a field every operation of which is allowed.
    const permission = access.json.collections.relics.fields.internalNotes
    expect(permission === true || permission?.read?.permission === true, JSON.stringify(permission)).toBe(true)
  })
})

async function xlsxText(bytes: Buffer): Promise<string> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  const cells: string[] = []
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value ?? ''))
      })
    })
  })
  return cells.join('\n')
}
