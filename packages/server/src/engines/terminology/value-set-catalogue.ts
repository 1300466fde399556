/**
 * Every value set Meridian loads at start: the vendored VSAC expansions and
 * Meridian's curated lists, in one registry.
 *
 * @module
 */
import { ValueSetRegistry } from '@meridian/fhir-adapter';
import { CURATED_VALUE_SETS } from './curated/index.js';
import { VSAC_VALUE_SETS } from './vsac-value-sets.js';

/**
 * The loaded value sets (VSAC and curated), read-only.
 *
 * @example
 * VALUE_SETS.validateCode('2.16.840.1.113883.3.526.3.376', 'http://snomed.info/sct', '703272007').result; // true
 */
export const VALUE_SETS = new ValueSetRegistry([...VSAC_VALUE_SETS, ...CURATED_VALUE_SETS]);
