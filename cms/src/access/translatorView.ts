import type { UserRole } from '@heritage/contract'
import type { ClientField, Field } from 'payload'
import { recordOr } from '../shared/guards'

/**
 * What a translator sees in the editor (the rule itself is ./translator.ts, on the server): in a
 * language it may translate, the texts of that language stay editable and everything every
 * language shares is read-only, lists included (no row added, removed, moved or duplicated).
 * Vietnamese and the languages it may not write are read-only whole already: the document's
 * update permission is refused there (withTranslators), so Payload renders the form read-only.
 *
 * Payload offers field-level `access.update` for "read-only for some accounts", but a field it
 * refuses is silently left out of a save instead of refused, which would turn the translator's
 * clear refusal (translatorChanges) into a save that quietly lost a change; and a list whose
 * texts are translated must keep its rows editable while refusing new ones. So the editor is
 * told instead: the entry's top-level fields are drawn by TranslatorField (components/), which
 * marks the shared fields read-only in the field configuration it hands to Payload's own field
 * components, for a translator only. Every other account gets Payload's components unchanged.
 */

/** A translator and nothing more (a translator who is also staff keeps the staff rights). */
export const translatorOnly = (roles: readonly UserRole[] | null | undefined): boolean =>
  Boolean(roles?.includes('translator')) &&
  !roles?.some((role) => role === 'admin' || role === 'editor' || role === 'contributor' || role === 'producer')

/** The field types TranslatorField draws with Payload's own component (see FIELD_COMPONENTS there). */
export const DRAWN_TYPES = [
  'array',
  'checkbox',
  'date',
  'email',
  'group',
  'json',
  'number',
  'point',
  'relationship',
  'select',
  'text',
  'textarea',
  'upload',
] as const
export type DrawnType = (typeof DRAWN_TYPES)[number]

const drawn = (type: string): type is DrawnType => DRAWN_TYPES.some((drawnType) => drawnType === type)

const localized = (field: ClientField | Field) => 'localized' in field && field.localized === true

/**
 * An entry's fields as TranslatorField draws them: each field that holds a value and is shared by
 * every language, at the top or inside tabs, rows and collapsibles (Payload draws a component of
 * our own only for a field that holds a value). A text of one language, a field with a component
 * of its own (a panel, the review banner) and a hidden or read-only one are left as they are.
 */
export function withTranslatorView(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTranslatorView(tab.fields) })) }
    }
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: withTranslatorView(field.fields) }
    const admin = recordOr(field.admin)
    const components = recordOr(admin.components)
    if (
      !drawn(field.type) ||
      localized(field) ||
      admin.hidden === true ||
      admin.readOnly === true ||
      components.Field
    ) {
      return field
    }
    return Object.assign({}, field, {
      admin: { ...field.admin, components: { ...components, Field: '/components/TranslatorField#TranslatorField' } },
    })
  })
}

const inner = (field: ClientField): ClientField[] =>
  field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field ? field.fields : []

/** Whether a field holds, or has under it, text of one language. */
const translatable = (field: ClientField): boolean => localized(field) || inner(field).some(translatable)

const withReadOnly = <F extends ClientField>(field: F, readOnly: boolean): F => ({
  ...field,
  admin: { ...field.admin, readOnly },
})

/**
 * A field as a translator sees it in a language it translates. Payload's own rules do the rest
 * (forms/RenderFields): a read-only field makes everything under it read-only, unless a field
 * says `readOnly: false`, which the texts inside a read-only list say.
 *
 * - a text of one language: editable (unless it is read-only for everyone);
 * - a shared value (a date, a place, a relationship, an upload, a list of shared values): read-only;
 * - a list (array) with texts in its rows: read-only, so its rows cannot be added, removed,
 *   moved or duplicated, while the texts in them stay editable;
 * - a group, row, collapsible or tabs with texts inside: each field inside as above.
 */
export function forTranslator(field: ClientField): ClientField {
  if (field.type === 'ui' || field.admin?.hidden) return field
  if (localized(field)) return field.admin?.readOnly ? field : withReadOnly(field, false)
  if (!translatable(field)) return withReadOnly(field, true)
  switch (field.type) {
    case 'array':
      return { ...withReadOnly(field, true), fields: field.fields.map(forTranslator) }
    case 'group':
    case 'row':
    case 'collapsible':
      return { ...field, fields: field.fields.map(forTranslator) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(forTranslator) })) }
    default:
      return withReadOnly(field, true)
  }
}
