/** Reading errors that arrive as `unknown` (a catch clause, a rejected promise) without casting them. */

/** The error's message, or the thrown value as text when it is not an Error. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** A Node system error's code (`ENOENT`, `EEXIST`, …); undefined for any other error. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
