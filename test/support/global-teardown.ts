export default async function globalTeardown(): Promise<void> {
  const stops = (globalThis as { __ctiTestStops?: (() => unknown)[] }).__ctiTestStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
