import type { Env } from './paths'

/**
 * Origin of the public tourism site, which QR plaques and labels point to. Printed codes last for
 * years: set SITE_URL to the final public address before printing.
 */
export const publicSiteUrl = (env: Env = process.env): string =>
  (env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '')
