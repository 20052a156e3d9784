/** GS1 Digital Link: the pure functions live in the contract shared with the CMS and the site. */
export * from '@heritage/contract/gs1'
