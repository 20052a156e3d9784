/**
 * Text typed in the legacy 8-bit Vietnamese fonts (TCVN3, VNI-Windows), as it arrives when a
 * spreadsheet is read as Unicode: told apart from ordinary text, and converted to Unicode. The
 * byte tables and where they come from are ./legacyTables.ts; syllable rules, ./syllables.ts.
 */
import { byteOf, cp1252, type LegacyEncoding, nfc, TABLES, VNI_STRONG_MODIFIERS } from './legacyTables'
import { isConsonantsOnly, isVietnameseSyllable, SHAPED_CLUSTER, splitTone } from './syllables'

// ---------------------------------------------------------------------------------------------
// Decoding into units

type Unit = {
  /** Decoded text (TCVN3 toned letters in lower case until the case is inferred). */
  out: string
  /** The characters it was read from. */
  src: string
  /** letter: a letter of this encoding; foreign: a letter this encoding never writes; other: the rest. */
  kind: 'letter' | 'foreign' | 'other'
  /** Read from bytes ≥ 0x80. */
  high: boolean
  /** A sign of this encoding that ordinary text hardly ever shows. */
  strong: boolean
  /** Known case of the letter, null when the byte stands for both. */
  upper: boolean | null
}

const isAsciiLetter = (ch: string): boolean => /^[A-Za-z]$/.test(ch)
const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch)
const caseOf = (ch: string): boolean | null =>
  ch.toLowerCase() === ch.toUpperCase() ? null : ch === ch.toUpperCase() && ch !== ch.toLowerCase()

/** Splits text into units as read in `encoding`; `alien` when a character is no byte at all. */
function decodeUnits(text: string, encoding: LegacyEncoding): { units: Unit[]; alien: boolean } {
  const chars = [...text]
  const { decode } = TABLES[encoding]
  const units: Unit[] = []
  let alien = false
  for (let i = 0; i < chars.length; i++) {
    const ch = at2(chars, i)
    const byte = byteOf(ch)
    if (byte === null) {
      alien = true
      units.push({
        out: ch,
        src: ch,
        kind: isLetter(ch) ? 'foreign' : 'other',
        high: false,
        strong: false,
        upper: null,
      })
      continue
    }
    const read = cp1252(byte)
    if (encoding === 'vni' && i + 1 < chars.length) {
      const nextByte = byteOf(at2(chars, i + 1))
      if (nextByte !== null && nextByte >= 0xc0) {
        const pair = decode.get(read + cp1252(nextByte))
        if (pair) {
          const modifier = cp1252(nextByte).toLowerCase()
          const base = read.toLowerCase()
          units.push({
            out: pair,
            src: ch + at2(chars, i + 1),
            kind: 'letter',
            high: true,
            strong: VNI_STRONG_MODIFIERS.has(modifier) || base === 'ô' || base === 'ö',
            upper: caseOf(read),
          })
          i++
          continue
        }
      }
    }
    if (byte < 0x80) {
      const letter = isAsciiLetter(read)
      units.push({
        out: read,
        src: ch,
        kind: letter ? 'letter' : 'other',
        high: false,
        strong: false,
        upper: caseOf(read),
      })
      continue
    }
    const single = decode.get(read)
    if (single) {
      const tcvnToned = encoding === 'tcvn3' && byte >= 0xb5
      units.push({
        out: single,
        src: ch,
        kind: 'letter',
        high: true,
        // TCVN3's letters in 0xA1–0xBE and × ÷ are symbols in any other reading.
        strong: encoding === 'tcvn3' && (byte <= 0xbe || byte === 0xd7 || byte === 0xf7),
        upper: tcvnToned ? null : caseOf(single),
      })
      continue
    }
    units.push({
      out: read,
      src: ch,
      kind: isLetter(read) ? 'foreign' : 'other',
      high: false,
      strong: false,
      upper: null,
    })
  }
  return { units, alien }
}

const at2 = (chars: string[], i: number): string => chars[i] ?? ''

/** Maximal runs of letters (of this encoding or not). */
function words(units: Unit[]): Unit[][] {
  const out: Unit[][] = []
  let current: Unit[] = []
  for (const unit of units) {
    if (unit.kind === 'other') {
      if (current.length) out.push(current)
      current = []
    } else current.push(unit)
  }
  if (current.length) out.push(current)
  return out
}

