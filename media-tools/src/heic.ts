/**
 * HEIC/HEIF, the iPhone camera's default format. The libvips bundled with sharp reads the
 * container (size, EXIF) but cannot decode HEVC (patents), so the pixels come from libheif
 * compiled to WebAssembly (`heic-decode` → `libheif-js`, LGPL-3.0, used unmodified as a
 * dependency). libheif applies the container's rotation and mirroring (`irot`, `imir`), which is
 * how iPhones store a portrait photo; the EXIF orientation tag they also write describes the same
 * turn and must not be applied a second time.
 */
// Referenced, not only included, so that packages compiling this file (cms) see the types too.
/// <reference path="./heic-decode.d.ts" />
import decodeHeif from 'heic-decode'

/** Display-oriented 8-bit RGBA pixels; `opaque` when every alpha value is 255. */
export interface HeicPixels {
  data: Buffer
  width: number
  height: number
  opaque: boolean
}

/** Decodes the primary image of a HEIC/HEIF file; throws when libheif cannot. */
export async function decodeHeic(bytes: Uint8Array): Promise<HeicPixels> {
  const { data, width, height } = await decodeHeif({ buffer: bytes })
  let opaque = true
  for (let alpha = 3; alpha < data.length; alpha += 4) {
    if (data[alpha] !== 255) {
      opaque = false
      break
    }
  }
  return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), width, height, opaque }
}
