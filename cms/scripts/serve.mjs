// `npm run serve` (and `pnpm start` in cms/): the admin and API in production mode, after
// `npm run build`. Refuses to start, saying why, without a proper PAYLOAD_SECRET or a build,
// instead of answering 500 to every request with the reason only in the log. With JSON logs (the
// default in production, see src/log.ts) every line on stdout is one JSON object: Payload's are
// already, and what Next prints itself (its banner, its errors) is wrapped into one per line.
// CMS_PROCESSES above 1 (or auto: one per core) runs that many server processes on the port
// (scripts/server-process.mjs, src/serverProcesses.ts); one stopping stops them all.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { jsonLine, logFormat } from '../src/log.ts'
import { resolveSecret } from '../src/secret.ts'
import { cmsProcesses, processEnv } from '../src/serverProcesses.ts'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const env = { ...process.env, NODE_ENV: 'production' }
let json = false
try {
  json = logFormat(env) === 'json'
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const fail = (vi, en) => {
  if (json) console.log(jsonLine('error', 'heritage', `${vi} / ${en}`))
  else console.error(`${vi}\n${en}`)
  process.exit(1)
}

try {
  resolveSecret(env)
} catch (error) {
  fail(
    'Chưa có PAYLOAD_SECRET hợp lệ (ít nhất 32 ký tự ngẫu nhiên, ví dụ kết quả của `openssl rand -hex 32`): hệ thống không khởi động.',
    `Not starting: ${error.message}`,
  )
}
if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
  fail(
    'Chưa có bản build của trang quản trị: hãy chạy `npm run build` trước.',
    'No admin build yet: run `npm run build` first.',
  )
}
let processes = 1
try {
  processes = cmsProcesses(env)
} catch (error) {
  fail(error.vi, error.en)
}
const port = process.env.CMS_PORT ?? '3000'
const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim()
const children = []
let exitCode

/** Starts one server process; with JSON logs its output is relayed one JSON object per line. */
function start(command, args, childEnv) {
  const child = spawn(command, args, {
    cwd: cmsDir,
    env: { ...childEnv, NODE_OPTIONS: nodeOptions },
    stdio: json ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  if (json) {
    /** A line that is a JSON object goes out as it is; any other becomes one (colour codes dropped). */
    const relay = (stream, level) =>
      createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        if (!line.trim()) return
        try {
          const parsed = JSON.parse(line)
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
            process.stdout.write(`${line}\n`)
            return
          }
        } catch {}
        // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
        process.stdout.write(`${jsonLine(level, 'next', line.replace(/\x1b\[[0-9;]*m/g, '').trim())}\n`)
      })
    relay(child.stdout, 'info')
    relay(child.stderr, 'error')
  }
  // One process gone: the others are stopped too, and the exit says so to systemd (which restarts all).
  child.on('exit', (code, signal) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM')
    // The first to stop says how it went (the others were stopped by this).
    exitCode ??= code ?? (signal ? 1 : 0)
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode)
  })
  children.push(child)
}

if (processes === 1) {
  start(path.join(cmsDir, 'node_modules', '.bin', 'next'), ['start', '--port', port], env)
} else {
  // Each on the same port (SO_REUSEPORT): server-process.mjs.
  for (let index = 1; index <= processes; index++) {
    start(process.execPath, [path.join(cmsDir, 'scripts', 'server-process.mjs')], processEnv(env, index))
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
  })
}
