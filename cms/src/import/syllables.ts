/**
 * What a Vietnamese syllable can be: an onset, a vowel cluster that exists, a final that fits it,
 * one tone at most (only sắc or nặng before c, ch, p, t). Text read in a legacy encoding that
 * makes such syllables is taken to be typed in it.
 */
import { nfc } from './legacyTables'

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
export const SHAPED_CLUSTER = /iê|yê|uô|ươ|ưa|ưi|ưu|ây|âu|êu|ôi|ơi|uâ|oă|uê|uơ|uyu|oeo/

/** Tone (0 none, 1 sắc … 5 nặng) and the letters without it, or null with two tones. */
export function splitTone(word: string): { tone: number; base: string } | null {
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
export function isVietnameseSyllable(word: string): boolean {
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

export const isConsonantsOnly = (word: string): boolean => /^[bcdđghklmnpqrstvxfjwz]+$/.test(word.toLowerCase())
