import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { Env } from '../paths'
import { plainTextOf } from './resetMail'
import { DEFAULT_SENDER_NAME, type MailSettings, mailSettings } from './settings'

/** A mail the CMS was asked to send with no SMTP server set. */
export class MailNotConfigured extends Error {
  constructor() {
    super('No SMTP_HOST is set: the CMS sends no e-mail.')
    this.name = 'MailNotConfigured'
  }
}

/**
 * Payload's mail goes through here. With SMTP settings, to that server (nodemailer), each mail
 * with the plain-text part we wrote for it. Without, every mail is refused with MailNotConfigured
 * instead of Payload's console adapter: that one prints an English warning at every start, and
 * the caller (../auth/passwordReset.ts) logs who asked, never a mail's content, so a reset link
 * never reaches the log in any mode.
 */
export async function emailAdapter(env: Env = process.env): Promise<EmailAdapter> {
  const settings = mailSettings(env)
  if (!settings) {
    return () => ({
      name: 'none',
      defaultFromAddress: 'no-reply@localhost',
      defaultFromName: DEFAULT_SENDER_NAME,
      sendEmail: async () => {
        throw new MailNotConfigured()
      },
    })
  }
  const smtp = await nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    // No connection at start: an unreachable server would hold the start up to the timeout.
    skipVerify: true,
    transportOptions: transportOptions(settings),
  })
  return (args) => {
    const inner = smtp(args)
    return {
      ...inner,
      sendEmail: (message: SendEmailOptions) => inner.sendEmail(withPlainText(message)),
    }
  }
}

/** Nodemailer's options for the settings; short timeouts so a dead server fails a send, not hangs it. */
export const transportOptions = (settings: MailSettings) => ({
  host: settings.host,
  port: settings.port,
  secure: settings.secure === 'tls',
  requireTLS: settings.secure === 'starttls',
  auth: settings.auth,
  connectionTimeout: 15_000,
  greetingTimeout: 15_000,
  socketTimeout: 30_000,
})

const withPlainText = (message: SendEmailOptions): SendEmailOptions => {
  if (message.text !== undefined || typeof message.html !== 'string') return message
  const text = plainTextOf(message.html)
  return text === undefined ? message : { ...message, text }
}
