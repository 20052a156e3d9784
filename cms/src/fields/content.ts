import type { Field, TextFieldSingleValidation } from 'payload'
import { type Bilingual, inUserLanguage } from './message'

/**
 * Vietnamese is the language of record: a text required in Vietnamese (a title, the name of a
 * list's row), which other locales may leave empty to fall back, so that a translation can be saved
 * before it is complete. Payload's `required` would demand it in every locale, hence the rule.
 */
export const requiredInVietnamese =
  (missing: Bilingual): TextFieldSingleValidation =>
  (value, { req, operation }) => {
    if (typeof value === 'string' && value.trim() !== '') return true
    if (operation === 'update' && req.locale && req.locale !== 'vi') return true
    return inUserLanguage(req, missing)
  }

const validateTitle = requiredInVietnamese({
  vi: 'Chưa có tiêu đề tiếng Việt. Hãy nhập tên chính thức bằng tiếng Việt có dấu trước khi lưu.',
  en: 'The Vietnamese title is missing. Enter the official name in Vietnamese before saving.',
})

/** Title, summary and body: what every public entry has, in every language. */
export const contentFields = (titleLabel = { vi: 'Tên', en: 'Name' }): Field[] => [
  {
    name: 'title',
    type: 'text',
    label: titleLabel,
    localized: true,
    index: true,
    validate: validateTitle,
    admin: {
      description: {
        vi: 'Bắt buộc bằng tiếng Việt; bản tiếng Anh để trống sẽ hiển thị tên tiếng Việt.',
        en: 'Required in Vietnamese; an empty English title falls back to the Vietnamese one.',
      },
    },
  },
  {
    name: 'summary',
    type: 'textarea',
    label: { vi: 'Tóm tắt', en: 'Summary' },
    localized: true,
    maxLength: 400,
    admin: {
      description: {
        vi: 'Một hai câu cho trang danh sách, bản đồ và mạng xã hội (tối đa 400 ký tự).',
        en: 'One or two sentences for listings, the map and social previews (max. 400 characters).',
      },
    },
  },
  { name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' }, localized: true },
]
