/**
 * GTIN check digits and GS1 Digital Link URIs, as printed on OCOP product labels.
 * Reference: GS1 General Specifications (GTIN-8/12/13/14, mod-10 check digit) and the
 * GS1 Digital Link URI syntax (`/01/{gtin14}/10/{batch}`).
 */

export type Gs1ErrorCode = 'gtin-format' | 'gtin-length' | 'gtin-check-digit' | 'batch-format' | 'base-url'

export class Gs1Error extends Error {
  readonly code: Gs1ErrorCode
  /** Vietnamese message for the officer. */
  readonly messageVi: string
  constructor(code: Gs1ErrorCode, messageEn: string, messageVi: string) {
    super(messageEn)
    this.name = 'Gs1Error'
    this.code = code
    this.messageVi = messageVi
  }
}

const GTIN_LENGTHS = [8, 12, 13, 14] as const

/** Mod-10 check digit over the digits before the check digit (weights 3,1 from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/**
 * Validates a GTIN-8/12/13/14 (spaces and hyphens ignored) and returns it as GTIN-14.
 * Throws a Gs1Error that says what was wrong and what to do.
 */
export function normalizeGtin(input: string): string {
  const digits = String(input).replace(/[\s-]/g, '')
  if (!/^\d+$/.test(digits)) {
    throw new Gs1Error(
      'gtin-format',
      `GTIN "${input}" must contain digits only.`,
      `Mã GTIN "${input}" chỉ được gồm chữ số (0–9). Hãy nhập lại mã in dưới mã vạch.`,
    )
  }
  if (!(GTIN_LENGTHS as readonly number[]).includes(digits.length)) {
    throw new Gs1Error(
      'gtin-length',
      `GTIN "${input}" has ${digits.length} digits; a GTIN has 8, 12, 13 or 14.`,
      `Mã GTIN "${input}" có ${digits.length} chữ số; mã GTIN hợp lệ có 8, 12, 13 hoặc 14 chữ số.`,
    )
  }
  const expected = gtinCheckDigit(digits.slice(0, -1))
  const given = Number(digits.at(-1))
  if (expected !== given) {
    throw new Gs1Error(
      'gtin-check-digit',
      `GTIN "${input}" has check digit ${given} but should end in ${expected}; check for a typing mistake.`,
      `Mã GTIN "${input}" sai số kiểm tra: chữ số cuối là ${given} nhưng phải là ${expected}. Hãy kiểm tra lại mã trên bao bì.`,
    )
  }
  return digits.padStart(14, '0')
}

export function isValidGtin(input: string): boolean {
  try {
    normalizeGtin(input)
    return true
  } catch {
    return false
  }
}

// GS1 AI (10) batch/lot: up to 20 characters from GS1 AI encodable character set 82.
const BATCH_PATTERN = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/

export interface DigitalLinkInput {
  /** Site origin, e.g. https://disan.example.gov.vn */
  baseUrl: string
  gtin: string
  batch?: string
}

/** Builds `https://HOST/01/{GTIN-14}[/10/{batch}]`. */
export function gs1DigitalLink({ baseUrl, gtin, batch }: DigitalLinkInput): string {
  let base: URL
  try {
    base = new URL(baseUrl)
  } catch {
    throw new Gs1Error(
      'base-url',
      `Base URL "${baseUrl}" is not an absolute URL.`,
      `Địa chỉ gốc "${baseUrl}" không phải là URL đầy đủ (ví dụ https://disan.example.vn).`,
    )
  }
  const gtin14 = normalizeGtin(gtin)
  let path = `/01/${gtin14}`
  if (batch !== undefined) {
    if (!BATCH_PATTERN.test(batch)) {
      throw new Gs1Error(
        'batch-format',
        `Batch "${batch}" must be 1–20 characters of letters, digits and GS1 punctuation, without spaces.`,
        `Số lô "${batch}" phải gồm 1–20 ký tự chữ cái không dấu, chữ số hoặc dấu câu GS1, không có khoảng trắng.`,
      )
    }
    path += `/10/${encodeURIComponent(batch)}`
  }
  return `${base.origin}${base.pathname.replace(/\/$/, '')}${path}`
}
