/**
 * A progress line for long work: a redrawn bar on a terminal, one plain line per step otherwise
 * (CI logs, pipes).
 */
export interface Progress {
  tick(label?: string): void
  done(): void
}

const formatSeconds = (s: number) => (s >= 90 ? `${Math.round(s / 60)} min` : `${Math.round(s)} s`)

export function progress(total: number, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now()
  let count = 0
  const width = 28
  const render = (label = '') => {
    const elapsed = (performance.now() - started) / 1000
    const rate = count / Math.max(elapsed, 0.001)
    const eta = rate > 0 ? (total - count) / rate : 0
    const filled = total === 0 ? width : Math.round((count / total) * width)
    const stats = `${count}/${total} ${unit} · ${rate.toFixed(2)} ${unit}/s · ${count < total ? `~${formatSeconds(eta)} left` : formatSeconds(elapsed)}`
    if (stream.isTTY) {
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${stats} ${label}`
          .slice(0, stream.columns ?? 120)
          .padEnd(stream.columns ?? 120),
      )
    } else {
      stream.write(`${stats} ${label}\n`)
    }
  }
  return {
    tick(label) {
      count++
      render(label)
    },
    done() {
      if (stream.isTTY) stream.write('\n')
    },
  }
}
