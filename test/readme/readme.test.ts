/**
 * The README is tested (issue 16): every shell block runs as written, the way a new user runs it:
 * the system Node first on the PATH, none of the test runner's environment, in a folder inside the
 * repository (so relative file names land there) with its own data folder and free ports. The
 * only changes to the text: the default data folder `cms/data` and the production example's
 * `/srv/heritage` become folders of this run, and ports 3000/4321 free ones. Afterwards the
 * product is started on the data the commands used, and must come up without asking anything
 * (standard input stays open, as in a terminal), with no database left in development mode.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { officeRelicList, relic } from '../../cms/test/office'
import { writeWorkbook } from '../../cms/test/workbooks'
import { photo } from '../../media-tools/test/fixtures/images.ts'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import { freePort } from '../e2e/product'
import { type ReadmeBlock, readmeBlocks } from './readme'

const repo = path.resolve(import.meta.dirname, '../..')
const blocks = readmeBlocks(readFileSync(path.join(repo, 'README.md'), 'utf8'))
const long = process.env.README_TEST_LONG === '1'
const MINUTE = 60_000
type Env = Record<string, string | undefined>

let work: string
let data: string
let cmsPort: number
let sitePort: number
const secret = randomBytes(32).toString('hex')

/** A new user's shell: no npm, Vitest, Payload or project settings, and the system Node first. */
function userEnv(extra: Record<string, string> = {}): Env {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|INIT_CWD$|NODE_|VITEST|PAYLOAD_|DATABASE_|SITE_|CMS_|DATA_DIR$|SNAPSHOT_DIR$|E2E_|TEST$)/.test(key))
      continue
    env[key] = value
  }
  env.PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('/.tools/') && !dir.includes('node_modules/.bin'))
    .join(':')
  return {
    ...env,
    CI: 'true',
    DATA_DIR: data,
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    ...extra,
  }
}

/** The block as a user would paste it, with this run's folders and ports. */
const localise = (script: string) =>
  script
    .replaceAll('/srv/heritage', path.join(work, 'srv-heritage'))
    .replaceAll('cms/data', data)
    .replaceAll('localhost:3000', `localhost:${cmsPort}`)
    .replaceAll('localhost:4321', `localhost:${sitePort}`)
    .replaceAll('--port 4321', `--port ${sitePort}`)

interface Shell {
  child: ChildProcess
  output: () => string
  exited: Promise<number>
  stop: () => Promise<void>
}

/** Runs a script in bash in the work folder; standard input stays open, as in a terminal. */
function shell(script: string, env: Env): Shell {
  let out = ''
  const child = spawn('bash', ['-c', `set -e\n${script}`], {
    cwd: work,
    env: env as unknown as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
    const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 15_000))])
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }
  }
  return { child, output: () => out, exited, stop }
}

async function runToEnd(script: string, env: Env, timeout = 10 * MINUTE) {
  const sh = shell(script, env)
  const timer = setTimeout(() => void sh.stop(), timeout)
  const code = await sh.exited
  clearTimeout(timer)
  return { code, out: sh.output() }
}

