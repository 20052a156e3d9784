import type { SanitizedConfig } from 'payload'

/**
 * Calls Payload's real Next.js route handlers (the ones app/(payload)/api mounts) in-process, so
 * REST and GraphQL are tested as an HTTP client sees them, without starting a server.
 */
export async function httpClient() {
  const { default: configPromise } = await import('../src/payload.config')
  const config: Promise<SanitizedConfig> = Promise.resolve(configPromise)
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const graphql = routes.GRAPHQL_POST(config)

  const raw = async (method: keyof typeof handlers, path: string, token?: string): Promise<Response> => {
    const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
    const headers = new Headers()
    if (token) headers.set('authorization', `JWT ${token}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handlers[method](new Request(url, { method, headers }), { params: Promise.resolve({ slug }) })
  }

  const rest = async (
    method: keyof typeof handlers,
    path: string,
    options: { body?: unknown; token?: string; language?: string; headers?: Record<string, string> } = {},
  ) => {
    const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
    const headers = new Headers({ 'content-type': 'application/json', ...options.headers })
    if (options.token) headers.set('authorization', `JWT ${options.token}`)
    if (options.language) headers.set('accept-language', options.language)
    const request = new Request(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : null, text, headers: response.headers }
  }

  /** A multipart upload, as the admin sends it: the file plus the other fields as `_payload`. */
  const upload = async (
    path: string,
    file: { data: Buffer; name: string; mimetype: string },
    data: Record<string, unknown>,
    token?: string,
  ) => {
    const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.set('_payload', JSON.stringify(data))
    const headers = new Headers()
    if (token) headers.set('authorization', `JWT ${token}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers.POST(new Request(url, { method: 'POST', headers, body: form }), {
      params: Promise.resolve({ slug }),
    })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : null, text }
  }

  /**
   * A multipart POST with any fields, the raw response returned. `withLength` sends the body's
   * length up front, as browsers do (a Request built here otherwise streams it without one).
   */
  const form = async (path: string, body: FormData, token?: string, withLength = false): Promise<Response> => {
    const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
    const headers = new Headers()
    if (token) headers.set('authorization', `JWT ${token}`)
    if (withLength) {
      const encoded = new Response(body)
      headers.set('content-type', encoded.headers.get('content-type') ?? '')
      const bytes = new Uint8Array(await encoded.arrayBuffer())
      headers.set('content-length', String(bytes.byteLength))
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      return handlers.POST(new Request(url, { method: 'POST', headers, body: bytes }), {
        params: Promise.resolve({ slug }),
      })
    }
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handlers.POST(new Request(url, { method: 'POST', headers, body }), { params: Promise.resolve({ slug }) })
  }

  const gql = async (query: string, token?: string) => {
    const headers = new Headers({ 'content-type': 'application/json' })
    if (token) headers.set('authorization', `JWT ${token}`)
    const response = await graphql(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    const text = await response.text()
    return { status: response.status, json: JSON.parse(text), text }
  }

  const login = async (email: string, password: string): Promise<string> => {
    const res = await rest('POST', 'users/login', { body: { email, password } })
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.text}`)
    return res.json.token as string
  }

  return { raw, rest, gql, login, upload, form }
}
