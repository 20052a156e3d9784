import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, databaseAdapter, readReplicas, redactUrl } from '../src/db'
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
    ['postgres://heritage:pw@db.example.net:5432/heritage', 'postgres'],
    ['postgresql://db.example.net/heritage?sslmode=require', 'postgres'],
    ['file:./data/x.db', 'sqlite'],
    [':memory:', 'sqlite'],
    ['libsql://heritage.example.net', 'sqlite'],
  ])('%s selects %s', (url, kind) => {
    expect(chooseDatabase({ DATABASE_URL: url }).kind).toBe(kind)
  })

  it('refuses an unsupported URL without printing its password', () => {
    expect(() => chooseDatabase({ DATABASE_URL: 'mysql://admin:hunter2@db/heritage' })).toThrow(
      /mysql:\/\/admin:\*\*\*@db\/heritage" is not supported.*postgres:\/\/.*mongodb:\/\//,
    )
    expect(redactUrl('mongodb+srv://u:p@h/x')).toBe('mongodb+srv://u:***@h/x')
  })
})

describe('databaseAdapter', () => {
  it('builds the mongoose adapter for MongoDB URLs, the PostgreSQL one for postgres:// and SQLite otherwise', () => {
    expect(databaseAdapter({ DATABASE_URL: 'mongodb://localhost/heritage' }).name).toBe('mongoose')
    expect(databaseAdapter({ DATABASE_URL: 'postgres://localhost/heritage' }).name).toBe('postgres')
    expect(databaseAdapter({ DATABASE_URL: ':memory:' }).name).toBe('sqlite')
    expect(databaseAdapter({}).name).toBe('sqlite')
  })
})

describe('read replicas', () => {
  it('are read from DATABASE_READ_REPLICAS, comma-separated, for PostgreSQL only', () => {
    expect(readReplicas({ DATABASE_READ_REPLICAS: ' postgres://r1/heritage , postgresql://r2/heritage ' })).toEqual([
      'postgres://r1/heritage',
      'postgresql://r2/heritage',
    ])
    expect(readReplicas({})).toEqual([])
    expect(() => readReplicas({ DATABASE_READ_REPLICAS: 'mongodb://u:secret@r1/heritage' })).toThrow(
      /mongodb:\/\/u:\*\*\*@r1\/heritage" không phải địa chỉ PostgreSQL/,
    )
    expect(() =>
      databaseAdapter({ DATABASE_URL: ':memory:', DATABASE_READ_REPLICAS: 'postgres://r1/heritage' }),
    ).toThrow(/chỉ dùng được với PostgreSQL/)
    expect(
      databaseAdapter({ DATABASE_URL: 'postgres://p/heritage', DATABASE_READ_REPLICAS: 'postgres://r1/heritage' }).name,
    ).toBe('postgres')
  })
})

describe('resolveSecret', () => {
  const strong = 'f3b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8'

  it('uses PAYLOAD_SECRET when set', () => {
    expect(resolveSecret({ PAYLOAD_SECRET: ` ${strong} `, NODE_ENV: 'production' })).toBe(strong)
    expect(resolveSecret({ PAYLOAD_SECRET: 'short', NODE_ENV: 'development' })).toBe('short')
  })

  it('falls back to a development secret outside production only', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses the default, example and short secrets in production, saying what to do', () => {
    for (const weak of [DEVELOPMENT_SECRET, 'changeme', 'test-secret-for-vitest-only']) {
      expect(() => resolveSecret({ PAYLOAD_SECRET: weak, NODE_ENV: 'production' })).toThrow(
        /default or example value.*openssl rand -hex 32/,
      )
    }
    expect(() => resolveSecret({ PAYLOAD_SECRET: 'a'.repeat(31), NODE_ENV: 'production' })).toThrow(
      /too short \(31 characters, at least 32/,
    )
  })
})

describe('publicSiteUrl', () => {
  it('follows SITE_PORT when SITE_URL is not set, so a command-line publish links to the port it serves', async () => {
    const { publicSiteUrl } = await import('../src/site')
    expect(publicSiteUrl({})).toBe('http://localhost:4321')
    expect(publicSiteUrl({ SITE_PORT: '4900' })).toBe('http://localhost:4900')
    expect(publicSiteUrl({ SITE_PORT: '4900', SITE_URL: 'https://disan.example.vn/' })).toBe('https://disan.example.vn')
  })
})
