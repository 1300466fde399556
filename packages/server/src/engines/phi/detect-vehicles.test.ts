import { describe, expect, it } from 'vitest';
import { detectVehicles } from './detect-vehicles.js';
import { found } from './testing.js';

describe('detectVehicles', () => {
  it('finds VINs and licence plates after a cue, in their common shapes', () => {
    expect(
      found(
        detectVehicles(
          'MVA: VIN 1HGCM82633A004352; licence plate AB12 CDE; Plate 7ABC123 noted by police; reg. KX19 ABC; tag # 4GHT-882.',
        ),
      ),
    ).toEqual([
      'VEHICLE:1HGCM82633A004352',
      'VEHICLE:AB12 CDE',
      'VEHICLE:7ABC123',
      'VEHICLE:KX19 ABC',
      'VEHICLE:4GHT-882',
    ]);
  });

  it('leaves plates of another kind and ordinary words after the cues alone', () => {
    for (const text of [
      'Growth plate fracture; reg insulin 10 units; ID tag checked; registration desk.',
      'Vehicle: 2015 Toyota Camry, driver restrained.',
    ])
      expect(found(detectVehicles(text)), text).toEqual([]);
  });
});
