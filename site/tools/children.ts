/** The child processes of a publish: `astro build`, and the search index after a partial build. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { PublishError, stripAnsi } from './failure.ts'

export function runAstro(
  siteDir: string,
  env: NodeJS.ProcessEnv,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: siteDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    })
    // Only the end of the output is ever shown; keep memory flat on a large province.
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.length > 256_000) output = output.slice(-128_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      if (error.name === 'AbortError') resolve({ code: null, output, timedOut })
      else reject(new PublishError(`Could not start astro in ${siteDir}: ${error.message}`))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output: stripAnsi(output), timedOut })
    })
  })
}

/** Runs tools/search-index.ts on a live build; never throws (the pages are live already). */
export function runSearchIndex(
  siteDir: string,
  build: string,
  options: { signal?: AbortSignal },
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(siteDir, 'tools', 'search-index.ts'), '--dir', build],
      { cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal },
    )
    let output = ''
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => resolve({ ok: false, output: error.message }))
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim().split('\n').pop() ?? '' }))
  })
}
