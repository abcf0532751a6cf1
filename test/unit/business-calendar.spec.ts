// Expected days were counted by hand on the real calendars; the observed holidays they rely on
// (colombian-holidays 5.0.11, celebrationDate) are:
//   2025: 30 Jun (San Pedro y San Pablo and Sagrado Corazón both moved there), 8 Dec, 25 Dec
//   2026: 1 Jan, 12 Jan (Reyes, from Tue 6), 23 Mar, 2–3 Apr (Holy Thu/Fri), 17 Aug (from Sat 15),
//         16 Nov (Cartagena, from Wed 11), 8 Dec, 25 Dec
//   2027: 1 Jan, 11 Jan (Reyes, from Wed 6)
import {
  addWorkingDays,
  atBogotaTime,
  bogotaDay,
  dueInstant,
  endOfDay,
  isWorkingDay,
  nextWorkingDay,
  remainingWorkingDays,
  reminderInstant,
  termEndDay,
  type CalendarKind,
} from '../../src/core/time/business-calendar';

/** An instant written as Bogotá wall-clock time. */
const bogota = (localDateTime: string): Date => new Date(`${localDateTime}-05:00`);

describe('bogotaDay', () => {
  it('uses the Bogotá date, not the UTC one', () => {
    expect(bogota('2026-11-20T23:30').toISOString()).toBe('2026-11-21T04:30:00.000Z');
    expect(bogotaDay(bogota('2026-11-20T23:30'))).toBe('2026-11-20');
    expect(bogotaDay(new Date('2026-11-21T04:59:59.999Z'))).toBe('2026-11-20');
    expect(bogotaDay(new Date('2026-11-21T05:00:00.000Z'))).toBe('2026-11-21');
  });

  it('crosses the year boundary in local time', () => {
    expect(bogotaDay(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-01', true, 'Wednesday of Holy Week'],
    ['2026-04-02', false, 'Holy Thursday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-01-01', false, 'New Year'],
    ['2026-01-06', true, 'Reyes’ own date, observed on Monday 12'],
    ['2026-01-12', false, 'Reyes observed'],
    ['2026-11-11', true, 'Cartagena’s own date, observed on Monday 16'],
    ['2026-11-16', false, 'Cartagena observed'],
    ['2026-08-17', false, 'Asunción observed'],
    ['2026-12-08', false, 'Inmaculada Concepción'],
    ['2026-12-25', false, 'Christmas'],
    ['2025-06-27', true, 'Sagrado Corazón’s own date in 2025'],
    ['2025-06-30', false, 'two holidays observed on the same Monday'],
    ['2026-11-21', false, 'Saturday'],
    ['2026-11-22', false, 'Sunday'],
    ['2026-11-23', true, 'ordinary Monday'],
  ])('%s → %s (%s)', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });
});

describe('addWorkingDays and nextWorkingDay', () => {
  it('returns the day itself for n = 0, working or not', () => {
    expect(addWorkingDays('2026-04-03', 0)).toBe('2026-04-03');
  });

  it('skips weekends and holidays forwards and backwards', () => {
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-06');
    expect(addWorkingDays('2026-04-06', -1)).toBe('2026-04-01');
    expect(addWorkingDays('2026-01-13', -1)).toBe('2026-01-09');
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-13');
  });

  it('moves off non-working days only', () => {
    expect(nextWorkingDay('2026-04-01')).toBe('2026-04-01');
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-06');
    expect(nextWorkingDay('2025-12-31')).toBe('2025-12-31');
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
  });
});

describe('termEndDay in business days', () => {
  it('skips Holy Thursday and Good Friday 2026', () => {
    // Tue 31 Mar: Wed 1 Apr = 1, then Mon 6 … Thu 9 = 2 … 5.
    expect(termEndDay(bogota('2026-03-31T10:00'), 5, 'business')).toBe('2026-04-09');
    expect(termEndDay(bogota('2026-03-31T10:00'), 10, 'business')).toBe('2026-04-16');
    expect(termEndDay(bogota('2026-03-30T10:00'), 3, 'business')).toBe('2026-04-06');
  });

  it('crosses 1 January and Reyes moved to Monday 12 January 2026', () => {
    // Wed 31 Dec: Fri 2 Jan = 1, Mon 5 = 2, Tue 6 = 3 (not a holiday), Wed 7 = 4, Thu 8 = 5.
    expect(termEndDay(bogota('2025-12-31T15:00'), 5, 'business')).toBe('2026-01-08');
    // … Fri 9 = 6, Mon 12 skipped, Tue 13 = 7 … Fri 16 = 10.
    expect(termEndDay(bogota('2025-12-31T15:00'), 10, 'business')).toBe('2026-01-16');
    expect(termEndDay(bogota('2025-12-30T09:00'), 3, 'business')).toBe('2026-01-05');
  });

  it('skips a Monday holiday moved by Ley Emiliani', () => {
    expect(termEndDay(bogota('2026-11-13T10:00'), 1, 'business')).toBe('2026-11-17');
    expect(termEndDay(bogota('2026-11-13T10:00'), 5, 'business')).toBe('2026-11-23');
    expect(termEndDay(bogota('2026-08-14T10:00'), 1, 'business')).toBe('2026-08-18');
    expect(termEndDay(bogota('2025-06-27T10:00'), 1, 'business')).toBe('2025-07-01');
  });

  it('runs from mid-December 2026 into January 2027', () => {
    // Tue 15 Dec: 16–24 Dec = 7, 25 skipped, 28–31 = 11, 1 Jan skipped, 4–7 Jan = 15.
    expect(termEndDay(bogota('2026-12-15T11:00'), 15, 'business')).toBe('2027-01-07');
    // … Fri 8 = 16, Mon 11 (Reyes 2027) skipped, 12–15 = 20.
    expect(termEndDay(bogota('2026-12-15T11:00'), 20, 'business')).toBe('2027-01-15');
    // Fri 4 Dec: 8, 25 Dec and 1 Jan all skipped.
    expect(termEndDay(bogota('2026-12-04T16:00'), 20, 'business')).toBe('2027-01-06');
  });

  it('counts a late Friday-evening event from Friday, not from its UTC Saturday', () => {
    expect(termEndDay(bogota('2026-11-20T23:30'), 1, 'business')).toBe('2026-11-23');
    // Thursday 23:30 is Friday in UTC: counting from Friday would give Monday 23.
    expect(termEndDay(bogota('2026-11-19T23:30'), 1, 'business')).toBe('2026-11-20');
  });

  it('gives the 15- and 10-business-day petition terms from Saturday 21 November 2026', () => {
    // Mon 23 Nov = 1 … Fri 4 Dec = 10, Mon 7 = 11, Tue 8 skipped, Wed 9 … Mon 14 = 15.
    expect(termEndDay(bogota('2026-11-21T10:00'), 10, 'business')).toBe('2026-12-04');
    expect(termEndDay(bogota('2026-11-21T10:00'), 15, 'business')).toBe('2026-12-14');
    expect(termEndDay(bogota('2026-11-21T10:00'), 30, 'business')).toBe('2027-01-06');
  });
});

describe('termEndDay in calendar days', () => {
  it('ends on the plain date when that is a working day', () => {
    expect(termEndDay(bogota('2026-11-21T10:00'), 10, 'calendar')).toBe('2026-12-01');
  });

  it('moves a Sunday end to Monday', () => {
    expect(termEndDay(bogota('2026-11-21T10:00'), 15, 'calendar')).toBe('2026-12-07');
  });

  it('moves a holiday end to the next working day', () => {
    expect(termEndDay(bogota('2026-11-23T10:00'), 15, 'calendar')).toBe('2026-12-09');
    expect(termEndDay(bogota('2025-12-31T15:00'), 1, 'calendar')).toBe('2026-01-02');
    expect(termEndDay(bogota('2025-12-31T15:00'), 12, 'calendar')).toBe('2026-01-13');
    // Thu 2 Apr → Good Friday → weekend → Monday 6.
    expect(termEndDay(bogota('2026-03-23T10:00'), 10, 'calendar')).toBe('2026-04-06');
  });

  it('starts from the Bogotá date of a late-evening event', () => {
    // Fri 20 + 3 = Mon 23; from the UTC date (Sat 21) it would be Tue 24.
    expect(termEndDay(bogota('2026-11-20T23:30'), 3, 'calendar')).toBe('2026-11-23');
  });
});

describe('instants', () => {
  it('ends a day at 23:59:59.999 Bogotá', () => {
    expect(endOfDay('2026-12-14').toISOString()).toBe('2026-12-15T04:59:59.999Z');
    expect(endOfDay('2026-12-31').toISOString()).toBe('2027-01-01T04:59:59.999Z');
  });

  it('places a Bogotá wall-clock time', () => {
    expect(atBogotaTime('2026-12-09', 8).toISOString()).toBe('2026-12-09T13:00:00.000Z');
    expect(atBogotaTime('2026-12-09', 20, 30).toISOString()).toBe('2026-12-10T01:30:00.000Z');
    expect(atBogotaTime('2026-12-09', 0).toISOString()).toBe('2026-12-09T05:00:00.000Z');
  });

  it('gives the due instant at the end of the last day', () => {
    const due = dueInstant(bogota('2026-11-21T10:00'), 15, 'business');
    expect(due.toISOString()).toBe('2026-12-15T04:59:59.999Z');
    expect(bogotaDay(due)).toBe('2026-12-14');
  });
});

describe('reminderInstant', () => {
  const due = endOfDay('2026-12-14');

  it('is at 08:00 Bogotá n working days before the due day', () => {
    expect(reminderInstant(due, 0).toISOString()).toBe('2026-12-14T13:00:00.000Z');
    expect(reminderInstant(due, 1).toISOString()).toBe('2026-12-11T13:00:00.000Z');
    expect(reminderInstant(due, 3).toISOString()).toBe('2026-12-09T13:00:00.000Z');
  });

  it('skips holidays when counting back', () => {
    // Back from Mon 14 Dec: 11, 10, 9, then 8 Dec is a holiday → Mon 7.
    expect(reminderInstant(due, 4).toISOString()).toBe('2026-12-07T13:00:00.000Z');
    // Back from Thu 9 Apr: 8, 7, 6, then Holy Week → Wed 1, Tue 31 Mar.
    expect(reminderInstant(endOfDay('2026-04-09'), 5).toISOString()).toBe('2026-03-31T13:00:00.000Z');
  });
});

describe('remainingWorkingDays', () => {
  const due = endOfDay('2026-12-14');

  it('is 0 on the due day, even late in the evening', () => {
    expect(remainingWorkingDays(bogota('2026-12-14T10:00'), due)).toBe(0);
    expect(remainingWorkingDays(bogota('2026-12-14T23:30'), due)).toBe(0);
  });

  it('counts working days after today up to the due day', () => {
    expect(remainingWorkingDays(bogota('2026-12-11T09:00'), due)).toBe(1);
    expect(remainingWorkingDays(bogota('2026-12-12T09:00'), due)).toBe(1);
    // 8 Dec is a holiday: 9, 10, 11, 14.
    expect(remainingWorkingDays(bogota('2026-12-07T09:00'), due)).toBe(4);
    expect(remainingWorkingDays(bogota('2026-11-21T10:00'), due)).toBe(15);
  });

  it('is negative once the due day has passed', () => {
    expect(remainingWorkingDays(bogota('2026-12-15T09:00'), due)).toBe(-1);
    // 15–24 Dec = 8, 28–31 = 12, 4–8 Jan = 17; 25 Dec and 1 Jan do not count.
    expect(remainingWorkingDays(bogota('2027-01-08T09:00'), due)).toBe(-17);
  });

  it('is 0, not -0, over a weekend just after a Friday due day', () => {
    expect(remainingWorkingDays(bogota('2026-12-13T09:00'), endOfDay('2026-12-11'))).toBe(0);
  });

  it.each<[string, number, CalendarKind]>([
    ['2026-03-31T10:00', 5, 'business'],
    ['2025-12-31T15:00', 10, 'business'],
    ['2026-12-15T11:00', 15, 'business'],
  ])('equals the term length on the event day (%s, %d)', (start, days, kind) => {
    expect(remainingWorkingDays(bogota(start), dueInstant(bogota(start), days, kind))).toBe(days);
  });
});

describe('bad input', () => {
  const start = bogota('2026-11-21T10:00');

  it.each([0, -1, 1.5, NaN, Infinity])('refuses a term of %p days', (days) => {
    expect(() => termEndDay(start, days, 'business')).toThrow(RangeError);
    expect(() => dueInstant(start, days, 'calendar')).toThrow(RangeError);
  });

  it('refuses an unknown calendar kind', () => {
    expect(() => termEndDay(start, 5, 'weekly' as CalendarKind)).toThrow(RangeError);
  });

  it.each(['2026-1-5', '20260105', '2026-02-30', '2026-13-01', '2026-00-10', '', '2026-01-05T00:00', '0099-01-01'])(
    'refuses the malformed day %p',
    (day) => {
      expect(() => isWorkingDay(day)).toThrow(RangeError);
      expect(() => addWorkingDays(day, 1)).toThrow(RangeError);
      expect(() => nextWorkingDay(day)).toThrow(RangeError);
      expect(() => endOfDay(day)).toThrow(RangeError);
      expect(() => atBogotaTime(day, 8)).toThrow(RangeError);
    },
  );

  it('refuses other out-of-range arguments', () => {
    expect(() => addWorkingDays('2026-11-23', 1.5)).toThrow(RangeError);
    expect(() => reminderInstant(endOfDay('2026-12-14'), -1)).toThrow(RangeError);
    expect(() => atBogotaTime('2026-12-09', 24)).toThrow(RangeError);
    expect(() => atBogotaTime('2026-12-09', 8, 60)).toThrow(RangeError);
    expect(() => bogotaDay(new Date('not a date'))).toThrow(RangeError);
  });
});
