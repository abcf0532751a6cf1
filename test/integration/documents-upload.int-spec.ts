import { Role } from '../../src/core/auth/principal';
import { samplePdf, uploadDocument } from '../support/documents';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;
beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

describe('uploads (tus)', () => {
  it('a PDF uploaded by an entity user becomes an AVAILABLE document with its SHA-256 and sniffed type', async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    const content = samplePdf('cdp');
    const result = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
    expect(result.status).toBe(200);
    expect(result.body?.document).toMatchObject({ status: 'AVAILABLE', mediaType: 'application/pdf' });
    expect(result.body?.document?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
