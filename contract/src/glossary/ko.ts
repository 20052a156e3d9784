/** Labels of the enumerations in ko, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
