import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';

const regions = (text: string) => analyse(text).observations.filter((item) => item.kind === 'region');

test('British words are read as a GB hint, with their span', () => {
  for (const text of ['my mum keeps asking', 'the GP said wait', 'it was £40', 'sat in A&E all night']) {
    const [region] = regions(text);
    assert.equal(region?.kind === 'region' && region.country, 'GB', text);
  }
  const [region] = regions('honestly my mum keeps asking');
  assert.deepEqual(region?.span, [12, 15]);
});

test('American or neutral words give no region', () => {
  for (const text of ['my mom keeps asking', 'the doctor said wait', 'it was $40', 'mummification is cool'])
    assert.equal(regions(text).length, 0, text);
});

test('a country, a city, money or an everyday word of its English places the person; country cues come first', () => {
  const cases: Array<[string, string]> = [
    ['dry as anything out in queensland this year', 'AU'],
    ['had a meeting this arvo and my mum rang', 'AU'],
    ['the matatu fare went up again', 'KE'],
    ['the barangay captain wants the form', 'PH'],
    ['they pay 3 lakh a year', 'IN'],
    ['load shedding all week', 'ZA'],
    ['found a loonie in my coat', 'CA'],
    ['moved to berlin for the job, jobcenter letters everywhere', 'DE'],
    ['stuck on universal credit in leeds', 'GB'],
  ];
  for (const [text, country] of cases) {
    const [region] = regions(text);
    assert.equal(region?.kind === 'region' && region.country, country, text);
  }
});
