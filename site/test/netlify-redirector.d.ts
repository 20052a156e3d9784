/** The part of netlify-redirector's API the tests use (the package ships no types). */
declare module 'netlify-redirector' {
  /** What Netlify's edge hands the matcher of one request. */
  export interface RedirectRequest {
    scheme: string
    host: string
    /** Decoded path. */
    path: string
    /** The query without its `?`. */
    query: string
    getHeader(name: string): string
    getCookie(name: string): string
  }
  export interface Matcher {
    match(request: RedirectRequest): { status: number; to: string; force: boolean } | null
  }
  /** `_redirects` as written. */
  export function parsePlain(rules: string, options: object): Promise<Matcher>
}
