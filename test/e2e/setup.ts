import type { TestProject } from 'vitest/node'
import { type RunningProduct, startProduct } from './product'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    siteUrl: string
  }
}

let product: RunningProduct | undefined

/** One product for the whole browser suite: starting it (build check, migrations, seed) is the slow part. */
export default async function setup(project: TestProject) {
  product = await startProduct()
  project.provide('baseUrl', product.baseUrl)
  project.provide('siteUrl', product.siteUrl)
  return async () => {
    await product?.stop()
  }
}
