import type { RichTextAdapterProvider } from 'payload'
import { deepMergeSimple } from 'payload/shared'
import { adminTranslations } from './translations'

/**
 * The rich-text editor with the admin's texts. The editor merges its features' own texts
 * (e.g. "Quy tắc ngang", word for word "rule, horizontal") into the config's translations over
 * whatever the config says, so the admin's are merged again after it.
 */
export const withAdminTranslations =
  <Value extends object, AdapterProps, Extra>(
    editor: RichTextAdapterProvider<Value, AdapterProps, Extra>,
  ): RichTextAdapterProvider<Value, AdapterProps, Extra> =>
  async (args) => {
    const adapter = await editor(args)
    args.config.i18n.translations = deepMergeSimple(args.config.i18n.translations, adminTranslations)
    return adapter
  }
