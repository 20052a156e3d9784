/** The part of the `jsonld` package (no types of its own) that the tests use. */
declare module 'jsonld' {
  interface Options {
    /** Answers a remote document the processor asks for (a context), or refuses it. */
    documentLoader?: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>
  }
  const jsonld: {
    expand(input: object, options?: Options): Promise<Record<string, unknown>[]>
    flatten(input: object, context?: null, options?: Options): Promise<Record<string, unknown>[]>
  }
  export default jsonld
}
