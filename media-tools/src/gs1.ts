/**
 * GS1 Digital Link for media-tools: the checks and paths are the contract's (shared with the CMS
 * and the site); here a GS1 problem is thrown as a MediaError, with the same code and messages.
 */
import { checkDigitalLink, checkGtin, type DigitalLinkInput, type Gs1Checked } from '@heritage/contract/gs1'
import { MediaError } from './errors.ts'

export * from '@heritage/contract/gs1'

const orThrow = <T>(checked: Gs1Checked<T>): T => {
  if (!checked.ok) throw new MediaError(checked.problem.code, checked.problem.message)
  return checked.value
}

/** A GTIN-8/12/13/14 (spaces and hyphens ignored) as GTIN-14, or a MediaError that says what was wrong and what to do. */
export const normalizeGtin = (input: string): string => orThrow(checkGtin(input))

/** `https://HOST/01/{GTIN-14}[/10/{batch}]`, or a MediaError (address, GTIN or lot). */
export const gs1DigitalLink = (input: DigitalLinkInput): string => orThrow(checkDigitalLink(input))
