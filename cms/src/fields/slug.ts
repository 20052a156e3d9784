import type { CollectionSlug, Field, FieldHook, TextFieldSingleValidation } from 'payload'
import { SLUG_PATTERN, slugify } from '../domain'
import { inUserLanguage } from './message'

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    // A localized source arrives as a string for the locale being saved.
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }

const validateSlug: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
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
  if (!collectionSlug) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where:
      id === undefined
        ? { slug: { equals: value } }
        : { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const other = clash.docs[0] as { title?: unknown } | undefined
  if (other) {
    const title = typeof other.title === 'string' ? ` ("${other.title}")` : ''
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
  // Presence is checked by validateSlug after the hook has filled it from the title.
  validate: validateSlug,
  hooks: { beforeValidate: [fillFromTitle(sourceField)] },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tự tạo từ tiêu đề tiếng Việt nếu để trống. Đường dẫn mã QR không phụ thuộc vào slug.',
      en: 'Generated from the Vietnamese title when left empty. QR links do not depend on it.',
    },
  },
})
