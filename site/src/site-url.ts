/**
 * The site's public address. astro.config.ts gives every build one (SITE_URL, else the address the
 * CMS wrote into the snapshot); a build with neither is made for the local one, where `astro dev`
 * and `npm run site:serve` answer. Pages and integrations take the build's address through
 * `siteOf`, so that the local default is written in this one place.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321'

/** The build's address (Astro's `site`, `import.meta.env.SITE` or an integration's `config.site`), else the local one. */
export const siteOf = (site: URL | string | undefined): URL => new URL(site ?? LOCAL_SITE_URL)
