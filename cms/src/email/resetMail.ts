import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { adminOrigins } from '../site'

/**
 * The password-reset mail, in our words (Payload's default is one English sentence): Vietnamese,
 * then the same in English for the few who read the admin in English; plain text and simple HTML.
 *
 * The link is built on the admin's configured origin (CMS_PUBLIC_URL, or the local address of
 * `npm start`), never on the Host header of the request that asked: a forged Host would otherwise
 * send a real token to someone else's server.
 */
export const RESET_LINK_MINUTES = 60
/** At most one mail per account this often; requests in between are answered alike and send nothing. */
export const RESET_MAIL_INTERVAL_SECONDS = 60

export const RESET_SUBJECT = 'Đặt lại mật khẩu tài khoản Di sản số'

interface Recipient {
  email?: string | null
  name?: string | null
}

/** Where the mail's link leads: the admin's reset screen for this token. */
export function resetLink(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: adminOrigins()[0],
  })
}

export function resetMail(user: Recipient, link: string): { subject: string; text: string; html: string } {
  const email = user.email ?? ''
  const greeting = user.name ? `Xin chào ${user.name},` : 'Xin chào,'
  const text = [
    greeting,
    '',
    `Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản ${email} trên trang quản trị Di sản số.`,
    '',
    `Để đặt mật khẩu mới, mở liên kết sau trong vòng ${RESET_LINK_MINUTES} phút:`,
    link,
    '',
    'Liên kết chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.',
    '',
    '—',
    `Someone asked to reset the password of ${email} on the Di sản số admin. To choose a new password, open the link above within ${RESET_LINK_MINUTES} minutes; it works once. If it was not you, ignore this e-mail: your password is unchanged.`,
    '',
  ].join('\n')
  const e = escapeHtml
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; line-height: 1.5; color: #222">',
    `<p>${e(greeting)}</p>`,
    `<p>Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản <b>${e(email)}</b> trên trang quản trị Di sản số.</p>`,
    `<p>Để đặt mật khẩu mới, mở liên kết sau trong vòng ${RESET_LINK_MINUTES} phút:</p>`,
    `<p><a href="${e(link)}">Đặt mật khẩu mới</a></p>`,
    `<p style="font-size: 90%">Hoặc chép địa chỉ này vào trình duyệt: ${e(link)}</p>`,
    '<p>Liên kết chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.</p>',
    '<hr>',
    `<p lang="en" style="font-size: 90%; color: #555">Someone asked to reset the password of ${e(email)} on the Di sản số admin. To choose a new password, open the link above within ${RESET_LINK_MINUTES} minutes; it works once. If it was not you, ignore this e-mail: your password is unchanged.</p>`,
    '</body></html>',
  ].join('\n')
  return { subject: RESET_SUBJECT, text, html }
}

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Payload's reset sends only the HTML it asked us for; the plain-text part written with it waits
 * here until the mail adapter (./adapter.ts) attaches it. Bounded: a mail never sent (its
 * transaction failed first) does not keep its text for long.
 */
const plainTexts = new Map<string, string>()
const KEPT = 100

export function resetMailHtml(req: PayloadRequest, token: string, user: Recipient): string {
  const { text, html } = resetMail(user, resetLink(req, token))
  plainTexts.set(html, text)
  while (plainTexts.size > KEPT) plainTexts.delete(plainTexts.keys().next().value as string)
  return html
}

/** The plain-text part written with this HTML, once. */
export function plainTextOf(html: string): string | undefined {
  const text = plainTexts.get(html)
  plainTexts.delete(html)
  return text
}
