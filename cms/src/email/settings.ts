import type { Env } from '../paths'

/**
 * How the CMS sends e-mail (password-reset links): an SMTP server named by the settings below, or
 * none. With no SMTP_HOST nothing is sent and nothing of a mail's content is logged (see
 * ./adapter.ts); everything else works as before.
 *
 * - SMTP_SECURE says how the connection is protected: `starttls` (the default; port 587: the
 *   server must upgrade the connection, or nothing is sent, so a password never crosses in
 *   clear), `tls` (TLS from the first byte; port 465) or `off` (a relay on the same machine or
 *   network that offers no TLS; STARTTLS is still used when offered). Certificates are checked;
 *   a private CA is added with Node's own NODE_EXTRA_CA_CERTS.
 * - MAIL_FROM is the sender, `Di sản số <no-reply@so-vhtt.gov.vn>` or a bare address (then the
 *   name is "Di sản số"). Required with SMTP_HOST: which sender a relay accepts is the
 *   installation's to say, and a guessed one ends in the recipient's spam folder.
 *
 * A setting that cannot be read stops the CMS at start with what to write instead.
 */
export const SECURE_MODES = ['starttls', 'tls', 'off'] as const
export type SecureMode = (typeof SECURE_MODES)[number]

export const DEFAULT_SENDER_NAME = 'Di sản số'

export interface MailSettings {
  host: string
  port: number
  secure: SecureMode
  auth?: { user: string; pass: string }
  from: { name: string; address: string }
}

const DEFAULT_PORT: Record<SecureMode, number> = { starttls: 587, tls: 465, off: 25 }

const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+$/
const NAMED = /^\s*"?([^"<>]*?)"?\s*<([^<>]+)>\s*$/

/** `Name <address>` or `address`; null when it is neither. */
export function parseSender(value: string): { name: string; address: string } | null {
  const named = NAMED.exec(value)
  const name = named?.[1]?.trim() ?? ''
  const address = (named?.[2] ?? value).trim()
  if (!ADDRESS.test(address)) return null
  return { name: name || DEFAULT_SENDER_NAME, address }
}

export class MailSettingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MailSettingError'
  }
}

/** The SMTP settings, or null when no SMTP_HOST is set (no mail is sent). */
export function mailSettings(env: Env = process.env): MailSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secureText = env.SMTP_SECURE?.trim().toLowerCase() || 'starttls'
  const secure = SECURE_MODES.find((mode) => mode === secureText)
  if (!secure) {
    throw new MailSettingError(
      `SMTP_SECURE="${env.SMTP_SECURE}" is not one of ${SECURE_MODES.join(', ')}: starttls for port 587, tls for port 465, off for a relay without TLS.`,
    )
  }
  const portText = env.SMTP_PORT?.trim()
  const port = portText ? Number(portText) : DEFAULT_PORT[secure]
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MailSettingError(`SMTP_PORT="${portText}" is not a port number (1–65535), e.g. 587.`)
  }
  const user = env.SMTP_USER?.trim()
  const pass = env.SMTP_PASS ?? ''
  if (!user && pass) throw new MailSettingError('SMTP_PASS is set without SMTP_USER: set both, or neither.')
  if (user && !pass) throw new MailSettingError('SMTP_USER is set without SMTP_PASS: set both, or neither.')
  const fromText = env.MAIL_FROM?.trim()
  if (!fromText) {
    throw new MailSettingError(
      'MAIL_FROM is not set: with SMTP_HOST set, name the sender your mail server accepts, e.g. MAIL_FROM="Di sản số <no-reply@so-vhtt.gov.vn>".',
    )
  }
  const from = parseSender(fromText)
  if (!from) {
    throw new MailSettingError(
      `MAIL_FROM="${fromText}" is not an address: write "Di sản số <no-reply@so-vhtt.gov.vn>" or just the address.`,
    )
  }
  return { host, port, secure, auth: user ? { user, pass } : undefined, from }
}