/** Runs a server in the background until `url` answers (below 500), then stops it. */
async function serveUntil(script: string, url: string, env: Env, ready?: RegExp, timeout = 12 * MINUTE) {
  const sh = shell(script, env)
  const deadline = Date.now() + timeout
  let status = 0
  try {
    while (Date.now() < deadline) {
      if (sh.child.exitCode !== null) break
      if (!ready || ready.test(sh.output())) {
        status = await fetch(url, { redirect: 'manual' }).then(
          (r) => r.status,
          () => 0,
        )
        if (status > 0 && status < 500) break
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
  } finally {
    await sh.stop()
  }
  return { status, out: sh.output() }
}

/** The example files a user would have of their own, named in `files` markers. */
async function writeExample(name: string) {
  const target = path.join(work, name)
  if (name.endsWith('.xls')) {
    // An office's relic list: title block, two header rows, commune sections.
    const list = officeRelicList(
      [{ commune: 'XÃ NINH HIỆP', relics: [relic(1, 'national'), relic(2, 'provincial')] }],
      [{ commune: 'Xã Bát Tràng', relics: [relic(6, 'inventoried')] }],
      { headerRows: 2 },
    )
    writeFileSync(target, writeWorkbook([list.sheet], 'xls'))
  } else if (name.endsWith('.glb')) {
    writeFileSync(target, await cubeGlb())
  } else {
    mkdirSync(target, { recursive: true })
    writeFileSync(path.join(target, 'dinh.jpg'), await photo({ width: 800, height: 600, seed: 3 }))
    writeFileSync(path.join(target, 'chua.jpg'), await photo({ width: 600, height: 800, seed: 4 }))
  }
}

/** Key output and files of each block, beyond its exit code. */
function checkBlock(block: ReadmeBlock, out: string) {
  const script = block.script
  if (script.includes('npm run import')) {
    expect(existsSync(path.join(work, 'mau-di-tich.xlsx'))).toBe(true)
    expect(out).toContain('3 dòng: 3 tạo mới, 0 cập nhật, 0 không đổi, 0 bị từ chối.')
    expect(out).toMatch(/Đã nhập \/ imported: 3 mới/)
  }
  if (script.includes('npm run backup')) {
    expect(out).toMatch(/sao-luu\.zip: \d+ records, \d+ files/)
    expect(out).toMatch(/Restored into .*du-lieu-moi: every collection/)
    expect(existsSync(path.join(work, 'sao-luu.zip'))).toBe(true)
    expect(existsSync(path.join(work, 'du-lieu-moi', 'heritage.db'))).toBe(true)
  }
  if (script.includes('npm run publish-site')) {
    expect(existsSync(path.join(data, 'site', 'current', 'index.html'))).toBe(true)
    expect(existsSync(path.join(data, 'snapshot', 'manifest.json'))).toBe(true)
  }
  if (script.includes('npm run media-tools')) {
    for (const file of ['tuong.glb', 'bien.pdf', 'tem.pdf']) expect(existsSync(path.join(work, file)), file).toBe(true)
    expect(out).toContain('2 processed, 0 refused')
    expect(readdirSync(path.join(work, 'web')).length).toBeGreaterThan(0)
  }
}

beforeAll(async () => {
  mkdirSync(path.join(repo, '.readme-test'), { recursive: true })
  work = mkdtempSync(path.join(repo, '.readme-test', 'run-'))
  data = path.join(work, 'data')
  cmsPort = await freePort()
  sitePort = await freePort()
  // The data folder as `npm start` leaves it: migrated, with the demo content.
  const seeded = await runToEnd('npm run seed', userEnv())
  expect(seeded.code, seeded.out.slice(-3000)).toBe(0)
}, 15 * MINUTE)

afterAll(() => {
  if (work && process.env.README_TEST_KEEP !== '1') rmSync(work, { recursive: true, force: true })
})

describe('README.md', () => {
  it('marks every shell block with how it is tested', () => {
    expect(blocks.length).toBeGreaterThan(8)
    expect(blocks.filter((b) => b.marker === 'run' || b.marker === 'files').length).toBeGreaterThan(4)
  })

  for (const block of blocks) {
    const title = `README.md:${block.line} ${block.marker} — ${block.script.split('\n')[0]}`
    if (block.marker === 'skip' || (block.marker === 'long' && !long)) {
      it.skip(`${title} (${block.argument})`, () => {})
      continue
    }
    it(
      title,
      async () => {
        if (block.marker === 'files') for (const name of block.argument.split(/\s+/)) await writeExample(name)
        const script = localise(block.script)
        if (block.marker === 'server') {
          const url = localise(block.argument)
          const served = await serveUntil(script, url, userEnv())
          expect(served.status, served.out.slice(-4000)).toBe(200)
          expect(served.out).not.toMatch(/Would you like to proceed|\(y\/N\)/)
          return
        }
        const ran = await runToEnd(script, userEnv())
        expect(ran.code, ran.out.slice(-4000)).toBe(0)
        expect(ran.out).not.toMatch(/ERR_PNPM|ELIFECYCLE|Would you like to proceed/)
        checkBlock(block, ran.out)
      },
      15 * MINUTE,
    )
  }

  it(
    'npm start on the restored data folder comes up without asking anything',
    async () => {
      expect(existsSync(path.join(work, 'du-lieu-moi', 'heritage.db'))).toBe(true)
      const ports = { CMS_PORT: String(await freePort()), SITE_PORT: String(await freePort()) }
      const started = await serveUntil(
        'npm start',
        `http://localhost:${ports.CMS_PORT}/admin/login`,
        userEnv({ DATA_DIR: 'du-lieu-moi', ...ports }),
        /Public site ready/,
      )
      expect(started.out).toMatch(/CMS admin ready/)
      expect(started.status, started.out.slice(-4000)).toBe(200)
      expect(started.out).not.toMatch(/Would you like to proceed|\(y\/N\)/)
    },
    15 * MINUTE,
  )

  it(
    'a production start on the data folder the commands used comes up without asking anything',
    async () => {
      const served = await serveUntil(
        'npm run serve',
        `http://localhost:${cmsPort}/admin/login`,
        userEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }),
      )
      expect(served.status, served.out.slice(-4000)).toBe(200)
      expect(served.out).not.toMatch(/Would you like to proceed|\(y\/N\)/)
    },
    15 * MINUTE,
  )

  it('leaves no database in development mode (no dev row), each with every migration', () => {
    const migrations = readdirSync(path.join(repo, 'cms/src/migrations')).filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))
    const databases = [data, path.join(work, 'du-lieu-moi'), path.join(work, 'srv-heritage')]
      .map((dir) => path.join(dir, 'heritage.db'))
      .filter((file) => existsSync(file))
    expect(databases.length).toBeGreaterThanOrEqual(2)
    for (const file of databases) {
      const db = new DatabaseSync(file, { readOnly: true })
      const rows = db.prepare('SELECT name, batch FROM payload_migrations').all() as { name: string; batch: number }[]
      db.close()
      expect(
        rows.filter((r) => r.batch === -1),
        file,
      ).toEqual([])
      expect(rows.length, file).toBe(migrations.length)
    }
  })
})
