/** Labels of the enumerations in ru, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
