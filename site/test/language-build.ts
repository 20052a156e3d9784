import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const GTIN = '09520000123451'
const alternate = (lang: string, href: string) => `<link rel="alternate" hreflang="${lang}" href="https://x.vn${href}">`

/** A test build: which pages exist is all the server knows. */
export async function languageBuild(dir: string) {
  const page = async (urlPath: string, head = '') => {
    await mkdir(path.join(dir, urlPath), { recursive: true })
    await writeFile(
      path.join(dir, urlPath, 'index.html'),
      `<!doctype html><head>${head}<title>${urlPath}</title></head>`,
    )
  }
  // A plaque in vi, en and ko; one in vi and en; one in vi only; a label in both Chinese scripts.
  for (const p of ['/p/AAA/', '/en/p/AAA/', '/ko/p/AAA/', '/p/BBB/', '/en/p/BBB/', '/p/CCC/']) await page(p)
  for (const p of ['/t/TTT/', '/zh-hans/t/TTT/', '/zh-hant/t/TTT/']) await page(p)
  // A GS1 link: its English page is the product's; its Korean link names a page that does not exist.
  await page(`/01/${GTIN}/`, alternate('en', '/en/ocop-products/tea/') + alternate('ko', '/ko/ocop-products/tea/'))
  await page('/en/ocop-products/tea/')
}
