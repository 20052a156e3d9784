import type { FilterOptionsProps, PayloadRequest, Where } from 'payload'
import { perRequest } from '../access/scope'
import { type CommuneIndex, type Resolution, readCommuneIndex, resolveCommune } from './resolve'

type Id = number | string

/** The province of the Installation global for this request, or null for the whole country. */
export const requestProvince = (req: PayloadRequest): Promise<Id | null> =>
  perRequest(req, 'installation-province', async () => {
    const installation = await req.payload.findGlobal({ slug: 'installation', depth: 0, overrideAccess: true, req })
    const province = installation.province
    if (province == null) return null
    return typeof province === 'object' ? province.id : province
  })

/** Communes only, and only the installation's province's when one is chosen. */
export const communeOptions = async ({ req }: Pick<FilterOptionsProps, 'req'>): Promise<Where> => {
  const province = await requestProvince(req)
  const commune: Where = { level: { equals: 'commune' } }
  return province == null ? commune : { and: [commune, { parent: { equals: province } }] }
}

const requestIndex = (req: PayloadRequest): Promise<CommuneIndex> =>
  perRequest(req, 'commune-index', async () => readCommuneIndex(req.payload, await requestProvince(req), req))

/** An old address resolved against the installation's communes, once per request and address. */
export async function resolveFormerAddress(
  req: PayloadRequest,
  commune: string,
  district?: string | null,
): Promise<Resolution> {
  return perRequest(req, `former:${commune}|${district ?? ''}`, async () =>
    resolveCommune(await requestIndex(req), commune, district ?? undefined),
  )
}
