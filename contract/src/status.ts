/**
 * The site's publish status: what site/tools/publish.ts writes to `<root>/status.json` after
 * every attempt, and what the CMS reads to tell an officer whether the site is live. One schema
 * for the writer's types and the reader's parse.
 */
import { z } from 'zod'

export const PUBLISH_STATES = ['building', 'ok', 'failed'] as const
export type PublishState = (typeof PUBLISH_STATES)[number]
export const BUILD_MODES = ['full', 'incremental'] as const
export type BuildMode = (typeof BUILD_MODES)[number]

/** What `current` serves, carried from one status to the next so a failed attempt keeps it known. */
export const liveBuild = z.object({
  buildId: z.string(),
  /** Snapshot, site address and site sources it was built from (the site's build fingerprint). */
  fingerprint: z.string(),
  siteUrl: z.string().nullable(),
  publishedAt: z.string(),
  pages: z.number(),
})
export type LiveBuild = z.infer<typeof liveBuild>

export const publishStatus = z.object({
  state: z.enum(PUBLISH_STATES),
  buildId: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  pages: z.number().nullable(),
  error: z.string().optional(),
  /** Tail of the build output, at most 4 KB. */
  log: z.string().optional(),
  /** True when the live build already matched and nothing was built. */
  unchanged: z.boolean().optional(),
  /** `incremental`: only the pages of changed entries (and of lists) were rendered. */
  mode: z.enum(BUILD_MODES).optional(),
  /** Pages rendered by this build (the others were kept from the live build). */
  rendered: z.number().optional(),
  live: liveBuild.optional(),
})
export type PublishStatus = z.infer<typeof publishStatus>

const parsedOrNull = <T>(parsed: { success: true; data: T } | { success: false }): T | null =>
  parsed.success ? parsed.data : null

/** The status a publish wrote, or null when the value is not one (missing, half-written, another shape). */
export const parsePublishStatus = (raw: unknown): PublishStatus | null => parsedOrNull(publishStatus.safeParse(raw))

/**
 * The fields of a status that are there, each of its type, or null when one is not: for a reader
 * that needs a few of them (the CMS: state, build, pages, start) and accepts a writer that leaves
 * the others out.
 */
export const parsePublishStatusParts = (raw: unknown): Partial<PublishStatus> | null =>
  parsedOrNull(publishStatus.partial().safeParse(raw))

/** Minutes a site build may take unless `SITE_BUILD_MINUTES` says otherwise. */
export const SITE_BUILD_MINUTES_DEFAULT = 15

/**
 * Minutes the site's build (astro build of every page) may take before a publish gives up and
 * leaves the live site as it was: `SITE_BUILD_MINUTES`, 15 unless set. A province of 10,000
 * entries builds in minutes on two cores; 50,000 took longer than 15 on a loaded machine
 * (bench/RESULTS.md), so a national platform sets more. The CMS gives the whole publish (export,
 * build, search index) five minutes beyond it.
 */
export function siteBuildMinutes(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.SITE_BUILD_MINUTES?.trim()
  if (!raw) return SITE_BUILD_MINUTES_DEFAULT
  const minutes = Number(raw)
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new Error(
      `SITE_BUILD_MINUTES must be a number of minutes above 0 (such as 60), not "${raw}". ` +
        `SITE_BUILD_MINUTES phải là số phút lớn hơn 0 (ví dụ 60), không phải "${raw}".`,
    )
  }
  return minutes
}
