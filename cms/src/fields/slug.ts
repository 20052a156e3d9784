import { SLUG_PATTERN, slugify } from '@heritage/contract'
import type { Field, FieldHook, TextFieldSingleValidation } from 'payload'
import { isCollectionSlug } from '../shared/collections'
import { recordOr } from '../shared/guards'
import { inUserLanguage } from './message'

const filled = (text: unknown): text is string => typeof text === 'string' && text.trim() !== ''

/** The slug a save stores: the typed one cleaned, else the title's (diacritics and đ folded). */
const slugOf = (typed: unknown, source: unknown): string | undefined => {
  if (filled(typed)) return slugify(typed)
  return filled(source) ? slugify(source) : undefined
}

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) =>
    // A localized source arrives as a string for the locale being saved.
    slugOf(value, data?.[sourceField] ?? originalDoc?.[sourceField]) ?? value

/**
 * Saves fill the slug from the title before validating (fillFromTitle), but the admin also
 * validates its form state after a refused save, without field hooks: an empty slug was then
 * marked missing although its help says it is generated, and the next save was blocked until
 * one was typed (issue 17). So the slug is checked as the one the save will store.
 */
const validateSlug =
  (sourceField: string): TextFieldSingleValidation =>
  async (typed, { req, id, collectionSlug, data }) => {
    const value = slugOf(typed, recordOr(data)[sourceField])
    if (!value) {
      return inUserLanguage(req, {
        vi: 'Cần có đường dẫn (slug). Hãy nhập tiêu đề tiếng Việt để hệ thống tự tạo, hoặc tự nhập.',
        en: 'A slug is required. Enter a Vietnamese title to generate one, or type it yourself.',
      })
    }
    if (!SLUG_PATTERN.test(value)) {
      return inUserLanguage(req, {
        vi: `Đường dẫn "${value}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: den-phu-dong).`,
        en: `Slug "${value}" may contain only lowercase letters without diacritics, digits and hyphens (e.g. den-phu-dong).`,
      })
    }
    if (!collectionSlug || !isCollectionSlug(req.payload.config, collectionSlug)) return true
    const clash = await req.payload.find({
      collection: collectionSlug,
      where:
        id === undefined
          ? { slug: { equals: value } }
          : { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] },
      depth: 0,
      limit: 1,
      draft: true,
      overrideAccess: true,
      pagination: false,
      // Whether one exists, and its title for the message: not the whole entry in every language
      // (about a third of the time, on each save: bench/RESULTS.md, issue 21).
      select: { title: true },
      req,
    })
    const other = clash.docs[0]
    if (other) {
      const named = recordOr(other).title
      const title = typeof named === 'string' ? ` ("${named}")` : ''
      return inUserLanguage(req, {
        vi: `Đường dẫn "${value}" đã được dùng cho một mục khác${title}. Hãy chọn đường dẫn khác, ví dụ thêm tên xã: ${value}-ten-xa.`,
        en: `Slug "${value}" is already used by another entry${title}. Choose another, e.g. add the commune: ${value}-commune.`,
      })
    }
    return true
  }

/** URL slug generated from the Vietnamese title (diacritics folded), unique in its collection. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  unique: true,
  index: true,
  // Presence is checked by validateSlug on the slug the title gives when none is typed.
  validate: validateSlug(sourceField),
  hooks: { beforeValidate: [fillFromTitle(sourceField)] },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tự tạo từ tiêu đề tiếng Việt nếu để trống. Đường dẫn mã QR không phụ thuộc vào slug.',
      en: 'Generated from the Vietnamese title when left empty. QR links do not depend on it.',
    },
  },
})
