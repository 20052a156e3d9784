import type { UserRole } from '@heritage/contract'
import type { Access, FieldAccess, PayloadRequest } from 'payload'

interface RoleUser {
  collection?: string
  roles?: UserRole[] | null
}

const userOf = (req: PayloadRequest): RoleUser | null =>
  req.user && (req.user as RoleUser).collection === 'users' ? (req.user as RoleUser) : null

export const hasRole = (req: PayloadRequest, ...roles: UserRole[]): boolean =>
  Boolean(userOf(req)?.roles?.some((role) => roles.includes(role)))

/** Any signed-in account of the CMS. */
export const isSignedIn = ({ req }: { req: PayloadRequest }): boolean => Boolean(userOf(req))

/** Culture-office staff: administrators, province editors and commune contributors. */
export const isStaff: FieldAccess = ({ req }) => hasRole(req, 'admin', 'editor', 'contributor')

export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
