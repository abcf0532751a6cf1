import type { Page } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  signInWithToken,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { answerAssessment, sendEvent } from '../support/workflow';
import { latestAssessment } from './support/entity';

/** The unread line of /notificaciones, as a number. */
async function unreadShown(page: Page): Promise<number> {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: /notificaci(ón|ones) sin leer/ })
      .textContent()) ?? '';
  if (/No tiene notificaciones sin leer/.test(text)) return 0;
  return Number(/Tiene (\d+) notificaci/.exec(text)?.[1]);
}

// Notifications in the console: what a real transition tells an entity arrives live (graphql-ws),
// unread until marked (one, then all), links to its case; the coordination reads its own.
describe('consola web: notificaciones', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('la entidad recibe en vivo el aviso de la revisión de su autodiagnóstico, lo marca leído y luego todos', async () => {
    const { page, watch } = browser;
    // The Gobernación de Boyacá's demo draft: completed and submitted by its representative.
    const representative = await sys.token(Role.ENTITY_REPRESENTATIVE, '15');
    const coordinator = await sys.token(Role.COORDINATOR);
    const assessment = (await latestAssessment(sys.url, representative))!;
    const caseId = (
      (await (
        await fetch(`${sys.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${representative}` },
          body: JSON.stringify({ query: '{ me { entity { journey { assessment { id } } } } }' }),
        })
      ).json()) as { data: { me: { entity: { journey: { assessment: { id: string } } } } } }
    ).data.me.entity.journey.assessment.id;
    expect(assessment.state).toBe('draft');
    await answerAssessment(sys, representative, caseId);
    expect((await sendEvent(sys, representative, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT')).errors).toBeUndefined();

    // The Gobernación has older notices of the same kind (its earlier cycles): this case's are told by their link.
    const ofThisCase = (text: string) =>
      page
        .getByRole('list', { name: /^Notificaciones/ })
        .getByRole('listitem')
        .filter({ has: page.locator(`a[href="/casos/${encodeURIComponent(caseId)}"]`) })
        .filter({ hasText: text });
    let before = 0;
    await withEvidence('notificaciones-inicio', page, watch, async () => {
      await signInWithToken(page, sys.url, representative, '/notificaciones');
      await page.getByRole('heading', { level: 1, name: 'Notificaciones' }).waitFor();
      before = await unreadShown(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    let title = '';
    await withEvidence('notificaciones-en-vivo', page, watch, async () => {
      // The coordinator starts the review through the API: the entity is notified, and the open page shows it without reloading.
      expect((await sendEvent(sys, coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW')).errors).toBeUndefined();
      const list = page.getByRole('list', { name: /^Notificaciones/ });
      const item = ofThisCase('está ahora en «En revisión»');
      await item.waitFor({ timeout: 30_000 });
      await page
        .getByRole('status')
        .filter({ hasText: /^Nueva notificación: / })
        .waitFor();
      expect(await item.textContent()).toContain('No leída');
      expect(await unreadShown(page)).toBe(before + 1);
      title = ((await item.getByRole('heading').textContent()) ?? '').replace('No leída', '').trim();
      expect(title).toMatch(/^Autodiagnóstico/);
      // Newest first, linking to its case.
      const newest = list.getByRole('listitem').first();
      expect(await newest.textContent()).toContain('está ahora en «En revisión»');
      expect(await newest.getByRole('link', { name: 'Ver el trámite' }).getAttribute('href')).toBe(`/casos/${encodeURIComponent(caseId)}`);
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('notificaciones-marcar-una', page, watch, async () => {
      const item = ofThisCase('está ahora en «En revisión»');
      await item.getByRole('button', { name: `Marcar como leída: ${title}` }).click();
      await item.getByRole('button', { name: /^Marcar como leída/ }).waitFor({ state: 'detached' });
      expect(await item.textContent()).not.toContain('No leída');
      expect(await unreadShown(page)).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('notificaciones-marcar-todas', page, watch, async () => {
      expect((await sendEvent(sys, coordinator, 'MATURITY_ASSESSMENT', caseId, 'VALIDATE')).errors).toBeUndefined();
      // After a reload (the state is the API's): the first still read, the new one unread.
      await ofThisCase('está ahora en «Validado»').waitFor({ timeout: 30_000 });
      await page.reload();
      const validated = ofThisCase('está ahora en «Validado»');
      await validated.waitFor();
      expect(await validated.textContent()).toContain('No leída');
      expect(await ofThisCase('está ahora en «En revisión»').textContent()).not.toContain('No leída');
      expect(await unreadShown(page)).toBe(before + 1);
      await page.getByRole('button', { name: 'Marcar todas como leídas' }).click();
      await page.getByRole('status').filter({ hasText: 'No tiene notificaciones sin leer.' }).waitFor();
      expect(await page.getByText('No leída', { exact: true }).count()).toBe(0);
      await page.getByRole('checkbox', { name: 'Mostrar solo las no leídas' }).focus();
      await page.keyboard.press('Space');
      await page.getByText('No hay notificaciones sin leer.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });

    // The API agrees: nothing unread for the entity's representative.
    const res = await fetch(`${sys.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${representative}` },
      body: JSON.stringify({ query: '{ notifications(first: 1) { unreadCount } }' }),
    });
    expect(((await res.json()) as { data: { notifications: { unreadCount: number } } }).data.notifications.unreadCount).toBe(0);
  });

  it('la coordinación ve en sus notificaciones el envío del autodiagnóstico, con el enlace al trámite', async () => {
    const person = await browser.newPerson();
    await withEvidence('notificaciones-coordinacion', person.page, person.watch, async () => {
      await signInAsDemo(person.page, sys.url, /Coordinación CTI/);
      await person.page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Notificaciones' }).click();
      await person.page.getByRole('heading', { level: 1, name: 'Notificaciones' }).waitFor();
      const item = person.page
        .getByRole('listitem')
        .filter({ hasText: /Gobernación de Boyacá|BOYACÁ/i })
        .first();
      await item.waitFor();
      expect(await item.getByRole('link', { name: 'Ver el trámite' }).getAttribute('href')).toMatch(/^\/casos\//);
      expect(await axeViolations(person.page)).toEqual([]);
      person.watch.assertClean();
    });
  });
});
