/**
 * Text typed in the legacy 8-bit Vietnamese font encodings TCVN3 (ABC, TCVN 5712:1993 VN3; the
 * ".VnTime"/".VnArial" fonts and their ".VnTimeH" upper-case twins) and VNI-Windows ("VNI-Times"),
 * as it arrives when a spreadsheet is read as Unicode: every byte shows as its Windows-1252 character
 * (SheetJS) or its Latin-1 character (bytes 0x80–0x9F as C1 controls). Both readings are accepted.
 *
 * Where the tables come from (the code below is written here; only the byte assignments are data):
 * - TCVN3 and VNI-WIN: UniKey's converter library VnConv, `unikey/data.cpp` in fcitx/fcitx5-unikey
 *   (`SingleByteTables` "TCVN3", `DoubleByteTables` "VNI-WIN", in the order of its `UnicodeTable`).
 * - TCVN3 cross-checked with the TCVN 5712 table of XFree86/X-TrueType (`TCVNtoUCS2.c`, same
 *   assignments as libiconv's TCVN): its bytes 0xA1–0xFE agree with UniKey's for every letter
 *   VN3 has. That full VN1 table also puts upper-case toned letters at 0x01–0x17, 0x80–0x9F and in
 *   the gaps of 0xA1–0xFF; VN3 fonts leave those positions to Western symbols (UniKey maps
 *   0x80–0x9F to the cp1252 punctuation, e.g. Word's curly quotes), and so does this module.
 * - Both cross-checked with the duydev/vietnamese-conversion package (`src/charsets.ts`), which
 *   agrees on every lower-case letter and on VNI entirely; for TCVN3 upper-case toned letters it
 *   writes base letter + lower-case byte ("A¸" for "Á"), where UniKey writes the lower-case byte
 *   alone (".VnTimeH" shows it as the capital). UniKey's convention is followed.
 *
 * TCVN3 has one byte per letter but no upper-case toned letters: capitals are typed with the
 * lower-case byte in a ".VnTimeH" font, so the case of such a letter is lost in the file and is
 * recovered here from the rest of the word (or cell): "CéNG HßA" → "CỘNG HÒA", "Hµ Néi" → "Hà Nội".
 * A lone capital toned vowel ("Ỷ", "Ấp" in title case) cannot be told from the lower-case one.
 * VNI writes a base letter followed by a modifier byte for the diacritic and tone ("Vieät" = "Việt"),
 * with a few letters in one byte (ñ/Ñ = đ/Đ, ô = ơ, ö = ư, ì í æ ó ò = ì í ỉ ĩ ị, î = ỵ).
 */

export type LegacyEncoding = 'tcvn3' | 'vni'

/** cp1252's characters for bytes 0x80–0x9F (the five holes keep their C1 control). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The byte a character of a cp1252 or Latin-1 reading stands for; null when it is neither. */
function byteOf(ch: string): number | null {
  const code = ch.codePointAt(0) ?? 0
  if (code <= 0xff) return code
  const index = CP1252_80_9F.indexOf(ch)
  return index >= 0 ? 0x80 + index : null
}

/** A byte read as cp1252. */
function cp1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_80_9F[byte - 0x80] ?? '') : String.fromCharCode(byte)
}

/**
 * TCVN3 (VN3) bytes 0xA1–0xFE; "." marks a byte that is no Vietnamese letter. 0xA1–0xA7 are the
 * only capitals (Ă Â Ê Ô Ơ Ư Đ); toned letters (0xB5 on) stand for both cases.
 */
const TCVN3_A1_FE = 'ĂÂÊÔƠƯĐăâêôơưđ......àảãáạ.ằẳẵắ.......ặầẩẫấậè.ẻẽéẹềểễếệìỉ...ĩíịò.ỏõóọồổỗốộờởỡớợù.ủũúụừửữứựỳỷỹýỵ'

/** Tone marks in VNI's order: sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const

/** VNI-Windows modifier and single-byte letters, [lower case, upper case], tones in TONE_MARKS order. */
const VNI = {
  tones: ['ùøûõï', 'ÙØÛÕÏ'], // F9 F8 FB F5 EF / D9 D8 DB D5 CF
  circumflex: ['â', 'Â'], // E2 / C2 (after a, e, o)
  circumflexTones: ['áàåãä', 'ÁÀÅÃÄ'], // E1 E0 E5 E3 E4 / C1 C0 C5 C3 C4
  breve: ['ê', 'Ê'], // EA / CA (after a)
  breveTones: ['éèúüë', 'ÉÈÚÜË'], // E9 E8 FA FC EB / C9 C8 DA DC CB
  iTones: ['íìæóò', 'ÍÌÆÓÒ'], // í ì ỉ ĩ ị: ED EC E6 F3 F2 / CD CC C6 D3 D2
  yDot: ['î', 'Î'], // ỵ: EE / CE
  dStroke: ['ñ', 'Ñ'], // đ: F1 / D1
  oHorn: ['ô', 'Ô'], // ơ: F4 / D4
  uHorn: ['ö', 'Ö'], // ư: F6 / D6
} as const

/** Modifiers that, right after a vowel, are rare in any Western language ("aø", "eä", "oâ"…). */
const VNI_STRONG_MODIFIERS = new Set([...'øõâáàåãäêè'])

const nfc = (s: string): string => s.normalize('NFC')
const at = (s: string, i: number): string => s[i] ?? ''

