/** heic-decode ships no types; this is the part media-tools uses (see heic.ts). */
declare module 'heic-decode' {
  interface DecodedImage {
    width: number
    height: number
    /** RGBA, 4 bytes a pixel, rows top to bottom. */
    data: Uint8ClampedArray
  }
  function decode(input: { buffer: Uint8Array | ArrayBuffer }): Promise<DecodedImage>
  export default decode
}
