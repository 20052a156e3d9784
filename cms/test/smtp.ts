import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

/**
 * A real SMTP server for the mail tests (smtp-server, on a free port): it accepts every message,
 * keeps it, and optionally writes it to `dir` for a test in another process (the browser suite's
 * product). Messages are read back with a small MIME reader that knows what nodemailer writes
 * (encoded-word headers, multipart/alternative, quoted-printable or base64 parts).
 */
export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

export interface Mailbox {
  port: number
  messages: ReceivedMail[]
  /** Resolves once at least `count` messages arrived (rejects after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  /** Holds every new message's DATA until release() (the mail server is slow). */
  hold: () => void
  release: () => void
  close: () => Promise<void>
}

export async function startMailbox(
  options: { dir?: string; server?: Partial<SMTPServerOptions> } = {},
): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  let held: Array<() => void> | null = null
  if (options.dir) mkdirSync(options.dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    // A plain relay unless a test asks for more: no STARTTLS offered (its self-signed certificate
    // would be refused, rightly, by a client that checks certificates).
    hideSTARTTLS: true,
    disabledCommands: ['AUTH'],
    logger: false,
    ...options.server,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1')
        const finish = () => {
          const mail = parseMail(raw)
          mail.to = session.envelope.rcptTo.map((r) => r.address)
          messages.push(mail)
          if (options.dir) writeFileSync(path.join(options.dir, `${Date.now()}-${messages.length}.eml`), raw, 'latin1')
          callback()
        }
        if (held) held.push(finish)
        else finish()
      })
    },
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address()
      if (address && typeof address === 'object') resolve(address.port)
      else reject(new Error('the SMTP server has no port'))
    })
  })
  const waitFor = async (count: number, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs
    while (messages.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} mail(s), got ${messages.length}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return messages
  }
  return {
    port,
    messages,
    waitFor,
    hold: () => {
      held = []
    },
    release: () => {
      const waiting = held ?? []
      held = null
      for (const finish of waiting) finish()
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The messages a mailbox wrote to `dir`, oldest first. */
export function readMailDir(dir: string): ReceivedMail[] {
  let names: string[] = []
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.eml'))
  } catch {
    return []
  }
  return names
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b))
    .map((name) => parseMail(readFileSync(path.join(dir, name), 'latin1')))
}

/** Splits a message (or a part) into unfolded, lower-cased headers and its body. */
function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end + 4)
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

const utf8 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('utf8')

const quotedPrintable = (text: string): string =>
  utf8(
    text
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  )

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), as in Subject and From. */
export const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    )

const decodeBody = (body: string, encoding = ''): string => {
  const kind = encoding.toLowerCase()
  if (kind === 'quoted-printable') return quotedPrintable(body)
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  return utf8(body)
}

export function parseMail(raw: string): ReceivedMail {
  const { headers, body } = splitHeaders(raw)
  const parts: Array<{ type: string; content: string }> = []
  const contentType = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break
      const part = splitHeaders(section.replace(/^\r\n/, ''))
      parts.push({
        type: (part.headers['content-type'] ?? 'text/plain').toLowerCase(),
        content: decodeBody(part.body.replace(/\r\n$/, ''), part.headers['content-transfer-encoding']),
      })
    }
  } else {
    parts.push({ type: contentType.toLowerCase(), content: decodeBody(body, headers['content-transfer-encoding']) })
  }
  const of = (type: string) => parts.find((part) => part.type.startsWith(type))?.content ?? ''
  return {
    from: decodeWords(headers.from ?? ''),
    to: [],
    subject: decodeWords(headers.subject ?? ''),
    text: of('text/plain').replace(/\r\n/g, '\n'),
    html: of('text/html').replace(/\r\n/g, '\n'),
    headers,
  }
}
