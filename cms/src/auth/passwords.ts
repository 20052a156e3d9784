import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Checks a password the way Payload's local strategy does (payload/dist/auth/strategies/local:
 * PBKDF2-SHA256, 600,000 iterations and 32 bytes for hashes written by Payload 3.90, marked with
 * the prefix below; 25,000 iterations and 512 bytes for older ones). Payload does not export it;
 * cms/test/auth-signin.test.ts checks these parameters against a hash Payload itself wrote, so an
 * upgrade that changes them fails the tests instead of silently weakening the checks below.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const derive = promisify(pbkdf2)

/** Whether `password` is the one whose hash and salt are stored on the account. */
export async function passwordMatches(account: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  const { hash, salt } = account
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const given = await derive(password, salt, iterations, keyLength, 'sha256')
  return given.length === stored.length && timingSafeEqual(given, stored)
}

let dummyChecks = 0

/**
 * The same work as checking a real password, for a sign-in that Payload refuses before it checks
 * one (unknown account, locked account): without it those answers come back many times faster
 * than a wrong password for a real account, which tells an attacker which e-mails have accounts.
 */
export async function checkAgainstNothing(password: string): Promise<void> {
  dummyChecks++
  await derive(password, 'heritage-no-account', CURRENT.iterations, CURRENT.keyLength, 'sha256')
}

/** How many dummy checks ran: tests observe that the work is done, never how long it took. */
export const dummyCheckCount = (): number => dummyChecks
