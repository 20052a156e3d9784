import type { Env } from './paths'

/**
 * Origin of the public tourism site, which QR plaques and labels point to. Printed codes last for
 * years: set SITE_URL to the final public address before printing.
 */
export const publicSiteUrl = (env: Env = process.env): string =>
  (env.SITE_URL?.trim() || `http://localhost:${env.SITE_PORT?.trim() || 4321}`).replace(/\/+$/, '')

/**
 * Origins the admin is served from: CMS_PUBLIC_URL in production, otherwise the local address
 * `npm start` uses. The API answers cross-origin requests (CORS) and accepts the sign-in cookie
 * (CSRF) from these origins only.
 */
export function adminOrigins(env: Env = process.env): string[] {
  const configured = env.CMS_PUBLIC_URL?.trim()
  if (configured) return [new URL(configured).origin]
  const port = env.CMS_PORT?.trim() || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
