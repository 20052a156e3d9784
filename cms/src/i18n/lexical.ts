import type { SanitizedConfig } from 'payload'
import { deepMergeSimple } from 'payload/shared'
import { adminTranslations } from './translations'

type EditorProvider = (args: {
  config: SanitizedConfig
  isRoot?: boolean
  parentIsLocalized: boolean
}) => Promise<unknown>

/**
 * The rich-text editor with the admin's texts. The editor merges its features' own texts
 * (e.g. "Quy tắc ngang", word for word "rule, horizontal") into the config's translations over
 * whatever the config says, so the admin's are merged again after it.
 */
export const withAdminTranslations = <T extends EditorProvider>(editor: T): T =>
  (async (args: Parameters<T>[0]) => {
    const adapter = await editor(args)
    args.config.i18n.translations = deepMergeSimple(args.config.i18n.translations, adminTranslations)
    return adapter
  }) as T
