import { adoptionCsv, adoptionWorkbook, type AdoptionReportData } from './adoption-export';
import { followUpCsv, followUpWorkbook } from './follow-up-export';
import { caseloadPdf } from './pdf/caseload.pdf';
import { indexPdf } from './pdf/cti-index.pdf';
import { followUpPdf } from './pdf/follow-up.pdf';
import { roadmapPdf } from './pdf/roadmap.pdf';
import type { CaseloadData, FollowUpData, IndexData, ProgressFn, ReportFile, RoadmapData } from './report-data';
import { caseloadCsv, caseloadWorkbook, indexCsv, indexWorkbook } from './report-sheets';
import type { ReportFormat } from './report.entity';

export type ReportData =
  | { kind: 'FOLLOW_UP'; data: FollowUpData }
  | { kind: 'CTI_INDEX'; data: IndexData }
  | { kind: 'CASELOAD'; data: CaseloadData }
  | { kind: 'ROADMAP'; data: RoadmapData }
  | { kind: 'ADOPTION'; data: AdoptionReportData };

const contentTypes: Record<ReportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  CSV: 'text/csv; charset=utf-8',
};

/** Lays the data out in one format; the three formats of a request show the same numbers. */
export async function renderReport(report: ReportData, format: ReportFormat, progress: ProgressFn): Promise<ReportFile> {
  const content = await render(report, format, progress);
  return { content, contentType: contentTypes[format] };
}

async function render(report: ReportData, format: ReportFormat, progress: ProgressFn): Promise<Buffer> {
  const text = (s: string) => Buffer.from(s, 'utf8');
  switch (report.kind) {
    case 'FOLLOW_UP':
      if (format === 'PDF') return followUpPdf(report.data, progress);
      return format === 'XLSX' ? followUpWorkbook(report.data) : text(followUpCsv(report.data));
    case 'CTI_INDEX':
      if (format === 'PDF') return indexPdf(report.data, progress);
      return format === 'XLSX' ? indexWorkbook(report.data) : text(indexCsv(report.data));
    case 'CASELOAD':
      if (format === 'PDF') return caseloadPdf(report.data, progress);
      return format === 'XLSX' ? caseloadWorkbook(report.data) : text(caseloadCsv(report.data));
    case 'ROADMAP':
      // A roadmap is a document delivered to the entity: only ever made as PDF (by its delivery).
      if (format !== 'PDF') throw new Error('la hoja de ruta solo se genera en PDF');
      return roadmapPdf(report.data, progress);
    case 'ADOPTION':
      // A list to work with (filter, sort, invite): CSV and XLSX only (the request refuses PDF).
      if (format === 'PDF') throw new Error('el informe de adopción solo se genera en CSV o XLSX');
      return format === 'XLSX' ? adoptionWorkbook(report.data) : text(adoptionCsv(report.data));
  }
}
