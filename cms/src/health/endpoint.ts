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
 * Anonymous calls never make the server write: the upload store's write probe answers them from
 * its last run while younger than STORE_PROBE_SECONDS (./checks.ts); an administrator's call
 * probes afresh.
 */

const running = new Map<string, Promise<HealthReport>>()

/** One run at a time per set of checks: callers arriving meanwhile share its answer. */
function shared(payload: Payload, names: readonly CheckName[], freshStore: boolean): Promise<HealthReport> {
  const key = `${names.join(',')}${freshStore ? ' fresh' : ''}`
  const inFlight = running.get(key)
  if (inFlight) return inFlight
  const run = runChecks(payload, names, { freshStore }).finally(() => running.delete(key))
  running.set(key, run)
  return run
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const names = req.searchParams.get('scope') === 'instance' ? INSTANCE_CHECKS : CHECK_NAMES
    const admin = can(req, 'admin')
    const report = await shared(req.payload, names, admin)
    const body = admin
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
