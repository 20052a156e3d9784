import * as migration_20261122_060452_initial from './20261122_060452_initial'

export const migrations = [
  {
    up: migration_20261122_060452_initial.up,
    down: migration_20261122_060452_initial.down,
    name: '20261122_060452_initial',
  },
]
