import { APIError } from 'payload'

/**
 * A refusal the user should read (403 not allowed, 409 in use): shown as-is in the admin and the
 * API, and logged as information rather than as a server error.
 */
export class Refusal extends APIError {
  constructor(message: string, status: 403 | 409, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'Refusal'
  }
}
