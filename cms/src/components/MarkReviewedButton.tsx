'use client'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { refusalMessage } from '../access/refusalMessage'
import { fill, langOf, wordsIn } from '../i18n/words'

/** An editor's "Duyệt bản KO": marks the entry's translation into that language reviewed. */
export function MarkReviewedButton({ kind, id, locale }: { kind: string; id: string; locale: string }) {
  const { i18n } = useTranslation()
  const words = wordsIn(langOf(i18n.language)).translations
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const label = locale.toUpperCase()
  const mark = async () => {
    setBusy(true)
    try {
      const response = await fetch(`/api/translations/${kind}/${id}/reviewed?locale=${encodeURIComponent(locale)}`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) toast.error(refusalMessage(await response.json().catch(() => null), response.status))
      else {
        toast.success(fill(words.marked, { locale: label }))
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={mark} margin={false}>
      {fill(words.markReviewed, { locale: label })}
    </Button>
  )
}
