/**
 * The fonts of the printed sheets: DejaVu Sans (regular and bold) and DejaVu Sans Mono, which have
 * every precomposed Vietnamese letter, embedded as subsets; and the check that refuses a character
 * they cannot print.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont } from 'pdf-lib'
import { MediaError } from '../errors.ts'

export interface Fonts {
  regular: PDFFont
  bold: PDFFont
  mono: PDFFont
}

let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array; mono: Uint8Array }> | undefined

function loadFontFiles(): Promise<{ regular: Uint8Array; bold: Uint8Array; mono: Uint8Array }> {
  if (!fontFiles) {
    const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
    fontFiles = Promise.all(
      ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((file) => readFile(join(folder, file))),
    ).then(([regular, bold, mono]) => {
      if (!regular || !bold || !mono) throw new Error('DejaVu fonts are missing from dejavu-fonts-ttf')
      return { regular, bold, mono }
    })
    fontFiles.catch(() => {
      fontFiles = undefined
    })
  }
  return fontFiles
}

/** A new PDF with the sheet's metadata and its three fonts. */
export async function newSheet(title: string, subject?: string): Promise<{ document: PDFDocument; fonts: Fonts }> {
  const document = await PDFDocument.create()
  document.setTitle(title)
  if (subject !== undefined) document.setSubject(subject)
  document.setLanguage('vi-VN')
  document.setCreator('@heritage/media-tools')
  return { document, fonts: await embedFonts(document) }
}

async function embedFonts(document: PDFDocument): Promise<Fonts> {
  const files = await loadFontFiles()
  document.registerFontkit(fontkit)
  const [regular, bold, mono] = await Promise.all([
    document.embedFont(files.regular, { subset: true }),
    document.embedFont(files.bold, { subset: true }),
    document.embedFont(files.mono, { subset: true }),
  ])
  return { regular, bold, mono }
}

const characterSets = new WeakMap<PDFFont, Set<number>>()

/** Refuses characters the font has no glyph for, instead of printing empty boxes. */
export function checkGlyphs(font: PDFFont, name: string, text: string): void {
  let known = characterSets.get(font)
  if (!known) {
    known = new Set(font.getCharacterSet())
    characterSets.set(font, known)
  }
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (character !== ' ' && !known.has(code)) {
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      throw new MediaError(
        'invalid-argument',
        {
          en: `Expected ${name} to contain printable letters but "${character}" (${hex}) cannot be printed with the label font; remove it.`,
          vi: `${name} có ký tự "${character}" (${hex}) mà phông chữ in nhãn không có; hãy bỏ ký tự này.`,
        },
        { parameter: name, character: hex },
      )
    }
  }
}
