import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkBuild, keepPages, linkTree } from '../tools/builds.ts'

/**
 * The file work of a partial build (tools/builds.ts), on hand-made folders: many files at once,
 * as a province of 10,000 entries has, and the answers when something is missing.
 */

let work: string
let from: string
let to: string

const write = async (file: string, text: string) => {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, text)
}
const inode = async (file: string) => (await stat(file)).ino

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-builds-'))
  from = path.join(work, 'live')
  to = path.join(work, 'next')
  await mkdir(to)
})

afterEach(() => rm(work, { recursive: true, force: true }))

/** `count` entry pages of the live build, as its record names them. */
async function livePages(count: number): Promise<Record<string, string>> {
  const pages: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const pagePath = i % 3 === 0 ? `/en/relics/r-${i}/` : `/di-tich/r-${i}/`
    pages[pagePath] = `relics:${i}`
    await write(path.join(from, pagePath, 'index.html'), `<p>${i}</p>`)
  }
  // A GS1 lot page: its folder is the decoded path.
  pages['/01/09312345678907/10/A%2FB/'] = 'batches:1'
  await write(path.join(from, '01/09312345678907/10/A/B/index.html'), '<p>lot</p>')
  return pages
}

describe('keepPages', () => {
  it('hard-links every kept page into the new build, and none of the others', async () => {
    const pages = await livePages(300)
    const kept = await keepPages(from, to, pages, (key) => key !== 'relics:7' && key !== 'relics:9')
    expect(Object.keys(kept ?? {})).toHaveLength(299)
    expect(kept?.['/di-tich/r-8/']).toBe('relics:8')
    expect(kept?.['/di-tich/r-7/']).toBeUndefined()
    await expect(stat(path.join(to, 'di-tich/r-7/index.html'))).rejects.toThrow()
    for (const file of [
      'en/relics/r-0/index.html',
      'di-tich/r-299/index.html',
      '01/09312345678907/10/A/B/index.html',
    ]) {
      expect(await inode(path.join(to, file)), file).toBe(await inode(path.join(from, file)))
    }
  })

  it('answers null when a page of the live build is gone (the publisher then builds in full)', async () => {
    const pages = await livePages(200)
    await rm(path.join(from, 'di-tich/r-100'), { recursive: true })
    expect(await keepPages(from, to, pages, () => true)).toBeNull()
  })

  it('keeps pages whose key is null out (pages about many entries are always rendered)', async () => {
    const pages = { ...(await livePages(3)), '/': null }
    await write(path.join(from, 'index.html'), 'home')
    const kept = await keepPages(from, to, pages, () => true)
    expect(kept?.['/']).toBeUndefined()
    await expect(stat(path.join(to, 'index.html'))).rejects.toThrow()
  })
})

describe('linkTree', () => {
  it('hard-links every file of a folder tree, however deep', async () => {
    const files = Array.from({ length: 500 }, (_, i) => `pagefind/${i % 2 ? 'fragment' : 'index'}/f${i}.pf`)
    for (const file of files) await write(path.join(from, file), file)
    await linkTree(path.join(from, 'pagefind'), path.join(to, 'pagefind'))
    for (const file of [files[0], files[1], files[499]] as string[]) {
      expect(await readFile(path.join(to, file), 'utf8')).toBe(file)
      expect(await inode(path.join(to, file))).toBe(await inode(path.join(from, file)))
    }
  })

  it('does nothing for a folder that does not exist', async () => {
    await linkTree(path.join(from, 'none'), path.join(to, 'none'))
    await expect(stat(path.join(to, 'none'))).rejects.toThrow()
  })
})

describe('checkBuild', () => {
  it('counts the HTML files at every depth', async () => {
    await livePages(250)
    await write(path.join(from, 'index.html'), '<html lang="vi"><body></body></html>')
    await write(path.join(from, 'en/index.html'), '<html lang="en"><body></body></html>')
    await write(path.join(from, '404.html'), 'not found')
    await write(path.join(from, '_astro/app.js'), '')
    expect(await checkBuild(from)).toBe(251 + 3)
  })

  it('refuses a build without its home pages', async () => {
    await livePages(2)
    await expect(checkBuild(from)).rejects.toThrow(/index\.html/)
  })
})
