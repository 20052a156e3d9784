/** Child processes of the run: any command, the CMS's `payload` CLI, the result line of a CMS step. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { CMS, env } from './config.ts'
import { say } from './output.ts'

/** Runs a command, echoing its output; resolves with what it printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onStart?: (pid: number) => void },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? env, stdio: ['ignore', 'pipe', 'pipe'] })
    if (child.pid !== undefined) options.onStart?.(child.pid)
    let output = ''
    const echo = (chunk: Buffer) => {
      output += chunk.toString()
      for (const line of chunk.toString().split('\n')) if (line.trim() && !line.startsWith('BENCH ')) say(`  ${line}`)
    }
    child.stdout.on('data', echo)
    child.stderr.on('data', echo)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

export const payload = (args: string[], extra: NodeJS.ProcessEnv = {}, onStart?: (pid: number) => void) =>
  run(path.join(CMS, 'node_modules', '.bin', 'payload'), args, { cwd: CMS, env: { ...env, ...extra }, onStart })

/** The `BENCH {…}` line a cms/src/bench/steps.ts run prints. */
export const benchLine = <T>(output: string): T => {
  const line = output.split('\n').find((l) => l.startsWith('BENCH '))
  if (!line) throw new Error('The CMS step printed no result.')
  return JSON.parse(line.slice(6)) as T
}