type Table = {
  /** Unicode letter → its legacy text (cp1252 reading). */
  encode: Map<string, string>
  /** Legacy text (one or two characters) → Unicode letter. */
  decode: Map<string, string>
}

function buildTcvn3(): Table {
  const encode = new Map<string, string>()
  const decode = new Map<string, string>()
  for (let byte = 0xa1; byte <= 0xfe; byte++) {
    const letter = at(TCVN3_A1_FE, byte - 0xa1)
    if (letter === '.') continue
    const legacy = cp1252(byte)
    decode.set(legacy, letter)
    encode.set(letter, legacy)
    // No capital toned letters in VN3: ".VnTimeH" shows the lower-case byte as the capital.
    if (byte >= 0xb5) encode.set(letter.toUpperCase(), legacy)
  }
  return { encode, decode }
}

function buildVni(): Table {
  const encode = new Map<string, string>()
  const decode = new Map<string, string>()
  const add = (letter: string, legacy: string) => {
    encode.set(nfc(letter), legacy)
    decode.set(legacy, nfc(letter))
  }
  for (const c of [0, 1] as const) {
    const cased = (s: string) => (c === 1 ? s.toUpperCase() : s)
    const tones = VNI.tones[c]
    TONE_MARKS.forEach((mark, t) => {
      for (const base of 'aeouy') {
        // ỵ is a byte of its own.
        if (base === 'y' && t === 4) continue
        add(cased(base) + mark, cased(base) + at(tones, t))
      }
      for (const base of 'aeo') add(`${cased(base)}\u0302${mark}`, cased(base) + at(VNI.circumflexTones[c], t))
      add(`${cased('a')}\u0306${mark}`, cased('a') + at(VNI.breveTones[c], t))
      add(`${cased('o')}\u031b${mark}`, VNI.oHorn[c] + at(tones, t))
      add(`${cased('u')}\u031b${mark}`, VNI.uHorn[c] + at(tones, t))
      add(cased('i') + mark, at(VNI.iTones[c], t))
    })
    for (const base of 'aeo') add(`${cased(base)}\u0302`, cased(base) + VNI.circumflex[c])
    add(`${cased('a')}\u0306`, cased('a') + VNI.breve[c])
    add(`${cased('o')}\u031b`, VNI.oHorn[c])
    add(`${cased('u')}\u031b`, VNI.uHorn[c])
    add(`${cased('y')}\u0323`, VNI.yDot[c])
    add(c === 1 ? 'Đ' : 'đ', VNI.dStroke[c])
  }
  // Leniency: a modifier of the other case after a base letter still counts (case from the base).
  for (const [legacy, letter] of [...decode]) {
    if (legacy.length !== 2) continue
    const modifier = at(legacy, 1)
    const swapped = modifier === modifier.toLowerCase() ? modifier.toUpperCase() : modifier.toLowerCase()
    const key = at(legacy, 0) + swapped
    if (!decode.has(key)) decode.set(key, letter)
  }
  return { encode, decode }
}

const TABLES: Record<LegacyEncoding, Table> = { tcvn3: buildTcvn3(), vni: buildVni() }

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

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables

const TONE_OF: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 }
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', ...'bcdđghklmnprstvx', '']
const FINALS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', '']
const STOP_FINALS = new Set(['c', 'ch', 'p', 't'])
/** Vowel clusters (tones removed) that take no final consonant. */
const OPEN_ONLY = new Set(
  'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu oai oao oay oeo uây uôi ươi ươu uya uyu yêu'.split(' '),
)
/** Vowel clusters that need a final consonant. */
const CLOSED_ONLY = new Set('ă â iê yê uô ươ oă uâ oo uyê'.split(' '))
/** Vowel clusters with or without a final. */
const EITHER = new Set('a e ê i o ô ơ u ư y oa oe uê uy'.split(' '))
/** Clusters found in Vietnamese and hardly anywhere else. */
const SHAPED_CLUSTER = /iê|yê|uô|ươ|ưa|ưi|ưu|ây|âu|êu|ôi|ơi|uâ|oă|uê|uơ|uyu|oeo/

/** Tone (0 none, 1 sắc … 5 nặng) and the letters without it, or null with two tones. */
function splitTone(word: string): { tone: number; base: string } | null {
  let tone = 0
  let base = ''
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const t = TONE_OF[ch]
    if (t === undefined) base += ch
    else if (tone) return null
    else tone = t
  }
  return { tone, base: nfc(base) }
}

/**
 * One Vietnamese syllable: onset, a vowel cluster that exists, a final that fits it, at most one
 * tone, and only sắc or nặng before c/ch/p/t.
 */
function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word)
  if (!split || !/^[a-zđăâêôơư]+$/.test(split.base)) return false
  const { tone, base } = split
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue
    const rest = base.slice(onset.length)
    for (const final of FINALS) {
      if (!rest.endsWith(final)) continue
      const nucleus = rest.slice(0, rest.length - final.length)
      if (!nucleus) continue
      const fits = EITHER.has(nucleus) || (final ? CLOSED_ONLY.has(nucleus) : OPEN_ONLY.has(nucleus))
      if (!fits) continue
      if (STOP_FINALS.has(final) && tone !== 1 && tone !== 5) continue
      return true
    }
  }
  return false
}

const isConsonantsOnly = (word: string): boolean => /^[bcdđghklmnpqrstvxfjwz]+$/.test(word.toLowerCase())

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
