import { audioDuration } from '@heritage/media-tools/audioDuration'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An audio guide's duration is measured from the file itself whenever a file is uploaded or
 * replaced (issue 17, item 11), so the public player shows it before anyone presses play and
 * officers need not type it. A value the officer typed in the same save wins; a file that does
 * not tell its length leaves the field empty rather than keeping the old file's duration. The
 * bytes measured are the stored ones (checkUpload has already removed the tags).
 */
export const measureDuration: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
  const bytes = req.file?.data
  if (!bytes) return data
  const sent = data.durationSeconds
  const before = operation === 'update' ? originalDoc?.durationSeconds : undefined
  const typed = typeof sent === 'number' && sent !== before
  if (!typed) data.durationSeconds = audioDuration(bytes) ?? null
  return data
}
