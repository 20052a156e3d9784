/**
 * GTIN check digits and GS1 Digital Link URIs, as printed on OCOP product labels.
 * Reference: GS1 General Specifications (GTIN-8/12/13/14, mod-10 check digit) and the
 * GS1 Digital Link URI syntax (`/01/{gtin14}/10/{batch}`).
 */

export type Gs1ErrorCode =
  | 'gtin-format'
  | 'gtin-length'
  | 'gtin-check-digit'
  | 'batch-format'
  | 'batch-path'
  | 'base-url'

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

/**
 * GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1): every character a
 * batch/lot (AI 10) may hold. Exported so that tests can walk the whole set.
 */
export const GS1_CHARSET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`
const BATCH_PATTERN = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/

/**
 * Why a batch/lot cannot be printed in a GS1 Digital Link and served as a page, or null when it
 * can. Every character of set 82 is allowed. A lot's `/` stays a `/` once a web server has decoded
 * the link (it is sent as `%2F`, and servers look up the decoded path), so the parts between
 * slashes become folders of the built site: an empty part (a lot that begins or ends with `/`, or
 * holds `//`) and a part beginning with a dot (`.`, `..`, hidden files) cannot be served, and a
 * browser rewrites `.`/`..` parts before it even asks; these are refused.
 */
export function batchProblem(batch: string): Gs1Error | null {
  if (!BATCH_PATTERN.test(batch)) {
    return new Gs1Error(
      'batch-format',
      `Batch "${batch}" must be 1–20 characters of letters, digits and GS1 punctuation, without spaces.`,
      `Số lô "${batch}" phải gồm 1–20 ký tự chữ cái không dấu, chữ số hoặc dấu câu GS1, không có khoảng trắng.`,
    )
  }
  if (batch.split('/').some((part) => part === '' || part.startsWith('.'))) {
    return new Gs1Error(
      'batch-path',
      `Batch "${batch}" cannot be part of a web address: it must not begin or end with "/", hold "//", or have a dot right after a "/" or at its start.`,
      `Số lô "${batch}" không dùng được trong đường dẫn: không được bắt đầu hoặc kết thúc bằng "/", không có "//", và không có dấu chấm ở đầu hay ngay sau dấu "/". Hãy nhập số lô như in trên bao bì, bỏ các dấu đó.`,
    )
  }
  return null
}

export const isValidBatch = (batch: string): boolean => batchProblem(batch) === null

/**
 * A GS1 Digital Link path segment for an AI value: every character outside RFC 3986's unreserved
 * set (letters, digits, `-._~`) percent-encoded, exactly once, upper-case hex, as the GS1 Digital
 * Link standard writes them. `encodeURIComponent` alone leaves `!'()*` as they are.
 */
export const gs1PathSegment = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * The path of a GS1 Digital Link, `/01/{GTIN-14}[/10/{batch}]`, for a GTIN-14 and a batch already
 * validated. The one place the site, the CMS and the label sheets take it from.
 */
export const gs1Path = (gtin14: string, batch?: string): string =>
  batch === undefined ? `/01/${gtin14}` : `/01/${gtin14}/10/${gs1PathSegment(batch)}`

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
  if (batch !== undefined) {
    const problem = batchProblem(batch)
    if (problem) throw problem
  }
  return `${base.origin}${base.pathname.replace(/\/$/, '')}${gs1Path(gtin14, batch)}`
}
