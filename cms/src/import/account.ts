import { createLocalReq, type Payload } from 'payload'
import type { User } from '../payload-types'

/** The account an import runs as, for the Local API: none (the command line, the system) overrides access. */
export const asAccount = (user?: User) =>
  user ? { overrideAccess: false, user: { ...user, collection: 'users' as const } } : { overrideAccess: true }

/** A request as the importing account, for access checks and writes. */
export const newRequest = async (payload: Payload, user?: User) =>
  createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
