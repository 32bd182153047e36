import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/checks';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the checks’ today', () => {
  it('is the writer’s local date, also between midnight and 08:00 in Beijing (UTC is still yesterday)', () => {
    process.env.TZ = 'Asia/Shanghai';
    const halfPastOneInBeijing = new Date('2026-12-01T17:30:00Z');
    expect(halfPastOneInBeijing.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(localToday(halfPastOneInBeijing)).toBe('2026-12-02');
  });
});
