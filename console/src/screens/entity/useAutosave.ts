import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';

import { refusalOf, type Refusal } from '../../ui/problems';
import { answerInputOf, emptyDraft, isAnswered, type AnswerDraft } from './assessment-drafts';
import { SaveAnswersMutation } from './assessment-ops';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; refusal: Refusal };

/** Quiet time after the last change before the batch leaves (a person choosing among radios). */
const DEBOUNCE_MS = 600;
/** The API takes at most 100 answers (and 100 cleared questions) per batch. */
const BATCH = 100;

/**
 * The questionnaire's answers as the person edits them, saved by themselves: each change marks its
 * question, and after a short pause every marked question is sent whole in one batch (the API's
 * batches are all-or-nothing and safe to repeat). One batch at a time; changes made while one is in
 * flight go in the next. A refused batch keeps its questions marked and says why, per question. What
 * is pending when the screen closes is sent then, and the tab warns before it is closed with
 * unsaved changes.
 */
export function useAutosave(caseId: string, initial: Record<string, AnswerDraft>) {
  const client = useApolloClient();
  const [drafts, setDrafts] = useState(initial);
  const draftsRef = useRef(initial);
  /** Question → the revision of its latest change not yet saved. */
  const dirty = useRef(new Map<string, number>());
  const revision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mounted = useRef(true);

  const send = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    if (dirty.current.size === 0) return true;
    const batch = [...dirty.current.entries()];
    const answered = batch.filter(([id]) => isAnswered(draftsRef.current[id])).slice(0, BATCH);
    const cleared = batch.filter(([id]) => !isAnswered(draftsRef.current[id])).slice(0, BATCH);
    const answers = answered.map(([id]) => answerInputOf(id, draftsRef.current[id] ?? emptyDraft));
    const sent = [...answered, ...cleared];
    if (mounted.current) setStatus({ kind: 'saving' });
    const request = client
      .mutate({ mutation: SaveAnswersMutation, variables: { input: { caseId, answers, clear: cleared.map(([id]) => id) } } })
      .then(
        () => {
          // A question changed again while this batch was in flight stays marked for the next one.
          for (const [id, rev] of sent) if (dirty.current.get(id) === rev) dirty.current.delete(id);
          if (mounted.current)
            setErrors((previous) => {
              const next = { ...previous };
              for (const [id] of sent) delete next[id];
              return next;
            });
          return true;
        },
        (error: unknown) => {
          const refusal = refusalOf(error) ?? { message: 'No se pudo guardar.', code: undefined, problems: [] };
          if (mounted.current) {
            const perQuestion: Record<string, string> = {};
            for (const p of refusal.problems) {
              const at = /^input\.answers\[(\d+)\]/.exec(p.path);
              const id = at ? answers[Number(at[1])]?.questionId : undefined;
              if (id) perQuestion[id] = p.message;
            }
            setErrors(perQuestion);
            setStatus({ kind: 'error', refusal });
          }
          return false;
        },
      );
    inFlight.current = request;
    const ok = await request;
    inFlight.current = null;
    if (!ok) return false;
    if (dirty.current.size > 0) return send();
    if (mounted.current) setStatus({ kind: 'saved', at: new Date() });
    return true;
  }, [client, caseId]);

  /** Sends what is pending now (before submitting, or when the screen closes). */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return send();
  }, [send]);

  const change = useCallback(
    (questionId: string, update: (previous: AnswerDraft) => AnswerDraft) => {
      const next = update(draftsRef.current[questionId] ?? emptyDraft);
      draftsRef.current = { ...draftsRef.current, [questionId]: next };
      setDrafts(draftsRef.current);
      dirty.current.set(questionId, ++revision.current);
      setStatus({ kind: 'saving' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void send();
      }, DEBOUNCE_MS);
    },
    [send],
  );

  useEffect(() => {
    mounted.current = true;
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || inFlight.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      mounted.current = false;
      // Leaving the screen (another route) sends what is still pending: nothing is lost.
      if (timer.current || dirty.current.size > 0) void flush();
    };
  }, [flush]);

  return { drafts, change, flush, status, errors, pending: () => dirty.current.size > 0 };
}
