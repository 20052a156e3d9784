import { USER_ROLES } from '@heritage/contract'
import type { CollectionConfig } from 'payload'
import { adminField, firstUserIsAdmin, userAccess } from '../access/system'
import { communeOptions } from '../adminUnits/installation'
import { auditFailedLogin, auditLogin, auditLogout, auditRoleChange, auditUserDelete } from '../audit/userHooks'
import { awaitWritesOutside, currentPasswordField, requireCurrentPassword } from '../auth/currentPassword'
import {
  auditPasswordReset,
  checkResetLink,
  forgotPasswordEndpoint,
  forgotPasswordSettings,
} from '../auth/passwordReset'
import { equalSignInWork, LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from '../auth/signIn'
import { secureCookies } from '../auth/transport'
import { selectOptions } from '../fields/options'
import { ADMIN_GROUPS } from './entry'

export { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS }

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Tài khoản', en: 'User' }, plural: { vi: 'Tài khoản', en: 'Users' } },
  admin: { useAsTitle: 'name', group: ADMIN_GROUPS.system, defaultColumns: ['name', 'email', 'roles'] },
  // Five wrong passwords lock the account for 15 minutes (Payload counts per account). The sign-in
  // cookie is Secure when the admin is served over https (see ../auth/transport.ts). A forgotten
  // password is reset by a link sent by e-mail (see ../auth/passwordReset.ts).
  auth: {
    // Every signed-in request reads its account (Payload's JWT strategy, `findByID` at this depth):
    // the scope reads only the ids of the province, communes and producer (access/scope.ts), so
    // they are not populated (depth 2 read the province, each commune and the producer again on
    // every request: 2.3 -> 1.1 ms for an editor, 3.8 -> 0.8 ms for a contributor of 12 communes).
    depth: 0,
    forgotPassword: forgotPasswordSettings,
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies() },
  },
  // Administrators manage every account (and unlock it); others read and edit their own.
  access: userAccess,
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [equalSignInWork, checkResetLink],
    afterOperation: [auditPasswordReset],
    beforeValidate: [requireCurrentPassword],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditRoleChange],
    afterDelete: [auditUserDelete],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
    afterError: [auditFailedLogin, awaitWritesOutside],
  },
  fields: [
    currentPasswordField,
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      options: selectOptions(USER_ROLES),
      label: { vi: 'Vai trò', en: 'Roles' },
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'admin-units',
      filterOptions: { level: { equals: 'province' } },
      label: { vi: 'Tỉnh / thành phố phụ trách', en: 'Province' },
      access: { create: adminField, update: adminField },
    },
    {
      name: 'communes',
      type: 'relationship',
      relationTo: 'admin-units',
      hasMany: true,
      filterOptions: communeOptions,
      label: { vi: 'Xã / phường phụ trách', en: 'Communes' },
      access: { create: adminField, update: adminField },
    },
    {
      name: 'producer',
      type: 'relationship',
      relationTo: 'producers',
      label: { vi: 'Chủ thể OCOP (tài khoản chủ thể)', en: 'Producer (for producer accounts)' },
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
  ],
}
