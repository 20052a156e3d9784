import type { Access } from 'payload'
import { isSignedIn } from './roles'

/** Signed-in users read everything; the public reads published entries only. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (isSignedIn({ req })) return true
  return { _status: { equals: 'published' } }
}
