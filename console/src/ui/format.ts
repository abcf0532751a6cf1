/** es-CO formats, in Bogotá time: what every screen shows numbers, pesos and dates with. */
const pesos = new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 });
const numbers = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('es-CO', { style: 'percent', maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('es-CO', { timeZone: 'America/Bogota', day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatPesos = (value: number | null | undefined) => (value == null ? '—' : pesos.format(value));
export const formatNumber = (value: number | null | undefined) => (value == null ? '—' : numbers.format(value));
/** `share` is a fraction (0.2 is 20 %). */
export const formatPercent = (share: number | null | undefined) => (share == null ? '—' : percent.format(share));
/** An ISO instant, or a date `YYYY-MM-DD` (read as that day in Bogotá). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return date.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00-05:00` : value));
}
export const formatDateTime = (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : '—');
