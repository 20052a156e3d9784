import type { ArrayField, Field } from 'payload'
import { requiredInVietnamese } from './content'

/** Payload's one-and-many labels: one Vietnamese word, as Vietnamese nouns have no plural; English one and many. */
export const nounLabels = (vi: string, en: readonly [one: string, many: string]) => ({
  singular: { vi, en: en[0] },
  plural: { vi, en: en[1] },
})

/** A list (Payload's array field) whose rows the admin calls `rowVi` / `rowEn` ("Thêm Nghề", "Add Craft"). */
export const listField = (
  name: string,
  rowVi: string,
  rowEn: readonly [one: string, many: string],
  field: Omit<ArrayField, 'name' | 'type' | 'labels'>,
): Field => ({ name, type: 'array', labels: nounLabels(rowVi, rowEn), ...field })

/**
 * A text every row of a list has (a craft, a community, a material). Required in Vietnamese, the
 * language of record, as titles are; another language may leave it empty (the public site then
 * shows the Vietnamese), so that a translation can be saved before every row is translated.
 * Payload's `required` would demand it in every language.
 */
export const rowText = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'text',
  localized: true,
  label,
  validate: requiredInVietnamese({
    vi: `Chưa có “${label.vi}” bằng tiếng Việt. Hãy nhập trước khi lưu, hoặc xóa dòng này.`,
    en: `“${label.en}” is missing in Vietnamese. Enter it before saving, or remove this row.`,
  }),
})

/** The crafts an artisan or a craft village practises, a name each. */
export const craftsField = (
  nameLabel: { vi: string; en: string },
  more: Pick<ArrayField, 'required' | 'minRows'> = {},
): Field =>
  listField('crafts', 'Nghề', ['Craft', 'Crafts'], {
    ...more,
    label: { vi: 'Nghề', en: 'Crafts' },
    fields: [rowText('name', nameLabel)],
  })
