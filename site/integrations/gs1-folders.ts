import { mkdir, rename, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import {
  INVALID_LINK,
  INVALID_LINK_FILE,
  INVALID_LINK_TITLE,
  malformedLinkBody,
  RESOLVER_FILE,
  resolverDescription,
} from '../src/gs1-resolver.ts'
import { pagePathOf, renderedFolder, STAND_IN_MARK } from '../src/routing.ts'
import { LOCAL_SITE_URL, siteOf } from '../src/site-url.ts'
import { pageFile } from '../tools/incremental.ts'
import { page } from '../tools/serve.ts'

/**
 * Moves the pages rendered at a stand-in path (a GS1 Digital Link whose lot holds characters
 * outside `[A-Za-z0-9._-]`, see `renderPath` in src/routing.ts) to the folder any web server
 * reads for the printed link: the path decoded once. Runs before the other integrations look at
 * the pages, and on partial builds too. Only the pages this build rendered are looked at (Astro's
 * list): kept pages of a partial build are already where they belong, and walking the whole
 * folder took seconds of a one-entry publish at 10,000 entries.
 *
 * Also writes the GS1 resolver description file, `/.well-known/gs1resolver` (src/gs1-resolver.ts),
 * for the site's address, and `/gs1-invalid.html`, what a static server shows for a malformed link.
 */
export default function gs1Folders(): AstroIntegration {
  let site = LOCAL_SITE_URL
  return {
    name: 'heritage-gs1-folders',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir)
        const description = path.join(out, RESOLVER_FILE)
        await mkdir(path.dirname(description), { recursive: true })
        // The address as the linksets write it (pages/gs1-linkset), so that the two agree.
        const root = siteOf(site)
        const name = `GS1 Digital Link resolver of ${root.host}`
        await writeFile(description, `${JSON.stringify(resolverDescription(root.href, name), null, 1)}\n`)
        // The page a static server shows for a malformed GS1 link (it cannot say what is wrong).
        await writeFile(
          path.join(out, INVALID_LINK_FILE),
          page('vi', INVALID_LINK_TITLE, malformedLinkBody(INVALID_LINK)),
        )
        // Astro names each page by its path without the first slash: `01/…/10/A~2FB/`.
        const standIns = pages
          .map((page) => renderedFolder(page.pathname))
          .filter((folder) => folder.includes(STAND_IN_MARK))
        for (const folder of standIns) {
          const target = path.join(out, pageFile(pagePathOf(folder)))
          await mkdir(path.dirname(target), { recursive: true })
          await rename(path.join(out, folder, 'index.html'), target)
          await rmdir(path.join(out, folder))
        }
        if (standIns.length > 0) logger.info(`${standIns.length} GS1 lot page(s) moved to their decoded folders`)
      },
    },
  }
}
