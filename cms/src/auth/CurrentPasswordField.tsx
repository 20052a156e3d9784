'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * "Mật khẩu hiện tại" on one's own account page: a password input (Payload's own), without
 * Payload's rules for a new password, which the current one need not meet.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={() => true} />
)