/** Upper, lower or Title case; "ViÖt" and "CéNG" are none of these. */
function naturalCase(letters: string[]): boolean {
  const cases = letters.map(caseOf).filter((c): c is boolean => c !== null)
  if (cases.every((c) => c) || cases.every((c) => !c)) return true
  return cases[0] === true && cases.slice(1).every((c) => !c)
}

// ---------------------------------------------------------------------------------------------
// Detection

type Score = { good: number; bad: number; evidence: number; strong: boolean }

/**
 * How well `text` reads as `encoding`, word by word, counting only words with bytes ≥ 0x80:
 * - bad: the decoded word is no Vietnamese syllable (or holds a letter the encoding never writes);
 * - neutral: the word already reads as Vietnamese as it stands ("Lý", "Bôn", "Tú") — no evidence;
 * - good: the original is no Vietnamese but the decoded word is; evidence = its legacy letters,
 *   plus one when it shows a strong sign (see `strong` below).
 * Null when a character cannot come from an 8-bit file at all (ộ, ư, combining marks…).
 */
function score(text: string, encoding: LegacyEncoding): Score | null {
  const { units, alien } = decodeUnits(text, encoding)
  if (alien) return null
  const result: Score = { good: 0, bad: 0, evidence: 0, strong: false }
  for (const word of words(units)) {
    const high = word.filter((u) => u.high).length
    const foreign = word.some((u) => u.kind === 'foreign')
    if (!high && !foreign) continue
    const src = word.map((u) => u.src).join('')
    const out = word.map((u) => u.out).join('')
    const decodedOk = !foreign && (isVietnameseSyllable(out) || isConsonantsOnly(out))
    if (!decodedOk) {
      result.bad++
      continue
    }
    if (isVietnameseSyllable(nfc(src)) || isConsonantsOnly(out)) continue
    const first = at2([...src], 0)
    // A TCVN3 symbol byte opening a word alone ("µm", "§1") may be a real symbol; inside one it is not.
    const strong =
      word.some((u, i) => u.strong && (encoding === 'vni' || i > 0 || high >= 2)) ||
      !naturalCase([...src]) ||
      SHAPED_CLUSTER.test(splitTone(out)?.base ?? '') ||
      (encoding === 'vni' && (first === 'ñ' || first === 'Ñ'))
    result.good++
    result.evidence += high + (strong ? 1 : 0)
    result.strong ||= strong
  }
  return result
}

function qualifies(s: Score | null): s is Score {
  if (!s) return false
  return s.good >= 1 && s.bad * 4 <= s.good && ((s.strong && s.evidence >= 2) || s.good >= 3)
}

const hasNonAscii = (text: string): boolean => [...text].some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f)

/**
 * The encoding a cell's text was typed in, or null when it reads as ordinary text (Unicode
 * Vietnamese, English, numbers, dates…).
 *
 * Why ordinary text does not fire: any character outside cp1252/Latin-1 (ộ, ư, đ, NFD marks…) rules
 * a cell out, which removes nearly all Unicode Vietnamese; ASCII-only words carry no evidence, so
 * English, numbers, dates, codes and e-mails score nothing; a word counts for an encoding only if it
 * decodes to a well-formed Vietnamese syllable (one tone, existing vowel cluster and final, tone
 * allowed with the final) while not already being one as it stands — so Latin-1-only Vietnamese
 * ("Lý Bôn", "Tây Ninh", "Cà Mau") is neutral or bad, and Western words, multi-syllabic and full of
 * clusters Vietnamese lacks ("café", "José", "Zürich"), decode to garbage; any bad word beyond one in
 * five refuses the cell; and at least two letters of evidence are needed with one strong sign —
 * a TCVN3 symbol byte inside a word (µ ¸ § ×…), a case pattern no text has ("ViÖt", "CéNG"), a VNI
 * modifier after a vowel no Western spelling uses ("eä", "aø", "oâ"), or a vowel cluster only
 * Vietnamese has — or else three such words ("Chïa Mét Cét"). A single "Ü", "où" or "aún" is
 * therefore never enough.
 * TCVN3 and VNI are told apart by the same scores: VNI's base + modifier pairs read as TCVN3 give
 * two-vowel clusters that do not exist ("Haø" → "haứ"), TCVN3's precomposed bytes read as VNI give
 * stray modifiers and symbols.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!hasNonAscii(text)) return null
  const tcvn3 = score(text, 'tcvn3')
  const vni = score(text, 'vni')
  const t = qualifies(tcvn3)
  const v = qualifies(vni)
  if (t && v) {
    const margin = tcvn3.evidence - 2 * tcvn3.bad - (vni.evidence - 2 * vni.bad)
    if (margin !== 0) return margin > 0 ? 'tcvn3' : 'vni'
    // VNI never writes bytes 0xA1–0xBF.
    return [...text].some((ch) => {
      const b = byteOf(ch)
      return b !== null && b >= 0xa1 && b <= 0xbf
    })
      ? 'tcvn3'
      : 'vni'
  }
  return t ? 'tcvn3' : v ? 'vni' : null
}

/** Converts mojibake text typed in `encoding` to Unicode NFC. */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  const { units } = decodeUnits(text, encoding)
  if (encoding === 'tcvn3') inferTcvn3Case(units)
  return nfc(units.map((u) => u.out).join(''))
}

