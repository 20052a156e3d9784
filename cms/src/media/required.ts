/**
 * The one field each kind of upload must have before its file is sent: a photo's alternative text,
 * the title of a panorama, 3D model or audio guide. The same rule and message run on the server
 * (every route) and in the admin's upload form, where it stops the form before the file leaves the
 * officer's phone (Payload's own form validates only on the server, after the upload).
 *
 * No server imports here: the admin's Save button (components/UploadSaveButton) uses it in the browser.
 */

import type { TextFieldSingleValidation } from 'payload'

export interface UploadRequirement {
  field: string
  message: { vi: string; en: string }
}

export const REQUIRED_BEFORE_UPLOAD: Readonly<Record<string, UploadRequirement>> = {
  media: {
    field: 'alt',
    message: {
      vi: 'Hãy nhập mô tả ảnh trước khi tải ảnh lên.',
      en: 'Enter the alternative text before uploading the photo.',
    },
  },
  panoramas: {
    field: 'title',
    message: {
      vi: 'Hãy nhập tiêu đề trước khi tải ảnh 360° lên.',
      en: 'Enter a title before uploading the panorama.',
    },
  },
  models: {
    field: 'title',
    message: {
      vi: 'Hãy nhập tiêu đề trước khi tải mô hình 3D lên.',
      en: 'Enter a title before uploading the 3D model.',
    },
  },
  audio: {
    field: 'title',
    message: {
      vi: 'Hãy nhập tiêu đề trước khi tải thuyết minh âm thanh lên.',
      en: 'Enter a title before uploading the audio guide.',
    },
  },
}

/** A value counts as given when it has a visible character (spaces alone are no description). */
export const isFilled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0

/** The requirement a form's values miss, if any. */
export function missingBeforeUpload(
  collectionSlug: string | undefined,
  read: (field: string) => unknown,
): UploadRequirement | undefined {
  const requirement = collectionSlug ? REQUIRED_BEFORE_UPLOAD[collectionSlug] : undefined
  return requirement && !isFilled(read(requirement.field)) ? requirement : undefined
}

/**
 * The field's validation on the server: the same message as in the form, then Payload's own text
 * checks (length) for a given value.
 */
export const requiredBeforeUpload =
  (
    collectionSlug: keyof typeof REQUIRED_BEFORE_UPLOAD & string,
    then: TextFieldSingleValidation,
  ): TextFieldSingleValidation =>
  (value, args) => {
    const requirement = REQUIRED_BEFORE_UPLOAD[collectionSlug]
    if (requirement && !isFilled(value)) {
      return args.req?.i18n?.language === 'en' ? requirement.message.en : requirement.message.vi
    }
    return then(value, args)
  }
