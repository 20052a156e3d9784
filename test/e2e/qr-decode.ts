import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import jsQR from 'jsqr'
import sharp from 'sharp'

/** What a phone's camera does with a printed label or plaque: render the PDF's first page, find the code, read it. */
export async function decodeLabel(pdf: Uint8Array): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'heritage-qr-'))
  try {
    await writeFile(path.join(folder, 'labels.pdf'), pdf)
    await promisify(execFile)('pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', 'labels.pdf', 'page'], {
      cwd: folder,
    })
    const png = (await readdir(folder)).find((f) => f.endsWith('.png'))
    if (!png) throw new Error('pdftoppm wrote no page')
    // A sheet of one label (or one plaque): the only code on the page.
    const { data, info } = await sharp(await readFile(path.join(folder, png)))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)
    if (!code) throw new Error('no QR code found on the page')
    return code.data
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
