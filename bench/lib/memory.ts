/**
 * Peak memory of a process and everything it started (Linux: /proc). Sampled every 100 ms, so a
 * spike shorter than that can be missed; builds run for seconds to minutes, which is what we want.
 */
import { readdirSync, readFileSync } from 'node:fs'

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      tree.set(parent, [...(tree.get(parent) ?? []), Number(name)])
    } catch {
      // The process ended while we looked.
    }
  }
  return tree
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    return kb ? Number(kb) * 1024 : 0
  } catch {
    return 0
  }
}

/** Resident memory of `root` and its descendants, now. */
export function treeRss(root: number): number {
  const tree = children()
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop() as number
    total += rssBytes(pid)
    stack.push(...(tree.get(pid) ?? []))
  }
  return total
}

/** Starts sampling; `stop()` returns the highest total seen, in bytes. */
export function peakMemory(root = process.pid, everyMs = 100): { stop: () => number } {
  let peak = treeRss(root)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root))
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      peak = Math.max(peak, treeRss(root))
      return peak
    },
  }
}
