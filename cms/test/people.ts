import type { Payload } from 'payload'

/**
 * The province and communes most tests arrange before acting as an officer: one helper instead of
 * a copy of the same creates in every test file (accounts.ts signs the officers in).
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
