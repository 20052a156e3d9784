/**
 * The social preview for pages without a photo of their own: 1200×630, drawn at build time from
 * the site's name, so renaming the site in ui.ts renames the picture too.
 */
import type { APIRoute } from 'astro'
import sharp from 'sharp'
import { ui } from '../i18n/ui'

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export const GET: APIRoute = async () => {
  const font = `font-family="Noto Sans, DejaVu Sans, Liberation Sans, Arial, sans-serif"`
  // The favicon's communal-house outline, drawn large on the right.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#7c2d12"/>
  <g transform="translate(800 95) scale(14)" fill="none" stroke="#fef3c7" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" opacity="0.9">
    <path d="M6 26h20M8 26V14l8-6 8 6v12M13 26v-7h6v7"/>
  </g>
  <text x="80" y="270" ${font} font-size="104" font-weight="700" fill="#ffffff">${xmlText(ui('vi', 'siteName'))}</text>
  <text x="84" y="350" ${font} font-size="52" fill="#fef3c7">${xmlText(ui('en', 'siteName'))}</text>
  <text x="84" y="520" ${font} font-size="30" fill="#fde68a">${xmlText(ui('vi', 'siteTagline'))}</text>
  <text x="84" y="565" ${font} font-size="30" fill="#fde68a">${xmlText(ui('en', 'siteTagline'))}</text>
</svg>`
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
