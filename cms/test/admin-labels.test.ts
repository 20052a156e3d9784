/**
 * Every field an officer sees has a Vietnamese label of its own (issue 17, item 6). Payload makes
 * a label out of a field's name when it has none, in English words: an array of "testReports"
 * showed its rows as "Test Report 01" and its button as "Thêm: Test Report", a "gps" field was a
 * "Gps" column. This walks the built config: each shown field, tab and array row says what it is
 * in Vietnamese.
 */
import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { bootPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

/** Payload's own label for a field without one: its name in words ("testReports" → "Test Reports"). */
const fromName = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (first) => first.toUpperCase())
    .replace(/ (.)/g, (_, next: string) => ` ${next.toUpperCase()}`)

const vietnamese = (label: unknown): string | undefined => {
  if (label && typeof label === 'object' && 'vi' in label && typeof label.vi === 'string') return label.vi
  return undefined
}

/** The fields a person meets in a collection's forms and list pickers, with where they are. */
function unlabelled(fields: Field[], where: string): string[] {
  return fields.flatMap((field): string[] => {
    const name = 'name' in field ? field.name : undefined
    const at = `${where}.${name ?? field.type}`
    const hidden =
      Boolean('hidden' in field && field.hidden) ||
      Boolean(field.admin && 'hidden' in field.admin && field.admin.hidden) ||
      Boolean(field.admin && 'disabled' in field.admin && field.admin.disabled)
    const problems: string[] = []
    // Fields with a value (ui fields, which only draw a component, are checked in the browser).
    if (name && !hidden && !name.startsWith('_') && field.type !== 'join' && field.type !== 'ui') {
      const label = 'label' in field ? field.label : undefined
      const vi = vietnamese(label)
      if (label !== false && (!vi || vi === fromName(name))) problems.push(`${at}: no Vietnamese label`)
    }
    if (field.type === 'array' && !hidden && !vietnamese(field.labels?.singular))
      problems.push(`${at}: rows have no Vietnamese name (labels.singular)`)
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        if (!vietnamese(tab.label)) problems.push(`${at}.${'name' in tab ? tab.name : 'tab'}: no Vietnamese label`)
        problems.push(...unlabelled(tab.fields, at))
      }
    if ('fields' in field && !hidden) problems.push(...unlabelled(field.fields, at))
    return problems
  })
}

/** Fields Payload adds itself, with labels from its translations (./../src/i18n/translations.ts). */
const PAYLOAD_OWN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  '_status',
  'email',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
])

describe('admin labels', () => {
  it('every field, tab and array row a person sees is named in Vietnamese', () => {
    const problems = [
      ...payload.config.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .flatMap((collection) =>
          unlabelled(
            collection.fields.filter((field) => !('name' in field) || !PAYLOAD_OWN.has(field.name)),
            collection.slug,
          ),
        ),
      ...payload.config.globals.flatMap((global) => unlabelled(global.fields, global.slug)),
    ]
    expect(problems).toEqual([])
  })
})
