/**
 * The inputs of NEWS2, declared as data.
 *
 * Staleness: NEWS2 describes the patient now, so a stale vital sign, oxygen status or level of
 * consciousness is treated as missing (with a `stale-value-ignored` warning), never used.
 *
 * @module
 */
import { ACVPU_LEVELS, ON_OXYGEN_CODES, ROOM_AIR_CODES } from '../codes/finding-codes.js';
import { HYPERCAPNIC_RESPIRATORY_FAILURE } from '../codes/condition-concepts.js';
import type { InputDefinition, InputPolicy } from '../types.js';

const ACUTE: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'missing' };

/** NEWS2 inputs by name. */
export const NEWS2_INPUTS = {
  respiratoryRate: {
    name: 'respiratoryRate',
    description: 'Respiration rate (breaths/min).',
    sources: [{ from: 'measurement', measure: 'respiratoryRate' }],
    answer: { type: 'number', unit: '/min' },
    policy: ACUTE,
  },
  oxygenSaturation: {
    name: 'oxygenSaturation',
    description: 'Peripheral oxygen saturation SpO2 (%).',
    sources: [{ from: 'measurement', measure: 'oxygenSaturation' }],
    answer: { type: 'number', unit: '%' },
    policy: ACUTE,
  },
  useSpo2Scale2: {
    name: 'useSpo2Scale2',
    description:
      'SpO2 Scale 2: a prescribed target of 88–92% in hypercapnic respiratory failure. A clinician answer decides; otherwise a coded hypercapnic respiratory failure is used as a proxy (with a warning); otherwise Scale 1, the RCP default.',
    sources: [{ from: 'condition', concept: HYPERCAPNIC_RESPIRATORY_FAILURE }],
    answer: { type: 'boolean' },
    policy: { whenNotRecorded: 'absent', whenStale: 'use-with-warning' },
  },
  supplementalOxygen: {
    name: 'supplementalOxygen',
    description: 'Air or supplemental oxygen (true when on oxygen).',
    sources: [
      { from: 'finding', finding: 'supplementalOxygen', codeSets: [ROOM_AIR_CODES, ON_OXYGEN_CODES] },
      { from: 'measurement', measure: 'inhaledOxygenFlow' },
      { from: 'measurement', measure: 'inhaledOxygenConcentration' },
    ],
    answer: { type: 'boolean' },
    policy: ACUTE,
  },
  systolicBp: {
    name: 'systolicBp',
    description: 'Systolic blood pressure (mmHg).',
    sources: [{ from: 'measurement', measure: 'systolicBp' }],
    answer: { type: 'number', unit: 'mm[Hg]' },
    policy: ACUTE,
  },
  heartRate: {
    name: 'heartRate',
    description: 'Pulse (beats/min).',
    sources: [{ from: 'measurement', measure: 'heartRate' }],
    answer: { type: 'number', unit: '/min' },
    policy: ACUTE,
  },
  consciousness: {
    name: 'consciousness',
    description: 'Level of consciousness on the ACVPU scale (A, new Confusion, V, P, U).',
    sources: [{ from: 'finding', finding: 'levelOfConsciousness', codeSets: ACVPU_LEVELS.map((l) => l.codeSet) }],
    answer: { type: 'choice', options: ['A', 'C', 'V', 'P', 'U'] },
    policy: ACUTE,
  },
  temperature: {
    name: 'temperature',
    description: 'Temperature (°C).',
    sources: [{ from: 'measurement', measure: 'temperature' }],
    answer: { type: 'number', unit: 'Cel' },
    policy: ACUTE,
  },
} as const satisfies Record<string, InputDefinition>;
