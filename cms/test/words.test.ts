import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS } from '../src/audit/log'
import { bilingual, fill, labelled, langOf, wordsIn } from '../src/i18n/words'
import { REVIEW_STATES, reviewStateLabel } from '../src/workflow/states'

/** Every text of a section tree, by its path ("dashboard.lists.review.title"). */
const textsOf = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value ?? {}).flatMap(([key, inner]) => textsOf(inner, path ? `${path}.${key}` : key))

describe("the admin's words", () => {
  it('English has every text Vietnamese has, none empty, with the same placeholders', () => {
    const vi = textsOf(wordsIn('vi'))
    const en = new Map(textsOf(wordsIn('en')))
    expect([...en.keys()]).toEqual(vi.map(([path]) => path))
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()
    for (const [path, text] of vi) {
      expect(text.trim(), path).not.toBe('')
      expect(placeholders(en.get(path) ?? ''), path).toEqual(placeholders(text))
    }
  })
  it('fill puts values in their placeholders and keeps those without one', () => {
    expect(fill('bấm “{submit}” rồi “{publish}”', { submit: 'Gửi duyệt' })).toBe('bấm “Gửi duyệt” rồi “{publish}”')
  })
  it('langOf reads Payload’s language, Vietnamese unless English', () => {
    expect(langOf('en')).toBe('en')
    expect(langOf('vi')).toBe('vi')
    expect(langOf(undefined)).toBe('vi')
  })
  it('bilingual and labelled give the shapes Payload takes', () => {
    expect(bilingual((w) => w.actions.submit)).toEqual({ vi: 'Gửi duyệt', en: 'Submit for review' })
    expect(labelled(['draft'], (w, state) => w.reviewStates[state])).toEqual([
      { value: 'draft', label: { vi: 'Đang soạn', en: 'Draft' } },
    ])
    expect(REVIEW_STATES.map((s) => s.value)).toEqual(['draft', 'submitted', 'returned', 'published'])
    expect(AUDIT_ACTIONS.find((a) => a.value === 'return')?.label).toEqual({
      vi: 'Trả lại kèm nhận xét',
      en: 'Returned with a comment',
    })
    expect(reviewStateLabel('nonsense', 'en')).toBe('Draft')
  })
})
