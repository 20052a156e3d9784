import type { Payload } from 'payload'
import type { User } from '../src/payload-types'
import type { httpClient } from './http'

/**
 * The province, communes and signed-in accounts most tests arrange before acting as an officer:
 * one helper instead of a copy of the same creates in every test file.
 */

/** A province with communes in it; their ids in the order named. */
export async function makeProvince(
  payload: Payload,
  name: string,
  communeNames: string[],
): Promise<{ province: number; communes: number[] }> {
  const province = await payload.create({ collection: 'admin-units', data: { name, level: 'province' } })
  const communes: number[] = []
  for (const commune of communeNames) {
    const unit = await payload.create({
      collection: 'admin-units',
      data: { name: commune, level: 'commune', parent: province.id },
    })
    communes.push(unit.id)
  }
  return { province: province.id, communes }
}

/** What an account is, besides its address: its roles and the places in its care. */
export type Account = Pick<User, 'roles'> & Partial<Pick<User, 'name' | 'province' | 'communes' | 'producer'>>

/**
 * Creates accounts `<key>@<domain>` named "Người <key>" unless named, all with `password`, and signs
 * each in through REST: the ids and the tokens, by key.
 */
export async function signInAccounts<K extends string>(
  payload: Payload,
  http: Awaited<ReturnType<typeof httpClient>>,
  options: { domain: string; password: string; accounts: Record<K, Account> },
): Promise<{ ids: Record<K, number>; token: Record<K, string> }> {
  const ids = {} as Record<K, number>
  const token = {} as Record<K, string>
  for (const key of Object.keys(options.accounts) as K[]) {
    const email = `${key}@${options.domain}`
    const user = await payload.create({
      collection: 'users',
      data: { email, name: `Người ${key}`, password: options.password, ...options.accounts[key] },
    })
    ids[key] = user.id
    token[key] = await http.login(email, options.password)
  }
  return { ids, token }
}
