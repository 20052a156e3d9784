/** s3rver 3.7.1 ships no types: the part test/s3.ts uses. */
declare module 's3rver' {
  import type { AddressInfo } from 'node:net'
  export default class S3rver {
    constructor(options: {
      address?: string
      port?: number
      silent?: boolean
      directory: string
      configureBuckets?: { name: string }[]
    })
    /** Listens, and answers where. */
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
