/**
 * PL -> Location hierarchy (IG PL[Location]): facility (PL-4, site),
 * building (PL-7), floor (PL-8), point of care (PL-1), room (PL-2), bed
 * (PL-3), each `partOf` the next level up; PL-9 describes the most specific.
 * Ids are deterministic from the path, so "Room 12" of two wards are two
 * Locations.
 *
 * @module
 */
import type { Location } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { stableResourceId } from '../ids.js';

const PHYSICAL_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/location-physical-type';

/** PL components from the widest level to the narrowest, with their physical type. */
const LEVELS = [
  { component: 4, physicalType: { code: 'si', display: 'Site' } },
  { component: 7, physicalType: { code: 'bu', display: 'Building' } },
  { component: 8, physicalType: { code: 'lvl', display: 'Level' } },
  { component: 1, physicalType: { code: 'wa', display: 'Ward' } },
  { component: 2, physicalType: { code: 'ro', display: 'Room' } },
  { component: 3, physicalType: { code: 'bd', display: 'Bed' } },
] as const;

/**
 * The Locations of a PL, widest first; the last is the one an Encounter
 * points to. Empty when no level is valued.
 *
 * @example
 * ```ts
 * toLocations([['2000'], ['2012'], ['01']]).map((l) => l.name); // ['2000', '2012', '01']
 * ```
 */
export function toLocations(rep: Hl7Repetition | undefined): Location[] {
  const locations: Location[] = [];
  const path: string[] = [];
  for (const level of LEVELS) {
    const value = componentOf(rep, level.component) || (level.component === 4 ? componentOf(rep, 4, 2) : '');
    if (value === '') continue;
    path.push(`${level.physicalType.code}=${value}`);
    const location: Location = {
      resourceType: 'Location',
      id: stableResourceId('Location', ...path),
      identifier: [{ value }],
      name: value,
      mode: 'instance',
      physicalType: { coding: [{ system: PHYSICAL_TYPE_SYSTEM, ...level.physicalType }] },
    };
    const parent = locations[locations.length - 1];
    if (parent !== undefined) location.partOf = { reference: `Location/${parent.id}` };
    locations.push(location);
  }
  const description = componentOf(rep, 9);
  const last = locations[locations.length - 1];
  if (last !== undefined && description !== '') last.description = description;
  return locations;
}
