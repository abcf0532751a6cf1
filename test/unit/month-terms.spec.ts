// Terms counted in calendar months (Ley 1755 de 2015, art. 17: "un mes"): the day number rule of
// the Código General del Proceso art. 118 and Ley 4 de 1913 art. 59 and 62, with the last day moved
// to the next día hábil.
import { addMonths, atBogotaTime, dueInstant, termEndDay } from '../../src/core/time/business-calendar';

const requested = (day: string) => atBogotaTime(day, 10);

describe('addMonths', () => {
  it('keeps the day number, or takes the last day of a shorter month', () => {
    expect(addMonths('2027-03-16', 1)).toBe('2027-04-16');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-11-30', 2)).toBe('2028-01-30');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });

  it('refuses a month count that is not a whole number', () => {
    expect(() => addMonths('2027-01-31', 1.5)).toThrow(RangeError);
  });
});

describe('a term of months', () => {
  it('runs from the day after the request and ends on the same day number a month later', () => {
    // Requested Monday 15 March 2027: runs from the 16th, ends Friday 16 April.
    expect(termEndDay(requested('2027-03-15'), 1, 'month')).toBe('2027-04-16');
    // Requested 31 January (Sunday): runs from 1 February, ends Monday 1 March.
    expect(termEndDay(requested('2027-01-31'), 1, 'month')).toBe('2027-03-01');
  });

  it('ends on the last day of a shorter month, moved to the next día hábil when that is a day off', () => {
    // Requested Sunday 30 January 2028: from the 31st; February 2028 ends on Tuesday the 29th.
    expect(termEndDay(requested('2028-01-30'), 1, 'month')).toBe('2028-02-29');
    // Requested Friday 29 January 2027: from the 30th; 28 February is a Sunday → Monday 1 March.
    expect(termEndDay(requested('2027-01-29'), 1, 'month')).toBe('2027-03-01');
  });

  it('moves past holidays: 25 and 26 March 2027 are Jueves and Viernes Santo', () => {
    expect(termEndDay(requested('2027-02-24'), 1, 'month')).toBe('2027-03-29');
    // A request on Monday 7 December 2026 runs from the 8th, a holiday (months count the calendar,
    // so a day off inside the term changes nothing), to Friday 8 January 2027.
    expect(termEndDay(requested('2026-12-07'), 1, 'month')).toBe('2027-01-08');
  });

  it('expires at the end of its last day in Bogotá', () => {
    expect(dueInstant(requested('2027-01-29'), 1, 'month').toISOString()).toBe('2027-03-02T04:59:59.999Z');
    expect(dueInstant(requested('2027-01-29'), 2, 'month').toISOString()).toBe('2027-03-31T04:59:59.999Z');
  });
});