/**
 * TCVN3 toned bytes stand for both cases: a word is upper case when its letters of known case are
 * all capitals (at least two of them), or when it has at most one such letter, a capital or none,
 * and the whole cell's letters of known case are capitals ("û LA" → "Ỷ LA").
 */
function inferTcvn3Case(units: Unit[]): void {
  const known = (us: Unit[]) => us.filter((u) => u.kind !== 'other' && u.upper !== null)
  const cellKnown = known(units)
  const cellUpper = cellKnown.length >= 2 && cellKnown.every((u) => u.upper)
  for (const word of words(units)) {
    const k = known(word)
    const upper = k.every((u) => u.upper) && (k.length >= 2 || cellUpper)
    if (!upper) continue
    for (const unit of word) if (unit.upper === null && unit.kind === 'letter') unit.out = unit.out.toUpperCase()
  }
}

/**
 * The reverse: Unicode text as it appears when typed in that legacy font and read as Unicode
 * (cp1252 reading). Used by tests to build fixtures.
 */
export function toLegacy(text: string, encoding: LegacyEncoding): string {
  const { encode } = TABLES[encoding]
  let out = ''
  for (const ch of nfc(text)) out += encode.get(ch) ?? ch
  return out
}

/** Contains letters only Unicode Vietnamese has, or every accented word is a Vietnamese syllable. */
function looksUnicodeVietnamese(text: string): boolean {
  if (/[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/.test(text)) return true
  const nfd = text.normalize('NFD')
  if (/\p{L}[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/u.test(nfd) && nfd !== text) return true
  const accented = (text.match(/\p{L}+/gu) ?? []).filter((w) => hasNonAscii(w))
  return accented.length > 0 && accented.every(isVietnameseSyllable)
}

/**
 * A column's encoding from its cells: a legacy encoding when the cells that look legacy clearly
 * outnumber those that look like Unicode Vietnamese, else null.
 *
 * Cells detected as an encoding count fully; cells too short to be sure on their own ("Hµ", one
 * weak word, nothing against it) count as well once at least one cell of the column is sure.
 * The encoding wins when those cells are at least twice the Unicode Vietnamese cells plus the cells
 * detected as the other encoding (and more than none of them).
 */
export function detectColumnLegacy(texts: string[]): LegacyEncoding | null {
  const sure: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 }
  const likely: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 }
  let unicode = 0
  for (const text of texts) {
    const detected = detectLegacy(text)
    if (detected) {
      sure[detected]++
      continue
    }
    if (!hasNonAscii(text)) continue
    if (looksUnicodeVietnamese(text)) {
      unicode++
      continue
    }
    const weak = (['tcvn3', 'vni'] as const).filter((encoding) => {
      const s = score(text, encoding)
      return s !== null && s.good >= 1 && s.bad === 0
    })
    const only = weak.length === 1 ? weak[0] : undefined
    if (only) likely[only]++
  }
  for (const [encoding, other] of [
    ['tcvn3', 'vni'],
    ['vni', 'tcvn3'],
  ] as const) {
    const cells = sure[encoding] + likely[encoding]
    const against = unicode + sure[other]
    if (sure[encoding] >= 1 && cells > against && cells >= 2 * against) return encoding
  }
  return null
}
