/** SNOMED CT codings of the conditions the rules engine's curated differentials name. */
const SNOMED = 'http://snomed.info/sct' as const;

export const SNOMED_SEPSIS = { system: SNOMED, code: '91302008', display: 'Sepsis' } as const;
export const SNOMED_HYPERKALEMIA = { system: SNOMED, code: '14140009', display: 'Hyperkalemia' } as const;
export const SNOMED_HYPOKALEMIA = { system: SNOMED, code: '43339004', display: 'Hypokalemia' } as const;
export const SNOMED_HYPONATREMIA = { system: SNOMED, code: '89627008', display: 'Hyponatremia' } as const;
export const SNOMED_HYPOGLYCEMIA = { system: SNOMED, code: '302866003', display: 'Hypoglycemia' } as const;
export const SNOMED_ANEMIA = { system: SNOMED, code: '271737000', display: 'Anemia' } as const;
export const SNOMED_HYPOXEMIA = { system: SNOMED, code: '389087006', display: 'Hypoxemia' } as const;
