/** One evidence item as the person keeps it while answering (sent whole with its answer). */
export interface EvidenceDraft {
  title: string;
  url?: string | null;
  fileRef?: string | null;
  date?: string | null;
  documentId?: string | null;
  /** The uploaded document's name and link, to show it (not sent). */
  documentName?: string | null;
  downloadUrl?: string | null;
}

/** An answer as it stands in the browser: saved, or waiting for the autosave. */
export interface AnswerDraft {
  value: number | null;
  yes: boolean | null;
  evidence: EvidenceDraft[];
}

export const emptyDraft: AnswerDraft = { value: null, yes: null, evidence: [] };

export const isAnswered = (draft: AnswerDraft | undefined) => draft != null && (draft.value != null || draft.yes != null);

interface StoredAnswer {
  questionId: string;
  value?: number | null;
  yes?: boolean | null;
  evidence: {
    title: string;
    url?: string | null;
    fileRef?: string | null;
    date?: string | null;
    document?: { id: string; name: string; downloadUrl?: string | null } | null;
  }[];
}

/** The drafts of the answers the API holds. */
export function draftsOf(answers: readonly StoredAnswer[] | null | undefined): Record<string, AnswerDraft> {
  const drafts: Record<string, AnswerDraft> = {};
  for (const a of answers ?? []) {
    drafts[a.questionId] = {
      value: a.value ?? null,
      yes: a.yes ?? null,
      evidence: a.evidence.map((e) => ({
        title: e.title,
        url: e.url ?? null,
        fileRef: e.fileRef ?? null,
        date: e.date ?? null,
        documentId: e.document?.id ?? null,
        documentName: e.document?.name ?? null,
        downloadUrl: e.document?.downloadUrl ?? null,
      })),
    };
  }
  return drafts;
}

/** The API's input for a draft: the whole answer (its evidence replaces what was stored). */
export function answerInputOf(questionId: string, draft: AnswerDraft) {
  return {
    questionId,
    ...(draft.yes != null ? { yes: draft.yes } : { value: draft.value }),
    evidence: draft.evidence.map((e) => ({
      title: e.title,
      ...(e.url ? { url: e.url } : {}),
      ...(e.fileRef ? { fileRef: e.fileRef } : {}),
      ...(e.documentId ? { documentId: e.documentId } : {}),
      ...(e.date ? { date: e.date } : {}),
    })),
  };
}

/** Whether a link given as evidence is one the API takes: http(s) with a real host. */
export function linkProblem(title: string, url: string): { title?: string; url?: string } | null {
  const problems: { title?: string; url?: string } = {};
  const t = title.trim();
  if (t.length < 3 || t.length > 200) problems.title = 'El título debe tener entre 3 y 200 caracteres.';
  let parsed: URL | null = null;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = null;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname.includes('.'))
    problems.url = 'Escriba una dirección completa que empiece por https:// o http://.';
  return problems.title || problems.url ? problems : null;
}
