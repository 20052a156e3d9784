import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations'
import { dataDir, type Env } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export interface DatabaseChoice {
  kind: DatabaseKind
  url: string
}

/** Hides a password in a connection string before it is printed. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

/**
 * DATABASE_URL decides the adapter: mongodb:// or mongodb+srv:// selects MongoDB (production at
 * scale); file:…, :memory: or libsql:// selects SQLite; unset means the embedded SQLite file under
 * the data folder, so a fresh machine needs nothing installed.
 */
export function chooseDatabase(env: Env = process.env): DatabaseChoice {
  const url = env.DATABASE_URL?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${path.join(dataDir(env), 'heritage.db')}` }
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return { kind: 'mongodb', url }
  if (url === ':memory:' || /^file:/i.test(url) || /^libsql:\/\//i.test(url)) return { kind: 'sqlite', url }
  throw new Error(
    `DATABASE_URL "${redactUrl(url)}" is not supported. Use mongodb://… or mongodb+srv://… for MongoDB, ` +
      'file:/path/to/heritage.db (or :memory:) for SQLite, or leave it unset for the embedded database.',
  )
}

export function databaseAdapter(env: Env = process.env): DatabaseAdapterObj {
  const choice = chooseDatabase(env)
  if (choice.kind === 'mongodb') {
    // Transactions need a replica set; see the README's production notes.
    return mongooseAdapter({ url: choice.url })
  }
  return sqliteAdapter({
    client: { url: choice.url, authToken: env.DATABASE_AUTH_TOKEN },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    // Development pushes the schema straight from the config; production (and the demo) applies
    // the committed migrations, which is what a real deployment does.
    push: env.NODE_ENV !== 'production' && env.PAYLOAD_MIGRATE !== '1',
    prodMigrations: migrations,
  })
}
