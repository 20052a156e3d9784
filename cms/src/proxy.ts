import { type NextRequest, NextResponse } from 'next/server'
import { HSTS, sendsHsts } from './auth/transport'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the officer picks English in their account settings (which
 * sets this cookie). Without this, an English-language browser would get an English admin.
 *
 * In production over https, every admin page also tells the browser to come back over https only
 * (HSTS). It is set here, at request time, rather than in next.config's headers, which are fixed
 * when the admin is built, before the installation's address (CMS_PUBLIC_URL) is known. A browser
 * keeps the rule for the whole host, the API included, from the first admin page it loads.
 */
export function proxy(request: NextRequest) {
  const hsts = sendsHsts()
  if (request.cookies.has(LANGUAGE_COOKIE)) {
    const response = NextResponse.next()
    if (hsts) response.headers.set('Strict-Transport-Security', HSTS)
    return response
  }
  // Set on the request too, so that the very first page is already rendered in Vietnamese.
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  if (hsts) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

export const config = { matcher: ['/admin/:path*'] }
