'use client'
import { useAuth } from '@payloadcms/ui'
import { translatorOnly } from '../access/translatorView'
import type { User } from '../payload-types'

/**
 * Above an entry list: for a translator, the selection's bulk actions (edit many, publish,
 * unpublish) are hidden, as in its editor (../access/translatorView.ts). Payload decides whether
 * to show them from the collection's configuration, not per account; the server refuses them
 * anyway (../access/translator.ts).
 */
export function TranslatorListActions() {
  const { user } = useAuth<User>()
  if (!translatorOnly(user?.roles)) return null
  return <style>{'.list-selection__actions { display: none; }'}</style>
}
