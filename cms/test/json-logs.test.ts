/**
 * JSON logs in production: real `payload` commands (the config's logger, as the server uses it)
 * and `npm run serve`'s own start-up check, read line by line from stdout: every line one JSON
 * object with a level word, an ISO time, a name and a message. LOG_FORMAT=pretty keeps the
 * coloured lines for a person.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const cmsDir = path.resolve(import.meta.dirname, '..')
const work = mkdtempSync(path.join(tmpdir(), 'heritage-json-logs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const baseEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !['SNAPSHOT_DIR', 'SITE_ROOT', 'SITE_DIR', 'LOG_FORMAT'].includes(name))
      env[name] = value
  }
  return {
    ...env,
    DATA_DIR: work,
    DATABASE_URL: '',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_AUTOBUILD: '0',
    NODE_OPTIONS: '--no-deprecation',
  }
}

function run(command: string, args: string[], env: Record<string, string>) {
  // cast: NodeJS.ProcessEnv requires NODE_ENV, which some of these runs leave to the command's default.
  const childEnv = env as NodeJS.ProcessEnv
  const child: ChildProcess = spawn(command, args, { cwd: cmsDir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk
  })
  return new Promise<{ code: number | null; lines: string[]; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, lines: stdout.split('\n').filter((l) => l.trim()), stderr })),
  )
}

const payload = (args: string[], env: Record<string, string>) =>
  run(path.join(cmsDir, 'node_modules/.bin/payload'), args, env)

/** Every line parsed; a line that is not one JSON object fails with the line in the message. */
function records(lines: string[]) {
  return lines.map((line) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      throw new Error(`not a JSON line: ${line}`)
    }
    expect(parsed, line).toMatchObject({
      level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      name: expect.any(String),
      msg: expect.any(String),
    })
    return parsed as { level: string; name: string; msg: string }
  })
}

describe('JSON logs', () => {
  it('NODE_ENV=production: payload migrate writes one JSON object per line', async () => {
    const migrated = await payload(['migrate'], { ...baseEnv(), NODE_ENV: 'production' })
    expect(migrated.code, migrated.stderr).toBe(0)
    const logged = records(migrated.lines)
    expect(logged.some((r) => r.name === 'payload' && /^Migrated:/.test(r.msg))).toBe(true)
  }, 120_000)

  it('LOG_FORMAT=json: a command’s own lines are JSON too, beside Payload’s', async () => {
    const out = path.join(work, 'export')
    const exported = await payload(['run', 'src/snapshot/run.ts', '--', '--out', out], {
      ...baseEnv(),
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
    })
    expect(exported.code, exported.stderr).toBe(0)
    const logged = records(exported.lines)
    expect(logged.some((r) => r.name === 'heritage' && r.msg.includes(out))).toBe(true)
  }, 120_000)

  it('npm run serve refuses a missing secret in one JSON line', async () => {
    const served = await run(process.execPath, ['scripts/serve.mjs'], { ...baseEnv(), PAYLOAD_SECRET: '' })
    expect(served.code).toBe(1)
    const [refusal, ...rest] = records(served.lines)
    expect(rest).toEqual([])
    expect(refusal).toMatchObject({ level: 'error', name: 'heritage', msg: expect.stringMatching(/PAYLOAD_SECRET/) })
  }, 60_000)

  it('LOG_FORMAT=pretty in production: the lines a person reads', async () => {
    const migrated = await payload(['migrate'], { ...baseEnv(), NODE_ENV: 'production', LOG_FORMAT: 'pretty' })
    expect(migrated.code, migrated.stderr).toBe(0)
    expect(migrated.lines.some((line) => line.includes('INFO'))).toBe(true)
    expect(() => records(migrated.lines)).toThrow(/not a JSON line/)
  }, 120_000)
})
