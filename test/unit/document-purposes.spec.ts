import { oversizeReason, PURPOSE_RULES, sizeText } from '../../src/modules/documents/document-purposes';
import { IMPORT_LIMITS } from '../../src/modules/follow-up/plan-file';

describe('document purposes', () => {
  it('accepts no plan file the importer would then refuse as too large', () => {
    expect(PURPOSE_RULES.ACTION_PLAN_FILE.maxBytes).toBe(IMPORT_LIMITS.fileBytes);
  });

  it('says sizes in Spanish: whole megabytes plain, others with one decimal and a comma', () => {
    expect(sizeText(20 * 1024 * 1024)).toBe('20 MB');
    expect(sizeText(20.5 * 1024 * 1024)).toBe('20,5 MB');
    expect(sizeText(300 * 1024)).toBe('300 kB');
    expect(oversizeReason('SIGNED_AGREEMENT', 21 * 1024 * 1024)).toBe(
      'El archivo (21 MB) supera el máximo de 20 MB para un convenio firmado.',
    );
  });
});
