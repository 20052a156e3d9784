/**
 * The demo's translations beyond Vietnamese and English (./content/translations, one file a
 * locale): an entry's title, summary, body and the texts of its list rows, written in that locale
 * only. Once: an entry whose title already exists in the locale is left as it is (an editor may
 * have changed it since), so a second run writes nothing.
 */
import { STANDALONE_KINDS, type TranslationLocale } from '@heritage/contract'
import { type EntrySlug, fieldOf, findSeeded, SEED_CONTEXT, type SeedContext } from './engine'
import { looseApi } from './localApi'
import { paragraphs } from './richText'

/** Texts of list rows: one object a stored row, in stored order (`{}` for a row left untranslated). */
export type ListTexts = readonly Readonly<Record<string, string>>[]

export interface EntryTranslation {
  title: string
  summary: string
  /** Paragraphs. */
  body?: readonly string[]
  /** By list name (`sites`, `crafts`, `communities`, `stops`…). */
  lists?: Readonly<Record<string, ListTexts>>
}

/** One locale's translations: by collection, then by the entry's slug. */
export type DemoTranslations = { readonly [S in EntrySlug]?: Readonly<Record<string, EntryTranslation>> }

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * The stored rows of each translated list, every one with its id (Payload keeps a row's other
 * locales and its shared fields only for rows sent with their ids) and its texts in the locale.
 */
function listData(doc: object, lists: EntryTranslation['lists']): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [name, texts] of Object.entries(lists ?? {})) {
    const stored = fieldOf(doc, name)
    if (!Array.isArray(stored)) continue
    data[name] = stored.map((row: unknown, i) => ({ id: fieldOf(row, 'id'), ...texts[i] }))
  }
  return data
}

/** Writes one locale's translations of the demo entries that do not have that locale yet. */
export async function seedTranslations(
  ctx: SeedContext,
  locale: TranslationLocale,
  table: DemoTranslations,
): Promise<void> {
  const { payload } = ctx
  const api = looseApi(payload)
  for (const collection of STANDALONE_KINDS) {
    for (const [slug, translation] of Object.entries(table[collection] ?? {})) {
      const { docs } = await findSeeded(payload, collection, { slug: { equals: slug } }, locale)
      const doc = docs[0]
      if (!doc)
        throw new Error(`The ${locale} demo translation names ${collection}/${slug}, which the seed did not make.`)
      if (hasText(doc.title)) continue
      const draft = doc._status === 'draft'
      await api.update({
        collection,
        id: doc.id,
        data: {
          title: translation.title,
          summary: translation.summary,
          ...(translation.body ? { body: paragraphs(translation.body) } : {}),
          ...listData(doc, translation.lists),
          _status: draft ? 'draft' : 'published',
        },
        locale,
        draft,
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
      ctx.log(`~ ${collection}: ${slug} (${locale} added)`)
    }
  }
}
