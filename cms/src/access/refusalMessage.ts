import { isRecord } from '../shared/guards'

/**
 * What an admin screen shows of a refused request: the refusal's message (./refusal.ts; Payload's
 * own errors have one too), already in the user's language, or the HTTP status when the answer
 * carries none. No server imports: the admin's client components use it.
 */
export function refusalMessage(json: unknown, status: number): string {
  const first: unknown = isRecord(json) && Array.isArray(json.errors) ? json.errors[0] : undefined
  return isRecord(first) && typeof first.message === 'string' ? first.message : String(status)
}
