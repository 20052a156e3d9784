/**
 * A forgotten password as an officer lives it, in Chromium in Vietnamese, against the suite's real
 * SMTP server (e2e/setup.ts): "Quên mật khẩu?" on the sign-in screen, the address, the screen that
 * says a mail is on its way (no English), the mail, the link, a new password, signed in; the same
 * link a second time is refused (over the API) with the Vietnamese message, and in the browser its
 * screen says at once that it was used or has expired, with a way to a new one; a link spent while
 * its screen is open is refused on submitting with the whole message (no colon for Payload's
 * toast to cut into a list).
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { readMailDir } from '../../cms/test/smtp'
import { ADMIN, apiToken, browserSession, productUrls, toasts } from './browser'

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const { baseUrl, adminUrl } = productUrls()
const mailDir = inject('mailDir')
const run = Date.now().toString(36)
const OFFICER = { email: `quen-${run}@example.vn`, name: 'Cán bộ quên mật khẩu (thử)', password: 'mat-khau-cu-e2e' }
const NEW_PASSWORD = 'mat-khau-moi-e2e'
/** A second officer, whose link gets spent while its screen is open. */
const SECOND = { email: `quen-2-${run}@example.vn`, name: 'Cán bộ quên mật khẩu 2 (thử)', password: 'mat-khau-cu-e2e' }
/** What the reset screen says of a link that no longer works, and the refusal's toast (cms/src/auth/passwordReset.ts). */
const SPENT_SCREEN =
  'Liên kết đặt lại mật khẩu này đã được dùng hoặc đã hết hạn (mỗi liên kết chỉ dùng được một lần, trong 60 phút). Hãy yêu cầu một liên kết mới bằng nút dưới đây: nhập địa chỉ thư điện tử của bạn, hệ thống sẽ gửi thư mới.'
const SPENT_TOAST =
  'Liên kết đặt lại mật khẩu này không dùng được nữa, vì đã được dùng hoặc đã hết hạn (mỗi liên kết chỉ dùng được một lần, trong 60 phút). Hãy bấm “Quên mật khẩu?” ở màn hình đăng nhập để nhận liên kết mới.'

const { browser, contexts } = browserSession(adminUrl)

/** A fresh page in a Vietnamese browser, signed in as nobody. */
const freshPage = async (): Promise<Page> => {
  const context = await browser().newContext({ locale: 'vi-VN' })
  contexts.push(context)
  return context.newPage()
}

const mailsTo = (email: string) => readMailDir(mailDir).filter((mail) => (mail.headers.to ?? '').includes(email))

describe('Quên mật khẩu?', () => {
  let link = ''

  it('asking for a link: the screen says a mail is on its way, in Vietnamese, and the mail arrives', async () => {
    const token = await apiToken(baseUrl, ADMIN)
    for (const officer of [OFFICER, SECOND]) {
      const created = await fetch(`${baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ ...officer, roles: ['contributor'] }),
      })
      expect(created.status).toBe(201)
    }

    const page = await freshPage()
    await page.goto(`${adminUrl}/login`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await page.waitForURL(/\/admin\/forgot$/)
    await page.waitForLoadState('networkidle')
    await page.fill('#field-email', OFFICER.email)
    await page.screenshot({ path: `${SHOTS}/forgot-password.png` })
    await page.click('button[type=submit]')
    await expect.poll(() => toasts(page)).toEqual(['Gửi thành công.'])
    await expect(page.locator('h1').textContent()).resolves.toBe('Đã gửi thư')
    await expect(page.locator('.forgot-password__form').textContent()).resolves.toContain(
      'Nếu địa chỉ thư điện tử này thuộc một tài khoản, bạn sẽ sớm nhận được hướng dẫn đặt lại mật khẩu.',
    )
    await page.screenshot({ path: `${SHOTS}/forgot-password-sent.png` })

    await expect.poll(() => mailsTo(OFFICER.email).length).toBe(1)
    const [mail] = mailsTo(OFFICER.email)
    expect(mail?.subject).toBe('Đặt lại mật khẩu tài khoản Di sản số')
    link = /^(http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]+)$/m.exec(mail?.text ?? '')?.[1] ?? ''
    expect(link.startsWith(`${adminUrl}/reset/`)).toBe(true)
  })

  it('the link: a new password, then signed in; the same link again is refused', async () => {
    const page = await freshPage()
    await page.goto(link, { waitUntil: 'networkidle' })
    await expect(page.locator('h1').textContent()).resolves.toBe('Tạo lại mật khẩu')
    await page.fill('#field-password', NEW_PASSWORD)
    await page.fill('#field-confirm-password', NEW_PASSWORD)
    await page.screenshot({ path: `${SHOTS}/reset-password.png` })
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await expect.poll(() => toasts(page)).toEqual(['Đặt lại mật khẩu thành công.'])
    await page.screenshot({ path: `${SHOTS}/reset-password-signed-in.png` })

    // The same link a second time, over the API (auth-reset.test.ts checks the message in both languages).
    const again = await fetch(`${baseUrl}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link.split('/').at(-1), password: 'mat-khau-thu-ba-e2e' }),
    })
    expect(again.status).toBe(403)
    expect(((await again.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /^Liên kết đặt lại mật khẩu này không dùng được nữa/,
    )

    const signIn = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OFFICER.email, password: NEW_PASSWORD }),
    })
    expect(signIn.status).toBe(200)
  })
  it('the same link again, in the browser: the screen says it was used or has expired and leads to a new one', async () => {
    const page = await freshPage()
    await page.goto(link, { waitUntil: 'networkidle' })
    await page.screenshot({ path: `${SHOTS}/reset-password-spent.png` })
    await expect(page.locator('h1').textContent()).resolves.toBe('Liên kết đã hết hiệu lực')
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe(SPENT_SCREEN)
    await expect(page.locator('#field-password').count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Nhận liên kết mới' }).click()
    await page.waitForURL(/\/admin\/forgot$/)
    await expect(page.locator('#field-email').count()).resolves.toBe(1)

    // A token never sent (typed, or cut short by a mail program) reads the same.
    await page.goto(`${adminUrl}/reset/${'ab'.repeat(20)}`, { waitUntil: 'networkidle' })
    await expect(page.locator('h1').textContent()).resolves.toBe('Liên kết đã hết hiệu lực')
  })

  it('a link spent while its screen is open: the refusal on submitting reads whole, in Vietnamese', async () => {
    const asked = await fetch(`${baseUrl}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: SECOND.email }),
    })
    expect(asked.status).toBe(200)
    await expect.poll(() => mailsTo(SECOND.email).length).toBe(1)
    const second = /^(http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]+)$/m.exec(
      mailsTo(SECOND.email)[0]?.text ?? '',
    )?.[1]
    expect(second).toBeTruthy()
    const page = await freshPage()
    await page.goto(second ?? '', { waitUntil: 'networkidle' })
    await expect(page.locator('h1').textContent()).resolves.toBe('Tạo lại mật khẩu')
    // Spent elsewhere (another tab, another device) while this screen is open.
    const spent = await fetch(`${baseUrl}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: second?.split('/').at(-1), password: 'mat-khau-tab-khac-e2e' }),
    })
    expect(spent.status).toBe(200)
    await page.fill('#field-password', NEW_PASSWORD)
    await page.fill('#field-confirm-password', NEW_PASSWORD)
    await page.click('button[type=submit]')
    await expect.poll(() => toasts(page)).toEqual([SPENT_TOAST])
    await page.screenshot({ path: `${SHOTS}/reset-password-spent-on-submit.png` })
  })
})
