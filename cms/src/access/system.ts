import type { Access, ClientUser, CollectionBeforeChangeHook, FieldAccess, GlobalConfig, PayloadRequest } from 'payload'
import type { CollectionAccess } from './policy'
import { isStaffUser, signedIn } from './policy'
import { can } from './scope'

/**
 * The rules of the system's own records (see ./policy.ts for the entries): accounts, the
 * administrative units, the QR code registry, the installation's settings, the site status and
 * the scheduled jobs. Administrators run the installation; nobody writes what only the server
 * writes.
 */

export const isAdminUser = (req: PayloadRequest): boolean => can(req, 'admin')

const admin: Access = ({ req }) => isAdminUser(req)
const nobody = (): boolean => false

/** Fields only administrators set (an account's roles, province, communes and producer). */
export const adminField: FieldAccess = ({ req }) => isAdminUser(req)

/** Accounts: administrators manage everyone; everybody else reads and edits their own account only. */
const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

// Unlocking an account undoes the lockout after failed sign-ins: administrators only.
export const userAccess: CollectionAccess = {
  read: adminOrSelf,
  create: admin,
  update: adminOrSelf,
  delete: admin,
  unlock: admin,
}

/** The very first account of a new installation administers it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}

/** Provinces and communes: everyone reads them (the public site's filters too); administrators write. */
export const adminUnitAccess: CollectionAccess = { read: () => true, create: admin, update: admin, delete: admin }

/**
 * The QR code registry: administrators read it; nobody, administrators included, creates, changes
 * or deletes a line through the admin or the API (the server writes it, see ../fields/shortCode.ts).
 */
export const qrCodeAccess: CollectionAccess = { read: admin, create: nobody, update: nobody, delete: nobody }

/** Leaves a collection out of the admin's navigation for everyone but administrators. */
export const hiddenUnlessAdmin = ({ user }: { user: ClientUser | null }): boolean =>
  !(Array.isArray(user?.roles) && user.roles.includes('admin'))

type GlobalAccess = NonNullable<GlobalConfig['access']>

/** The installation's settings: staff read them (their pickers depend on them); administrators change them. */
export const installationAccess: GlobalAccess = { read: ({ req }) => isStaffUser(req), update: admin }

/** The site status: every signed-in account reads it; only the publisher writes it. */
export const siteStatusAccess: GlobalAccess = { read: ({ req }) => signedIn(req), update: nobody }
