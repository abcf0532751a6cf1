/**
 * The bounds of what a plan measures, in one place, so that every way in (the imported sheet, a
 * proposal or its resubmission, a progress report) refuses the same values.
 *
 * Numbers: a target, a baseline or a reported value is at most a billón (10^12, the bound the
 * maturity module's numeric answers keep as well). Only finite and non-negative was not enough: two
 * targets of 1e308 sum to Infinity, and Infinity / Infinity is NaN, which a non-null Float cannot
 * carry, so one such product blanked the whole measurement. Under this bound every sum the method
 * takes (at most 80 periods of a product, 1,000 products) stays exact to far more digits than a
 * figure is shown with.
 *
 * Products: a plan has at most 1,000, whether imported (the sheet's rows) or grown by approved
 * adjustments, and a report may carry one item per product, so a plan of any allowed size can be
 * reported in one report.
 */

/** The largest target, baseline or reported value (a billón). */
export const MAX_PLAN_NUMBER = 1e12;

/** The most products a plan (any of its versions) has; a report carries at most one item per product. */
export const MAX_PLAN_PRODUCTS = 1000;

/** Whether `value` is a number a plan measures with: finite, from 0 to MAX_PLAN_NUMBER. */
export const isPlanNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_PLAN_NUMBER;

/** The bound as a refusal says it ("entre 0 y 1.000.000.000.000"). */
export const PLAN_NUMBER_RANGE = `entre 0 y ${MAX_PLAN_NUMBER.toLocaleString('es-CO')}`;
