import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, databaseAdapter, redactUrl } from '../src/db'
import { DEVELOPMENT_SECRET, resolveSecret } from '../src/secret'

describe('chooseDatabase', () => {
  it('defaults to the embedded SQLite file in the data folder', () => {
    const choice = chooseDatabase({ DATA_DIR: '/srv/heritage' })
    expect(choice).toEqual({ kind: 'sqlite', url: `file:${path.join('/srv/heritage', 'heritage.db')}` })
  })

  it.each([
    ['mongodb://db1,db2/heritage?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example.net/heritage', 'mongodb'],
    ['MONGODB://host/heritage', 'mongodb'],
    ['file:./data/x.db', 'sqlite'],
    [':memory:', 'sqlite'],
    ['libsql://heritage.example.net', 'sqlite'],
  ])('%s selects %s', (url, kind) => {
    expect(chooseDatabase({ DATABASE_URL: url }).kind).toBe(kind)
  })

  it('refuses an unsupported URL without printing its password', () => {
    expect(() => chooseDatabase({ DATABASE_URL: 'postgres://admin:hunter2@db/heritage' })).toThrow(
      /postgres:\/\/admin:\*\*\*@db\/heritage" is not supported.*mongodb:\/\//,
    )
    expect(redactUrl('mongodb+srv://u:p@h/x')).toBe('mongodb+srv://u:***@h/x')
  })
})

describe('databaseAdapter', () => {
  it('builds the mongoose adapter for MongoDB URLs and the SQLite one otherwise', () => {
    expect(databaseAdapter({ DATABASE_URL: 'mongodb://localhost/heritage' }).name).toBe('mongoose')
    expect(databaseAdapter({ DATABASE_URL: ':memory:' }).name).toBe('sqlite')
    expect(databaseAdapter({}).name).toBe('sqlite')
  })
})

describe('resolveSecret', () => {
  it('uses PAYLOAD_SECRET when set', () => {
    expect(resolveSecret({ PAYLOAD_SECRET: ' s3cret ', NODE_ENV: 'production' })).toBe('s3cret')
  })

  it('falls back to a development secret outside production only', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
  })
})
