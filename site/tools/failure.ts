/** How a publish fails: its error, the reason Astro gave and the tail of the build output. */

const LOG_LIMIT = 4096

export class PublishError extends Error {
  override name = 'PublishError'
  /** Tail of the build output. */
  readonly log: string
  constructor(message: string, log = '') {
    super(message)
    this.log = log
  }
}

/** The last `limit` bytes of the text, starting at a line. */
export function tail(text: string, limit = LOG_LIMIT): string {
  const bytes = Buffer.from(text)
  if (bytes.length <= limit) return text
  const cut = bytes
    .subarray(bytes.length - limit)
    .toString('utf8')
    .replace(/^\uFFFD+/, '')
  const newline = cut.indexOf('\n')
  return newline >= 0 && newline < cut.length - 1 ? cut.slice(newline + 1) : cut
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
export const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '')

/**
 * The reason Astro gave: its error reports print the message, then "Location:", "Hint:" or
 * "Stack trace:" blocks.
 */
export function failureReason(output: string, fallback: string): string {
  const lines = output.split('\n')
  const at = lines.findIndex((line) => /^\s*(Location|Stack trace|Hint):\s*$/.test(line))
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]?.trim()
    if (line) return line.replace(/^\[?error\]?\s*/i, '')
  }
  const error = lines.reverse().find((line) => /error/i.test(line))
  return error?.trim() || fallback
}
