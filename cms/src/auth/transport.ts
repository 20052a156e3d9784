import type { Env } from '../paths'
import { adminOrigins } from '../site'

/**
 * Whether the admin is served over https: its public address (CMS_PUBLIC_URL) says so. Then the
 * sign-in cookie is `Secure` (never sent over plain http) and, in production, browsers are told
 * to use https only (HSTS, see ../proxy.ts). The demo on http://localhost, production build or
 * not, keeps a plain cookie: a Secure one would never be sent back and nobody could sign in.
 */
export const servedOverHttps = (env: Env = process.env): boolean =>
  adminOrigins(env).every((origin) => origin.startsWith('https:'))

export const secureCookies = (env: Env = process.env): boolean => servedOverHttps(env)

/** A year, subdomains not included: the province's other sites are not ours to commit. */
export const HSTS = 'max-age=31536000'

export const sendsHsts = (env: Env = process.env): boolean => env.NODE_ENV === 'production' && servedOverHttps(env)
