/**
 * Every refusal of media-tools is a MediaError: a stable code for programs, an English message,
 * and a Vietnamese one for the officer (the CMS shows `messageVi` to Vietnamese users). Messages
 * say what was wrong and what to do.
 */
import type { Gs1ProblemCode } from '@heritage/contract/gs1'

export type MediaErrorCode =
  | 'file-too-large'
  | 'too-many-pixels'
  | 'unsupported-type'
  | 'type-mismatch'
  | 'corrupt-file'
  | 'svg-not-allowed'
  | 'not-equirectangular'
  | 'image-too-small'
  | 'invalid-model'
  | 'model-too-complex'
  | 'external-reference'
  | 'qr-content'
  | 'invalid-argument'
  // GS1 Digital Link problems (a GTIN, a lot, a site address), as the contract names them.
  | Gs1ProblemCode

export class MediaError extends Error {
  readonly code: MediaErrorCode
  readonly messageVi: string
  readonly details?: Record<string, unknown>

  constructor(code: MediaErrorCode, message: { vi: string; en: string }, details?: Record<string, unknown>) {
    super(message.en)
    this.name = 'MediaError'
    this.code = code
    this.messageVi = message.vi
    this.details = details
  }

  /** The message in the officer's language. */
  in(language: string): string {
    return language === 'en' ? this.message : this.messageVi
  }
}

export const isMediaError = (error: unknown): error is MediaError => error instanceof MediaError
