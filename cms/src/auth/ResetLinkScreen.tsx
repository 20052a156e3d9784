import { MinimalTemplate } from '@payloadcms/next/templates'
import { initI18n } from '@payloadcms/translations'
import { Button, Link } from '@payloadcms/ui'
import { cookies, headers } from 'next/headers'
import { getPayload, getRequestLanguage, type SanitizedConfig } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactElement } from 'react'
import { RESET_MESSAGES, resetLinkAccount } from './passwordReset'

/**
 * The admin's reset screen (`/admin/reset/<token>`) opened with a link that no longer works — spent,
 * expired, or never sent: Payload shows its form anyway, and only after a new password typed twice
 * does a toast refuse it. This screen says at once, in the person's language, that the link was
 * used or has expired, and leads to the "Quên mật khẩu?" screen for a new one. Returns null for
 * every other address (and for a link that works), which Payload's own views then answer.
 */
export async function resetLinkScreen(
  configPromise: Promise<SanitizedConfig>,
  segments: readonly string[] | undefined,
): Promise<ReactElement | null> {
  const config = await configPromise
  const [first, token] = segments ?? []
  if (segments?.length !== 2 || `/${first}` !== config.admin.routes.reset || !token) return null
  const payload = await getPayload({ config })
  if ((await resetLinkAccount(payload, 'users', token)).usable) return null
  const language = getRequestLanguage({ config, cookies: await cookies(), headers: await headers() })
  const i18n = await initI18n({ config: config.i18n, context: 'client', language })
  const say = (message: { vi: string; en: string }) => (language === 'en' ? message.en : message.vi)
  const adminRoute = config.routes.admin
  return (
    <MinimalTemplate className="reset-password">
      <div className="reset-password__wrap reset-link-unusable">
        <div className="form-header">
          <h1>{say(RESET_MESSAGES.screenHeading)}</h1>
          <p role="alert">{say(RESET_MESSAGES.screen)}</p>
        </div>
        {/* Blocks, one under the other, as on Payload's own reset screen. */}
        <div>
          <Button
            buttonStyle="primary"
            el="link"
            size="large"
            to={formatAdminURL({ adminRoute, path: config.admin.routes.forgot })}
          >
            {say(RESET_MESSAGES.newLink)}
          </Button>
        </div>
        <p>
          <Link href={formatAdminURL({ adminRoute, path: config.admin.routes.login })} prefetch={false}>
            {i18n.t('authentication:backToLogin')}
          </Link>
        </p>
      </div>
    </MinimalTemplate>
  )
}
