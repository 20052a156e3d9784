/**
 * GTIN check digits and GS1 Digital Link URIs, as printed on OCOP product labels.
 * Reference: GS1 General Specifications (GTIN-8/12/13/14, mod-10 check digit) and the
 * GS1 Digital Link URI syntax (`/01/{gtin14}/10/{batch}`).
 */

export type Gs1ProblemCode =
  | 'gtin-format'
  | 'gtin-length'
  | 'gtin-check-digit'
  | 'batch-format'
  | 'batch-path'
  | 'base-url'

/**
 * What keeps a GTIN, a lot or a site address out of a GS1 Digital Link: a stable code, and a
 * message in English and in Vietnamese (for the officer) that says what was wrong and what to do.
 * media-tools throws it as a MediaError; the CMS shows it on the field.
 */
export interface Gs1Problem {
  code: Gs1ProblemCode
  message: { vi: string; en: string }
}

/** A checked value, or the problem that keeps it from being one. */
export type Gs1Checked<T> = { ok: true; value: T } | { ok: false; problem: Gs1Problem }

const problemOf = (code: Gs1ProblemCode, en: string, vi: string): Gs1Problem => ({ code, message: { vi, en } })
const refused = (problem: Gs1Problem): { ok: false; problem: Gs1Problem } => ({ ok: false, problem })

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

/** Checks a GTIN-8/12/13/14 (spaces and hyphens ignored) and gives it as GTIN-14. */
export function checkGtin(input: string): Gs1Checked<string> {
  const digits = String(input).replace(/[\s-]/g, '')
  if (!/^\d+$/.test(digits)) {
    return refused(
      problemOf(
        'gtin-format',
        `GTIN "${input}" must contain digits only.`,
        `Mã GTIN "${input}" chỉ được gồm chữ số (0–9). Hãy nhập lại mã in dưới mã vạch.`,
      ),
    )
  }
  if (!(GTIN_LENGTHS as readonly number[]).includes(digits.length)) {
    return refused(
      problemOf(
        'gtin-length',
        `GTIN "${input}" has ${digits.length} digits; a GTIN has 8, 12, 13 or 14.`,
        `Mã GTIN "${input}" có ${digits.length} chữ số; mã GTIN hợp lệ có 8, 12, 13 hoặc 14 chữ số.`,
      ),
    )
  }
  const expected = gtinCheckDigit(digits.slice(0, -1))
  const given = Number(digits.at(-1))
  if (expected !== given) {
    return refused(
      problemOf(
        'gtin-check-digit',
        `GTIN "${input}" has check digit ${given} but should end in ${expected}; check for a typing mistake.`,
        `Mã GTIN "${input}" sai số kiểm tra: chữ số cuối là ${given} nhưng phải là ${expected}. Hãy kiểm tra lại mã trên bao bì.`,
      ),
    )
  }
  return { ok: true, value: digits.padStart(14, '0') }
}

/** Why a GTIN is not valid, or null when it is. */
export const gtinProblem = (input: string): Gs1Problem | null => {
  const checked = checkGtin(input)
  return checked.ok ? null : checked.problem
}

export const isValidGtin = (input: string): boolean => checkGtin(input).ok

/**
 * GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1): every character a
 * batch/lot (AI 10) may hold. Exported so that tests can walk the whole set.
 */
export const GS1_CHARSET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`
/** The longest batch/lot (AI 10) GS1 allows. */
export const BATCH_MAX_LENGTH = 20
const BATCH_PATTERN = new RegExp(`^[!"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,${BATCH_MAX_LENGTH}}$`)

/**
 * Why a batch/lot cannot be printed in a GS1 Digital Link and served as a page, or null when it
 * can. Every character of set 82 is allowed. A lot's `/` stays a `/` once a web server has decoded
 * the link (it is sent as `%2F`, and servers look up the decoded path), so the parts between
 * slashes become folders of the built site: an empty part (a lot that begins or ends with `/`, or
 * holds `//`) and a part beginning with a dot (`.`, `..`, hidden files) cannot be served, and a
 * browser rewrites `.`/`..` parts before it even asks; these are refused.
 */
export function batchProblem(batch: string): Gs1Problem | null {
  if (!BATCH_PATTERN.test(batch)) {
    return problemOf(
      'batch-format',
      `Batch "${batch}" must be 1–${BATCH_MAX_LENGTH} characters of letters, digits and GS1 punctuation, without spaces.`,
      `Số lô "${batch}" phải gồm 1–${BATCH_MAX_LENGTH} ký tự chữ cái không dấu, chữ số hoặc dấu câu GS1, không có khoảng trắng.`,
    )
  }
  if (batch.split('/').some((part) => part === '' || part.startsWith('.'))) {
    return problemOf(
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

/** Builds `https://HOST/01/{GTIN-14}[/10/{batch}]`, or says why it cannot. */
export function checkDigitalLink({ baseUrl, gtin, batch }: DigitalLinkInput): Gs1Checked<string> {
  let base: URL
  try {
    base = new URL(baseUrl)
  } catch {
    return refused(
      problemOf(
        'base-url',
        `Base URL "${baseUrl}" is not an absolute URL.`,
        `Địa chỉ gốc "${baseUrl}" không phải là URL đầy đủ (ví dụ https://disan.example.vn).`,
      ),
    )
  }
  const gtin14 = checkGtin(gtin)
  if (!gtin14.ok) return gtin14
  const lot = batch === undefined ? null : batchProblem(batch)
  if (lot) return refused(lot)
  return { ok: true, value: `${base.origin}${base.pathname.replace(/\/$/, '')}${gs1Path(gtin14.value, batch)}` }
}
