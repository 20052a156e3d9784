import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Matcher, parsePlain } from 'netlify-redirector'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  caddySnippet,
  netlifyRedirects,
  nginxConf,
  parseQrTable,
  qrPaths,
  qrTable,
  qrTableAfter,
  serializeQrTable,
} from '../integrations/language-rules.ts'
import { freePort } from '../tools/free-port.ts'
import { GTIN, languageBuild } from './language-build'
import { request } from './serve'

/**
 * The language rules written for other web servers, made from a hand-made build: Netlify's
 * `_redirects` read line by line, and the nginx and Caddy snippets served by the real nginx and
 * Caddy (Debian packages `nginx-light`, `caddy`; those checks are skipped where they are missing).
 */

let work: string
let build: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-language-rules-'))
  build = path.join(work, 'build')
  await languageBuild(build)
})

afterAll(() => rm(work, { recursive: true, force: true }))

/** Where a server's program is, also in the sbin folders a user's PATH often leaves out (nginx). */
const SEARCH_PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`
const installed = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore', env: { ...process.env, PATH: SEARCH_PATH } })
    return true
  } catch {
    return false
  }
}

describe('the QR paths of a build', () => {
  it('are the unprefixed plaques, labels and GS1 links', () => {
    expect(qrPaths(build)).toEqual([`/01/${GTIN}/`, '/p/AAA/', '/p/BBB/', '/p/CCC/', '/t/TTT/'])
  })

  it('are found in a folder named with a trailing slash, as Astro names the build', () => {
    expect(netlifyRedirects(`${build}/`)).toBe(netlifyRedirects(build))
    expect(netlifyRedirects(build)).toContain('/p/AAA/  /ko/p/AAA/')
  })
})

describe('the QR paths of lots', () => {
  it('are found however many slashes a lot holds, and a lot written with % is read from its own page', async () => {
    const lots = path.join(work, 'lots')
    const page = async (folder: string, head = '') => {
      await mkdir(path.join(lots, folder), { recursive: true })
      await writeFile(path.join(lots, folder, 'index.html'), `<!doctype html><head>${head}</head>`)
    }
    const english = (href: string) => `<link rel="alternate" hreflang="en" href="https://x.vn${href}">`
    // Ten parts, the most 20 characters can hold; lot `A%2FB` beside lot `A/B`, each with its own
    // English page (a web server decodes the printed `A%252FB` once, to the folder `A%2FB`).
    const deep = 'a/b/c/d/e/f/g/h/i/j'
    await page(`01/${GTIN}/10/${deep}`, english('/en/t/DEEP1/'))
    await page(`01/${GTIN}/10/A%2FB`, english('/en/t/PCT1/'))
    await page(`01/${GTIN}/10/A/B`, english('/en/t/SLASH1/'))
    for (const code of ['DEEP1', 'PCT1', 'SLASH1']) await page(`en/t/${code}`)
    expect(qrPaths(lots)).toEqual([`/01/${GTIN}/10/A%2FB/`, `/01/${GTIN}/10/A/B/`, `/01/${GTIN}/10/${deep}/`])
    const rules = netlifyRedirects(lots)
    expect(rules).toContain(`/01/${GTIN}/10/a/b/c/d/e/f/g/h/i/j/  /en/t/DEEP1/  302!  Language=en`)
    expect(rules).toContain(`/01/${GTIN}/10/A%252FB/  /en/t/PCT1/  302!  Language=en`)
    expect(rules).toContain(`/01/${GTIN}/10/A/B/  /en/t/SLASH1/  302!  Language=en`)
  })
})

describe("a partial build's QR table", () => {
  it('is the live build’s for kept pages, read again for rendered ones: the table a walk of the build gives', async () => {
    const live = qrTable(build)
    const next = path.join(work, 'partial')
    cpSync(build, next, { recursive: true })
    // BBB translated into Korean and CCC (Vietnamese only until now) into English: their pages
    // rendered. AAA's entry removed: its pages gone, nothing rendered for it. The product's English
    // page gone: the GS1 link's row names it.
    const page = async (urlPath: string) => {
      await mkdir(path.join(next, urlPath), { recursive: true })
      await writeFile(path.join(next, urlPath, 'index.html'), '<!doctype html><title>new</title>')
    }
    await page('/ko/p/BBB/')
    await page('/en/p/CCC/')
    for (const folder of ['p/AAA', 'en/p/AAA', 'ko/p/AAA', 'en/ocop-products'])
      await rm(path.join(next, folder), { recursive: true })
    const rendered = ['/p/BBB/', '/en/p/BBB/', '/ko/p/BBB/', '/p/CCC/', '/en/p/CCC/', '/', '/en/']
    const table = qrTableAfter(next, live, rendered)
    expect(table).toEqual(qrTable(next))
    expect(netlifyRedirects(table)).toBe(netlifyRedirects(next))
    expect(netlifyRedirects(table)).toContain('/p/BBB/  /ko/p/BBB/  302!  Language=ko')
    expect(netlifyRedirects(table)).toContain('/p/CCC/  /en/p/CCC/  302!  Language=en')
    expect(netlifyRedirects(build)).not.toContain('/ko/p/BBB/')
    expect(table.map((row) => row.path)).toEqual(['/p/BBB/', '/p/CCC/', '/t/TTT/'])
    // A kept page is not read: what its file says now is not looked at (a kept page is the live
    // build's very file, so it says what it said).
    await writeFile(
      path.join(next, 't', 'TTT', 'index.html'),
      '<!doctype html><head><link rel="alternate" hreflang="ko" href="/ko/p/BBB/"></head>',
    )
    expect(qrTableAfter(next, live, rendered).find((row) => row.path === '/t/TTT/')?.translations).toEqual(
      live.find((row) => row.path === '/t/TTT/')?.translations,
    )
    expect(qrTableAfter(next, live, [...rendered, '/t/TTT/']).find((row) => row.path === '/t/TTT/')).toBeDefined()
  })

  it('is kept as text and read back as it was; anything else is no table', () => {
    const live = qrTable(build)
    expect(parseQrTable(serializeQrTable(live))).toEqual(live)
    for (const text of ['', '{}', '[["/p/AAA/", [["xx", "/xx/p/AAA/"]]]]', '[[1, []]]', 'not json'])
      expect(parseQrTable(text), text).toBeNull()
  })
})

describe('Netlify _redirects', () => {
  it('sends each first language to the translation, after keeping ?lang=vi, forced over the existing file', () => {
    const lines = netlifyRedirects(build)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
    const gs1 = lines.filter((l) => l.startsWith('/01/:gtin'))
    expect(gs1).toEqual([
      '/01/:gtin  linkType=linkset  /gs1-linkset/:gtin.json  200!',
      '/01/:gtin  linkType=all  /gs1-linkset/:gtin.json  200!',
      '/01/:gtin/*  linkType=linkset  /gs1-linkset/:gtin.json  200!',
      '/01/:gtin/*  linkType=all  /gs1-linkset/:gtin.json  200!',
    ])
    // First: Netlify applies the first rule that matches, and the language rules match /01/ pages.
    expect(lines.slice(0, gs1.length)).toEqual(gs1)
    for (const line of lines.slice(gs1.length)) {
      expect(line, line).toMatch(/^(\/\S+) {2}(lang=vi {2}\1 {2}200!|\/\S+ {2}302! {2}Language=[a-z]{2})$/)
    }
    const aaa = lines.filter((l) => l.startsWith('/p/AAA/ '))
    expect(aaa[0]).toBe('/p/AAA/  lang=vi  /p/AAA/  200!')
    expect(aaa).toContain('/p/AAA/  /ko/p/AAA/  302!  Language=ko')
    expect(aaa).toContain('/p/AAA/  /en/p/AAA/  302!  Language=ja')
    expect(lines).toContain('/p/BBB/  /en/p/BBB/  302!  Language=ko')
    // Netlify cannot tell zh-TW from zh-CN: `zh` opens Simplified Chinese.
    expect(lines.filter((l) => l.startsWith('/t/TTT/ '))).toEqual([
      '/t/TTT/  lang=vi  /t/TTT/  200!',
      '/t/TTT/  /zh-hans/t/TTT/  302!  Language=zh',
    ])
    expect(lines).toContain(`/01/${GTIN}/  /en/ocop-products/tea/  302!  Language=ko`)
    expect(lines.some((l) => l.startsWith('/p/CCC/'))).toBe(false)
  })
})

/**
 * Netlify's own redirect engine (npm `netlify-redirector`, MIT: the matcher Netlify's CLI runs,
 * compiled to WebAssembly) given the build's `_redirects`. Netlify's edge hands it the visitor's
 * language as `x-language`: the first language of Accept-Language, its first two letters.
 */
describe("Netlify _redirects in Netlify's redirect engine", () => {
  let matcher: Matcher
  beforeAll(async () => {
    matcher = await parsePlain(netlifyRedirects(build), {})
  })
  const go = (urlPath: string, language = '') => {
    const url = new URL(urlPath, 'https://x.vn')
    const rule = matcher.match({
      scheme: 'https',
      host: 'x.vn',
      path: url.pathname,
      query: url.search.slice(1),
      getHeader: (name: string) => (name.toLowerCase() === 'x-language' ? language : ''),
      getCookie: () => '',
    })
    // A rule without `!` gives way to a file at the address (Netlify's shadowing).
    const file = path.join(build, url.pathname)
    const shadowed = !rule?.force && (existsSync(path.join(file, 'index.html')) || existsSync(file))
    return rule && !shadowed ? `${rule.status} ${rule.to}` : 'the file'
  }

  it('opens a QR page in the first language, printed with or without its slash; ?lang=vi keeps Vietnamese', () => {
    expect(go('/p/AAA/', 'ko')).toBe('302 /ko/p/AAA/')
    expect(go('/p/AAA', 'ko')).toBe('302 /ko/p/AAA/')
    expect(go('/p/AAA/', 'de')).toBe('the file')
    expect(go('/p/AAA/?lang=vi', 'ko')).toBe('200 /p/AAA/')
    expect(go('/t/TTT/', 'zh')).toBe('302 /zh-hans/t/TTT/')
    expect(go('/p/CCC/', 'ko')).toBe('the file')
  })

  it('gives a GS1 link’s linkset for linkType=linkset or all, before the language rule, lots included', () => {
    const linkset = `200 /gs1-linkset/${GTIN}.json`
    expect(go(`/01/${GTIN}?linkType=linkset`, 'ko')).toBe(linkset)
    expect(go(`/01/${GTIN}/?linkType=all`)).toBe(linkset)
    expect(go(`/01/${GTIN}/10/LOT-1?linkType=linkset`, 'ko')).toBe(linkset)
    expect(go(`/01/${GTIN}`, 'ko')).toBe('302 /en/ocop-products/tea/')
    // Other link types are the page (serve.ts alone follows them).
    expect(go(`/01/${GTIN}/?linkType=gs1:pip`, 'ko')).toBe('302 /en/ocop-products/tea/')
  })
})

/** Requests a server's answers for a Korean, a second-choice Korean, Chinese and Vietnamese phone. */
async function expectChoices(base: string) {
  const go = async (urlPath: string, acceptLanguage?: string) => {
    const answer = await request(base, urlPath, acceptLanguage ? { 'Accept-Language': acceptLanguage } : {})
    return answer.status === 302 ? new URL(answer.headers.location ?? '', base).pathname : answer.status
  }
  expect(await go('/p/AAA/', 'ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('/ko/p/AAA/')
  expect(await go('/p/AAA/', 'en-US,en;q=0.9')).toBe('/en/p/AAA/')
  expect(await go('/p/AAA/', 'de-DE')).toBe('/en/p/AAA/')
  expect(await go('/p/BBB/', 'ko-KR')).toBe('/en/p/BBB/')
  expect(await go('/p/AAA/?lang=vi', 'ko-KR')).toBe(200)
  expect(await go('/p/AAA/', 'vi-VN,vi;q=0.9')).toBe(200)
  expect(await go('/p/AAA/')).toBe(200)
  expect(await go('/p/CCC/', 'ko-KR')).toBe(200)
  expect(await go('/t/TTT/', 'zh-TW,zh;q=0.9')).toBe('/zh-hant/t/TTT/')
  expect(await go('/t/TTT/', 'zh-CN,zh;q=0.9')).toBe('/zh-hans/t/TTT/')
  expect(await go(`/01/${GTIN}/`, 'ko-KR')).toBe('/en/ocop-products/tea/')
  expect(await go('/en/p/AAA/', 'ko-KR')).toBe(200)
  const vi = await request(base, '/p/CCC/', { 'Accept-Language': 'ko-KR' })
  expect(vi.headers.vary).toContain('Accept-Language')
}

/** Runs a server until it answers on `port`; stopped in afterAll. */
async function startServer(command: string, args: string[], port: number, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PATH: SEARCH_PATH, ...env },
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk
  })
  for (let i = 0; i < 100; i++) {
    const up = await request(`http://127.0.0.1:${port}`, '/').then(
      () => true,
      () => false,
    )
    if (up) return child
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`${command} did not start: ${stderr}`)
}

