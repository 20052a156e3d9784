import type { Payload } from 'payload'
import type { User } from '../payload-types'
import { applyTranslations, type ImportReport } from './apply'
import { checkPublishedTarget } from './refusal'
import { collectUnits } from './units'
import { readXliff, writeXliff } from './xliff'
import { readXlsx, writeXlsx } from './xlsx'

/**
 * The translation exchange: export entries' localized texts for one target locale as XLIFF 2.0 or
 * .xlsx, and import a filled file back into that locale only.
 */

export type { ImportReport } from './apply'
export { TranslationRefused } from './refusal'
export type { TranslationSet, Unit } from './units'

export type ExchangeFormat = 'xliff' | 'xlsx'

export interface ExportRequest {
  collection: Parameters<typeof collectUnits>[1]['collection']
  ids: readonly (string | number)[]
  target: string
  /** The officer asking: entries they may not read are left out (full rights without one). */
  user?: User
  /** `todo`: only texts not translated yet or out of date. */
  only?: 'all' | 'todo'
}

/** The file for translators: XLIFF text or xlsx bytes. Refuses a Vietnamese or unknown target. */
export async function exportTranslations(payload: Payload, request: ExportRequest, format: 'xliff'): Promise<string>
export async function exportTranslations(payload: Payload, request: ExportRequest, format: 'xlsx'): Promise<Buffer>
export async function exportTranslations(
  payload: Payload,
  request: ExportRequest,
  format: ExchangeFormat,
): Promise<string | Buffer> {
  const set = await collectUnits(payload, { ...request, target: await checkPublishedTarget(payload, request.target) })
  return format === 'xliff' ? writeXliff(set) : writeXlsx(set)
}

/** Reads a filled file and applies it (see applyTranslations); a file that cannot be read is refused whole. */
export async function importTranslations(
  payload: Payload,
  file: { format: ExchangeFormat; data: Uint8Array | string },
  options: { target?: string; user?: User } = {},
): Promise<ImportReport> {
  const filled =
    file.format === 'xliff'
      ? readXliff(
          typeof file.data === 'string' ? file.data : new TextDecoder('utf-8', { fatal: true }).decode(file.data),
        )
      : await readXlsx(typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data)
  return applyTranslations(payload, filled, options)
}
