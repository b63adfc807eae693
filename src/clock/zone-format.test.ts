import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneFormat } from './zone-format.ts';

test('a zone format is built once per zone and use, and reads that zone', () => {
  assert.equal(zoneFormat('Asia/Tokyo', 'weekday'), zoneFormat('Asia/Tokyo', 'weekday'));
  assert.notEqual(zoneFormat('Asia/Tokyo', 'weekday'), zoneFormat('Asia/Tokyo', 'wall-clock'));
  // 2026-12-07 20:00 UTC is Tuesday 05:00 in Tokyo
  const instant = Date.UTC(2026, 11, 7, 20, 0, 0);
  assert.equal(zoneFormat('Asia/Tokyo', 'weekday').format(instant), 'Tuesday');
  assert.equal(zoneFormat('UTC', 'weekday').format(instant), 'Monday');
  const hour = zoneFormat('Asia/Tokyo', 'wall-clock')
    .formatToParts(instant)
    .find((part) => part.type === 'hour')?.value;
  assert.equal(hour, '05');
});

test('an unknown zone throws and is not kept', () => {
  assert.throws(() => zoneFormat('Mars/Olympus', 'weekday'), RangeError);
  assert.throws(() => zoneFormat('Mars/Olympus', 'weekday'), RangeError);
});
