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
export function byteOf(ch: string): number | null {
  const code = ch.codePointAt(0) ?? 0
  if (code <= 0xff) return code
  const index = CP1252_80_9F.indexOf(ch)
  return index >= 0 ? 0x80 + index : null
}

/** A byte read as cp1252. */
export function cp1252(byte: number): string {
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
export const VNI_STRONG_MODIFIERS = new Set([...'øõâáàåãäêè'])

export const nfc = (s: string): string => s.normalize('NFC')
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

export const TABLES: Record<LegacyEncoding, Table> = { tcvn3: buildTcvn3(), vni: buildVni() }
