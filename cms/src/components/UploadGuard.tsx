'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'
import { missingBeforeUpload, REQUIRED_BEFORE_UPLOAD } from '../media/required'
import { recordOr } from '../shared/guards'

/**
 * The admin's other upload path: files dropped on a gallery, or "Tạo mới" there, open Payload's
 * bulk-upload drawer, whose Save sends every file at once with no check in the browser and no way
 * to add one. This provider answers such a request itself, before anything is sent, when a file
 * goes to a media collection without its required description: with the answer the server would
 * give (the project's message on the field), which the drawer shows on that file's field. Every
 * other request passes through untouched. The edit form's own Save checks first
 * (UploadSaveButton), so there this is never reached.
 */
export function UploadGuard({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const api = config.routes.api
  const language = i18n.language
  useEffect(() => {
    const original = window.fetch
    const guarded: typeof fetch = (input, init) =>
      refusedBeforeSending(input, init, api, language) ?? original(input, init)
    window.fetch = guarded
    return () => {
      if (window.fetch === guarded) window.fetch = original
    }
  }, [api, language])
  return children
}

function refusedBeforeSending(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  api: string,
  language: string,
): Promise<Response> | undefined {
  if ((init?.method ?? 'GET').toUpperCase() !== 'POST' || !(init?.body instanceof FormData)) return undefined
  const body = init.body
  if (!(body.get('file') instanceof Blob)) return undefined
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
  if (url.origin !== window.location.origin) return undefined
  const slug = url.pathname.startsWith(`${api}/`) ? url.pathname.slice(api.length + 1) : ''
  if (!Object.hasOwn(REQUIRED_BEFORE_UPLOAD, slug)) return undefined
  let data: Record<string, unknown> = {}
  try {
    data = recordOr(JSON.parse(String(body.get('_payload') ?? '{}')))
  } catch {
    return undefined
  }
  const missing = missingBeforeUpload(slug, (field) => data[field])
  if (!missing) return undefined
  const message = language === 'en' ? missing.message.en : missing.message.vi
  const errors = [
    { name: 'ValidationError', message, data: { collection: slug, errors: [{ path: missing.field, message }] } },
  ]
  return Promise.resolve(Response.json({ errors }, { status: 400 }))
}