/** A real web server given the build's snippet: its config around it, and how it is started. */
interface RealServer {
  command: string
  snippet: string
  rules: (build: string) => string
  config: (dir: string, port: number) => string[]
  args: (dir: string) => string[]
}

const SERVERS: RealServer[] = [
  {
    command: 'nginx',
    snippet: 'nginx-language.conf',
    rules: nginxConf,
    config: (dir, port) => [
      // As root (a container), the workers must be able to read the scratch build.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${dir}/nginx.pid;`,
      'error_log stderr;',
      'events {}',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${dir}/body;`,
      `  include ${dir}/nginx-language.conf;`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${build};`,
      '    if ($heritage_language_target) { return 302 $heritage_language_target; }',
      '    add_header Vary $heritage_language_vary always;',
      '  }',
      '}',
    ],
    args: (dir) => ['-p', dir, '-c', path.join(dir, 'config'), '-g', 'daemon off;'],
  },
  {
    command: 'caddy',
    snippet: 'Caddyfile.language',
    rules: caddySnippet,
    config: (dir, port) => [
      '{',
      '\tadmin off',
      '\tauto_https off',
      '}',
      `http://127.0.0.1:${port} {`,
      `\troot * ${build}`,
      `\timport ${dir}/Caddyfile.language`,
      '\tfile_server',
      '}',
    ],
    args: (dir) => ['run', '--config', path.join(dir, 'config'), '--adapter', 'caddyfile'],
  },
]

for (const server of SERVERS) {
  describe.runIf(installed(server.command))(`${server.command} with ${server.snippet}`, () => {
    let child: ChildProcess | undefined
    afterAll(() => {
      child?.kill()
    })

    it('redirects a Korean phone to the Korean page, as serve.ts does (first language)', async () => {
      const dir = path.join(work, server.command)
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, server.snippet), server.rules(build))
      const port = await freePort()
      await writeFile(path.join(dir, 'config'), server.config(dir, port).join('\n'))
      // Caddy keeps its state under HOME / XDG folders: the scratch folder, not the machine's.
      const env = { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir }
      child = await startServer(server.command, server.args(dir), port, env)
      await expectChoices(`http://127.0.0.1:${port}`)
    })
  })
}
