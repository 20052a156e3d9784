/**
 * What an admin screen shows of a refused request: the refusal's message (./refusal.ts; Payload's
 * own errors have one too), already in the user's language, or the HTTP status when the answer
 * carries none. No server imports: the admin's client components use it.
 */
export function refusalMessage(json: unknown, status: number): string {
  if (typeof json === 'object' && json !== null && 'errors' in json && Array.isArray(json.errors)) {
    const [first]: unknown[] = json.errors
    if (typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string') {
      return first.message
    }
  }
  return String(status)
}
