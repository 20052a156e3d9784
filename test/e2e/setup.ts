import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { type Mailbox, startMailbox } from '../../cms/test/smtp'
import { type RunningProduct, startProduct } from './product'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    siteUrl: string
    /** Where the suite's mail server writes each message it receives (one .eml file each). */
    mailDir: string
  }
}

let product: RunningProduct | undefined
let mailbox: Mailbox | undefined

/**
 * One product for the whole browser suite: starting it (build check, migrations, seed) is the slow
 * part. It sends its mail to a real SMTP server started here, which keeps every message in a
 * folder the tests read (password-reset.test.ts).
 */
export default async function setup(project: TestProject) {
  const mailDir = mkdtempSync(path.join(tmpdir(), 'heritage-e2e-mail-'))
  mailbox = await startMailbox({ dir: mailDir })
  product = await startProduct({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'off',
    MAIL_FROM: 'Di sản số <no-reply@disan.example.vn>',
  })
  project.provide('baseUrl', product.baseUrl)
  project.provide('siteUrl', product.siteUrl)
  project.provide('mailDir', mailDir)
  return async () => {
    await product?.stop()
    await mailbox?.close()
    rmSync(mailDir, { recursive: true, force: true })
  }
}
