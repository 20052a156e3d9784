import { isMediaError } from '@heritage/media-tools/errors'
import { type PayloadRequest, ValidationError } from 'payload'
import { inUserLanguage } from '../fields/message'

/**
 * Turns a media-tools refusal into the validation error Payload shows on the upload field: the
 * officer reads what was wrong and what to do, and nothing is stored.
 */
export function asUploadError(error: unknown, req: PayloadRequest, collection: string): unknown {
  if (isMediaError(error)) {
    const message = inUserLanguage(req, { vi: error.messageVi, en: error.message })
    // Named in words in the refusal's heading ("Trường sau chưa hợp lệ: Tệp"), not by its path.
    const label = inUserLanguage(req, { vi: 'Tệp', en: 'File' })
    return new ValidationError({ collection, errors: [{ path: 'file', label, message }] }, req.t)
  }
  return error
}
