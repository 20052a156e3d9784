import type { Endpoint, Payload } from 'payload'
import { can } from '../access/scope'
import { CHECK_NAMES, type CheckName, type HealthReport, INSTANCE_CHECKS, runChecks } from './checks'

/**
 * GET /api/health — for load balancers and monitoring: 200 when every check passes, 503 when one
 * fails, as JSON `{ status, checks: { database, uploads, disk, site } }` with each check's own
 * `status` ("ok" | "fail"). `?scope=instance` leaves out the site check: a load balancer should
 * not take every CMS instance out because the public site is stale, since the admin is where an
 * officer fixes that.
 *
 * Anonymous callers learn only the statuses. Numbers (free space, build age) and the reason of a
 * failure — which may name a file or the database's own error — are for administrators.
 */

const running = new Map<string, Promise<HealthReport>>()

/** One run at a time per set of checks: callers arriving meanwhile share its answer. */
function shared(payload: Payload, names: readonly CheckName[]): Promise<HealthReport> {
  const key = names.join(',')
  const inFlight = running.get(key)
  if (inFlight) return inFlight
  const run = runChecks(payload, names).finally(() => running.delete(key))
  running.set(key, run)
  return run
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const names = req.searchParams.get('scope') === 'instance' ? INSTANCE_CHECKS : CHECK_NAMES
    const report = await shared(req.payload, names)
    const body = can(req, 'admin')
      ? report
      : {
          status: report.status,
          checks: Object.fromEntries(
            Object.entries(report.checks).map(([name, check]) => [name, { status: check.status }]),
          ),
        }
    return Response.json(body, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'cache-control': 'no-store' },
    })
  },
}
