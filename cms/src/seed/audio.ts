/**
 * A demo audio guide made in code: a few soft bell strikes on a pentatonic scale, as a WAV file
 * (PCM 16-bit mono, 8 kHz, 5 s, about 80 KB). It stands in for a recorded commentary so that the
 * audio player has something to play; it is deterministic, so every run uploads the same bytes.
 */

export const CHIME_SAMPLE_RATE = 8000
export const CHIME_SECONDS = 5

/** Strike time (s) and fundamental (Hz): G4, A4, C5, D5, then G4 and D5 together. */
const STRIKES: readonly (readonly [number, number])[] = [
  [0.1, 392],
  [0.7, 440],
  [1.3, 523.25],
  [1.9, 587.33],
  [2.8, 392],
  [2.8, 587.33],
]

/** Partials of a small bell: frequency ratio, amplitude, decay time (s). */
const PARTIALS: readonly (readonly [number, number, number])[] = [
  [1, 1, 1.4],
  [2, 0.35, 0.9],
  [2.76, 0.2, 0.6],
  [5.4, 0.08, 0.3],
]

/** The chime as mono samples in [-1, 1]. */
export function chimeSamples(rate = CHIME_SAMPLE_RATE, seconds = CHIME_SECONDS): Float64Array {
  const count = Math.round(rate * seconds)
  const samples = new Float64Array(count)
  const nyquist = rate / 2
  for (const [start, frequency] of STRIKES) {
    for (const [ratio, amplitude, decay] of PARTIALS) {
      const f = frequency * ratio
      // Partials above ~90 % of the Nyquist frequency would alias into audible noise.
      if (f > nyquist * 0.9) continue
      for (let i = Math.ceil(start * rate); i < count; i++) {
        const t = i / rate - start
        const attack = Math.min(1, t / 0.006)
        samples[i] = (samples[i] ?? 0) + amplitude * attack * Math.exp(-t / decay) * Math.sin(2 * Math.PI * f * t)
      }
    }
  }
  let peak = 0
  for (const value of samples) peak = Math.max(peak, Math.abs(value))
  // Quiet (peak at half of full scale) and faded out over the last half second.
  const fade = Math.round(rate * 0.5)
  for (let i = 0; i < count; i++) {
    const tail = Math.min(1, (count - 1 - i) / fade)
    samples[i] = ((samples[i] ?? 0) / (peak || 1)) * 0.5 * tail
  }
  return samples
}

/** Encodes mono samples in [-1, 1] as a canonical 44-byte-header PCM 16-bit WAV file. */
export function encodeWav(samples: Float64Array, rate: number): Buffer {
  const data = samples.length * 2
  const wav = Buffer.alloc(44 + data)
  wav.write('RIFF', 0, 'ascii')
  wav.writeUInt32LE(36 + data, 4)
  wav.write('WAVE', 8, 'ascii')
  wav.write('fmt ', 12, 'ascii')
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20) // PCM
  wav.writeUInt16LE(1, 22) // mono
  wav.writeUInt32LE(rate, 24)
  wav.writeUInt32LE(rate * 2, 28) // bytes per second
  wav.writeUInt16LE(2, 32) // bytes per frame
  wav.writeUInt16LE(16, 34) // bits per sample
  wav.write('data', 36, 'ascii')
  wav.writeUInt32LE(data, 40)
  samples.forEach((value, i) => {
    wav.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), 44 + i * 2)
  })
  return wav
}

export interface DemoAudio {
  wav: Buffer
  durationSeconds: number
}

export function demoChime(): DemoAudio {
  return { wav: encodeWav(chimeSamples(), CHIME_SAMPLE_RATE), durationSeconds: CHIME_SECONDS }
}
