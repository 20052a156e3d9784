import * as migration_20261205_213628_baseline from './20261205_213628_baseline'

export const migrations = [
  {
    up: migration_20261205_213628_baseline.up,
    down: migration_20261205_213628_baseline.down,
    name: '20261205_213628_baseline',
  },
]
