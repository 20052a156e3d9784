/** Labels of the enumerations in fr, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
