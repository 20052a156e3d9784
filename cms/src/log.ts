import { format } from 'node:util'

/**
 * How the CMS writes its log: for people at a terminal (Payload's pino-pretty, colours), or for a
 * log collector (journald, Loki, CloudWatch): one JSON object per line on stdout, with `level` as
 * a word, `time` in ISO 8601, `name` and `msg`. JSON in production unless LOG_FORMAT says
 * otherwise. Used by the Payload config (the server, the publisher, every `payload` command),
 * by the commands' own lines (cli.ts) and by `npm run serve` for what Next prints (serve.mjs).
 * Free of imports beyond Node's, so that serve.mjs can load it directly.
 */

export type LogFormat = 'json' | 'pretty'

type Env = Record<string, string | undefined>

export function logFormat(env: Env = process.env): LogFormat {
  const value = env.LOG_FORMAT?.trim().toLowerCase()
  if (value === 'json' || value === 'pretty') return value
  if (value) {
    throw new Error(`LOG_FORMAT must be "json" or "pretty" (got ${JSON.stringify(env.LOG_FORMAT)}).`)
  }
  return env.NODE_ENV === 'production' ? 'json' : 'pretty'
}

const isoTime = () => `,"time":"${new Date().toISOString()}"`

/**
 * Payload's `logger` setting: pino with JSON lines in JSON mode; undefined (Payload's pretty
 * default) otherwise.
 */
export function payloadLogger(env: Env = process.env) {
  if (logFormat(env) !== 'json') return undefined
  return {
    options: {
      level: env.LOG_LEVEL?.trim() || 'info',
      timestamp: isoTime,
      formatters: { level: (label: string) => ({ level: label }) },
    },
  }
}

/** One log line as pino writes it in JSON mode, for lines that do not come from pino. */
export const jsonLine = (level: 'info' | 'warn' | 'error', name: string, msg: string): string =>
  JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, name, msg })

/**
 * In JSON mode, makes console.log/info/warn/error write JSON lines (to stdout, as pino does), so
 * that a command's own messages reach the log collector like Payload's. No-op otherwise.
 */
export function jsonConsole(name: string, env: Env = process.env): void {
  if (logFormat(env) !== 'json') return
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      process.stdout.write(`${jsonLine(level, name, format(...args))}\n`)
    }
  console.log = write('info')
  console.info = write('info')
  console.warn = write('warn')
  console.error = write('error')
}
