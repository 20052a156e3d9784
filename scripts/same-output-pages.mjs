// Explains a site difference found by same-output.sh: which differing pages still differ once their
// inline <style> blocks and the content hashes in asset names (/_astro/NAME.HASH.js) are set aside.
// A change to shared CSS or to a browser script changes those bytes on every page that uses them;
// this tells such a change apart from one that changes what a page says.
//
//   node scripts/same-output-pages.mjs BEFORE AFTER
//
// Prints counts and the pages that still differ (at most 30); always exits 0 (the comparison's verdict
// is same-output.sh's).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const [before, after] = process.argv.slice(2)
if (!before || !after) {
  console.error('usage: node scripts/same-output-pages.mjs BEFORE AFTER')
  process.exit(2)
}

const files = (root) =>
  new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name))),
  )
const setAside = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '<style></style>')
    .replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css)/g, '$1.$2')

const a = files(before)
const b = files(after)
const assets = [...new Set([...a, ...b])].filter((file) => !(a.has(file) && b.has(file))).sort()
/** Where two texts first part, with a little of what comes before and after, on each side. */
function excerpt(x, y) {
  let at = 0
  while (at < x.length && x[at] === y[at]) at++
  const from = Math.max(0, at - 60)
  return `      before: …${x.slice(from, at + 60)}…\n      after:  …${y.slice(from, at + 60)}…`
}
let first = ''
const pages = { same: 0, styleOrAssets: 0, content: [] }
const others = []
for (const file of [...a].filter((f) => b.has(f)).sort()) {
  const x = readFileSync(path.join(before, file), 'utf8')
  const y = readFileSync(path.join(after, file), 'utf8')
  if (!file.endsWith('.html')) {
    if (x !== y) others.push(file)
  } else if (x === y) pages.same++
  else if (setAside(x) === setAside(y)) pages.styleOrAssets++
  else {
    if (pages.content.length === 0) first = excerpt(setAside(x), setAside(y))
    pages.content.push(file)
  }
}
console.log(`  pages identical: ${pages.same}`)
console.log(`  pages that differ only in inline <style> or hashed asset names: ${pages.styleOrAssets}`)
console.log(`  pages that differ otherwise: ${pages.content.length}`)
for (const file of pages.content.slice(0, 30)) console.log(`    ${file}`)
if (first) console.log(`    the first of them, where it first differs:\n${first}`)
console.log(`  other files that differ: ${others.length}`)
for (const file of others.slice(0, 30)) console.log(`    ${file}`)
console.log(`  files on one side only: ${assets.length}`)
for (const file of assets.slice(0, 30)) console.log(`    ${file}`)
