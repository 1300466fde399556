import { describe, expect, it } from 'vitest';
import { detectContacts } from './detect-contact.js';
import { found } from './testing.js';

describe('detectContacts', () => {
  it('finds e-mails, URLs, IP addresses, telephone and fax numbers', () => {
    const spans = found(
      detectContacts(
        'Mail john.doe123@example.com, see https://portal.example.org/p/1 or www.clinic.com; host 192.168.1.1; call (555) 123-4567 or 415-555-1234; fax: 650-123-4567.',
      ),
    );
    expect(spans).toEqual([
      'EMAIL:john.doe123@example.com',
      'URL:https://portal.example.org/p/1',
      'URL:www.clinic.com',
      'IP:192.168.1.1',
      'PHONE:(555) 123-4567',
      'PHONE:415-555-1234',
      'FAX:650-123-4567',
    ]);
  });

  it('does not take doses, lab values, ratios or blood pressures for numbers to call', () => {
    for (const text of [
      'BP 120/80, INR 2.5, platelets 150 000, ratio 1.5:1, 3.5-5.0 mmol/L',
      'Take 1-2 tablets 3-4 times a day',
    ]) {
      expect(found(detectContacts(text)), text).toEqual([]);
    }
  });
});
