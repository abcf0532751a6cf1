import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ProgressBar, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link } from 'react-router';

import type { EntityAssessmentQuery } from '../../gql/graphql';
import { Button, FormAlert } from '../../ui/controls';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { draftsOf } from './assessment-drafts';
import {
  AssessmentQuery,
  AssessmentStartQuery,
  ResubmitAssessmentMutation,
  StartAssessmentMutation,
  SubmitAssessmentMutation,
} from './assessment-ops';
import { JourneyQuery } from './Journey';
import { questionAnchor, QuestionItem } from './QuestionItem';
import { RunningTerms } from './terms';
import { useAutosave, type SaveStatus } from './useAutosave';

import './entity.css';

type AssessmentData = NonNullable<EntityAssessmentQuery['assessment']>;
type CaseData = NonNullable<EntityAssessmentQuery['case']>;

interface MissingItem {
  questionId: string;
  dimension: string;
  reason: string;
}

const reasonText: Record<string, string> = {
  UNANSWERED: 'sin responder',
  EVIDENCE_REQUIRED: 'falta la evidencia obligatoria',
};

/** The items a refused submission lists (`extensions.missing` of ASSESSMENT_INCOMPLETE). */
function missingOf(error: unknown): MissingItem[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions as { rule?: string; missing?: MissingItem[] } | undefined;
  return extensions?.rule === 'ASSESSMENT_INCOMPLETE' && Array.isArray(extensions.missing) ? extensions.missing : null;
}

function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry(): void }) {
  return (
    <div className="autosave">
      <p role="status" className={`autosave-status${status.kind === 'error' ? ' entity-error' : ''}`}>
        {status.kind === 'saving' && 'Guardando…'}
        {status.kind === 'saved' && `Guardado (${formatDateTime(status.at.toISOString())})`}
        {status.kind === 'error' && `No se guardó: ${status.refusal.message}`}
        {status.kind === 'idle' && 'Sus respuestas se guardan solas a medida que responde.'}
      </p>
      {status.kind === 'error' && (
        <Button variant="secondary" onPress={onRetry}>
          Reintentar
        </Button>
      )}
    </div>
  );
}

function Progress({ label, answered, total }: { label: string; answered: number; total: number }) {
  return (
    <ProgressBar className="entity-progress" value={answered} maxValue={Math.max(total, 1)} aria-label={label}>
      {({ percentage }) => (
        <>
          <span>
            {label}: {answered} de {total} respondidas ({formatNumber(Math.round(percentage ?? 0))} %)
          </span>
          <div className="entity-progress-track">
            <div className="entity-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

function Questionnaire({ caseId, assessment, kase }: { caseId: string; assessment: AssessmentData; kase: CaseData | null | undefined }) {
  const model = assessment.cycle.model;
  // The answers as loaded when the screen opened; from then on the browser's drafts lead (autosave).
  const [initial] = useState(() => draftsOf(assessment.answers));
  const { drafts, change, flush, status, errors } = useAutosave(caseId, initial);
  const [tab, setTab] = useState<string>(model.dimensions[0]?.code ?? '');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  /** The items the refused submission listed; once shown, the list follows the saved answers. */
  const [refusedMissing, setRefusedMissing] = useState<MissingItem[] | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const missingHeading = useRef<HTMLHeadingElement>(null);
  const versionRef = useRef(assessment.version);
  versionRef.current = assessment.version;

  const refetch = [AssessmentQuery, JourneyQuery, AssessmentStartQuery];
  const [submit, submitting] = useMutation(SubmitAssessmentMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  const [resubmit, resubmitting] = useMutation(ResubmitAssessmentMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(questionAnchor(focusTarget));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget, tab]);

  // Each refusal moves focus to the list, so it is announced and its links are next.
  useEffect(() => {
    if (refusals > 0) missingHeading.current?.focus();
  }, [refusals]);

  const editable = assessment.editable;
  const completeness = assessment.completeness;
  const missing = refusedMissing && (completeness ? completeness.missing : refusedMissing);
  const questionsText = new Map(model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions.map((q) => [q.code, q.text]))));
  const comments = new Map((assessment.comments ?? []).map((c) => [c.questionId, c.text]));
  const sendEvent = kase?.availableEvents.find((e) => e.event === 'SUBMIT' || e.event === 'RESUBMIT');
  const sending = submitting.loading || resubmitting.loading;

  const goTo = (item: MissingItem) => {
    const dimension =
      model.dimensions.find((d) => d.code === item.dimension) ??
      model.dimensions.find((d) => d.subdimensions.some((s) => s.questions.some((q) => q.code === item.questionId)));
    if (dimension) setTab(dimension.code);
    setFocusTarget(item.questionId);
  };

  const onSubmit = async () => {
    setRefusal(null);
    setRefusedMissing(null);
    if (!(await flush())) return;
    const input = { caseId, expectedVersion: versionRef.current, idempotencyKey: crypto.randomUUID() };
    try {
      if (sendEvent?.event === 'RESUBMIT') await resubmit({ variables: { input } });
      else await submit({ variables: { input } });
      setSubmitted(true);
    } catch (error) {
      const items = missingOf(error);
      if (items) {
        setRefusedMissing(items);
        setRefusals((n) => n + 1);
      } else setRefusal(refusalOf(error));
    }
  };

  return (
    <>
      {submitted && <Notice>Autodiagnóstico enviado al Ministerio. Ahora está en revisión; le avisaremos cuando haya novedades.</Notice>}
      <section className="card" aria-labelledby="autodiagnostico-estado">
        <h2 id="autodiagnostico-estado">Estado</h2>
        <p>
          <strong className="entity-state">{assessment.stateLabel}</strong> · Vigencia {assessment.cycle.year} · {model.title} (versión{' '}
          {model.version})
        </p>
        {editable ? (
          <p>Puede cambiar sus respuestas hasta enviarlo. La vigencia cierra el {formatDate(assessment.cycle.closesAt)}.</p>
        ) : (
          <p>Las respuestas ya no se pueden cambiar{assessment.state === 'validated' ? '' : ' mientras el Ministerio lo revisa'}.</p>
        )}
        {assessment.index != null && (
          <p>
            Índice CTI: <strong>{formatNumber(assessment.index)}</strong> · Nivel {assessment.levelName}
          </p>
        )}
        {kase?.lastNote && (
          <p>
            <strong>Observación del Ministerio:</strong> {kase.lastNote}
          </p>
        )}
        {kase && <RunningTerms terms={kase.deadlines} caption="Términos en curso del autodiagnóstico" />}
        {completeness && <Progress label="Avance total" answered={completeness.answered} total={completeness.questions} />}
        {editable && <SaveIndicator status={status} onRetry={() => void flush()} />}
      </section>

      {missing && (
        <section className="alert alert-error" aria-labelledby="autodiagnostico-faltantes">
          <h2 id="autodiagnostico-faltantes" tabIndex={-1} ref={missingHeading}>
            {missing.length === 0
              ? 'Ya no falta nada: puede enviar el autodiagnóstico'
              : `No se pudo enviar: ${missing.length === 1 ? 'falta 1 respuesta o evidencia' : `faltan ${missing.length} respuestas o evidencias`}`}
          </h2>
          {missing.length > 0 && (
            <ul className="missing-list">
              {missing.map((m) => (
                <li key={`${m.questionId}-${m.reason}`}>
                  <a
                    href={`#${questionAnchor(m.questionId)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(m);
                    }}
                  >
                    {m.questionId}: {questionsText.get(m.questionId) ?? ''}
                  </a>{' '}
                  — {reasonText[m.reason] ?? m.reason}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <FormAlert refusal={refusal} />

      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(String(key))} className="entity-tabs">
        <TabList aria-label="Dimensiones del modelo" className="entity-tablist">
          {model.dimensions.map((d) => {
            const progress = completeness?.dimensions.find((c) => c.dimension === d.code);
            return (
              <Tab key={d.code} id={d.code} className="entity-tab">
                {d.name}{' '}
                <span className="entity-tab-count">
                  {progress ? `${progress.answered}/${progress.questions}` : ''}
                  {progress?.complete ? ' ✓' : ''}
                </span>
              </Tab>
            );
          })}
        </TabList>
        {model.dimensions.map((d) => {
          const progress = completeness?.dimensions.find((c) => c.dimension === d.code);
          return (
            <TabPanel key={d.code} id={d.code} className="entity-tabpanel">
              <h2>{d.name}</h2>
              {d.description && <p className="entity-muted">{d.description}</p>}
              {progress && (
                <>
                  <Progress label={`Avance en ${d.name}`} answered={progress.answered} total={progress.questions} />
                  <p className="entity-muted">
                    Obligatorias respondidas: {progress.requiredAnswered} de {progress.required}
                    {progress.missingEvidence > 0 ? ` · ${progress.missingEvidence} sin la evidencia exigida` : ''}
                  </p>
                </>
              )}
              {d.subdimensions.map((s) => (
                <section key={s.code} aria-labelledby={`sub-${s.code}`}>
                  <h3 id={`sub-${s.code}`}>{s.name}</h3>
                  {s.questions.map((q) => (
                    <QuestionItem
                      key={q.code}
                      question={q}
                      draft={drafts[q.code]}
                      scale={model.scale}
                      editable={editable}
                      error={errors[q.code]}
                      comment={comments.get(q.code)}
                      onChange={(update) => change(q.code, update)}
                    />
                  ))}
                </section>
              ))}
            </TabPanel>
          );
        })}
      </Tabs>

      {editable && sendEvent && (
        <section className="card" aria-labelledby="autodiagnostico-enviar">
          <h2 id="autodiagnostico-enviar">Enviar al Ministerio</h2>
          <p>
            Al enviarlo, el Ministerio lo revisa y ya no podrá cambiar las respuestas, salvo que le pida ajustes.
            {completeness && !completeness.complete && ' Aún faltan respuestas o evidencias obligatorias.'}
          </p>
          <Button onPress={() => void onSubmit()} isDisabled={sending}>
            {sending ? 'Enviando…' : sendEvent.label}
          </Button>
        </section>
      )}
    </>
  );
}

function StartAssessment({ cycleId, year, closesAt }: { cycleId: string; year: number; closesAt: string }) {
  const [start, { loading, error }] = useMutation(StartAssessmentMutation, {
    refetchQueries: [AssessmentStartQuery, JourneyQuery],
    awaitRefetchQueries: true,
  });
  const key = useRef(crypto.randomUUID());
  return (
    <section className="card" aria-labelledby="autodiagnostico-iniciar">
      <h2 id="autodiagnostico-iniciar">Iniciar el autodiagnóstico {year}</h2>
      <p>
        La vigencia {year} está abierta hasta el {formatDate(closesAt)}. El autodiagnóstico del Modelo de Madurez es el requisito para el
        acompañamiento y la cofinanciación.
      </p>
      <FormAlert refusal={refusalOf(error)} />
      <Button
        isDisabled={loading}
        onPress={() => void start({ variables: { input: { cycleId, idempotencyKey: key.current } } }).catch(() => undefined)}
      >
        {loading ? 'Iniciando…' : 'Iniciar autodiagnóstico'}
      </Button>
    </section>
  );
}

function AssessmentOf({ caseId }: { caseId: string }) {
  const { data, loading, error } = useQuery(AssessmentQuery, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Cargando el cuestionario…" />;
  if (error && !data?.assessment) return <ScreenError error={error} />;
  if (!data?.assessment) return <p>El autodiagnóstico no existe o no tiene acceso a él.</p>;
  return <Questionnaire key={data.assessment.id} caseId={caseId} assessment={data.assessment} kase={data.case} />;
}

/**
 * The maturity questionnaire: the entity's assessment of the open cycle (started here when it has
 * none), by dimension, saved as it is answered, with its evidence, and sent to the Ministry.
 */
export default function Assessment() {
  const { data, loading, error } = useQuery(AssessmentStartQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Cargando el autodiagnóstico…" />;
  if (!data) return <ScreenError error={error} />;
  const entity = data.me.entity;
  if (!entity)
    return (
      <Page title="Autodiagnóstico">
        <p>El autodiagnóstico lo responden los usuarios de una entidad territorial.</p>
      </Page>
    );
  const latest = entity.journey?.assessment ?? null;
  const open = data.cycles.edges.map((e) => e.node).find((c) => c.open) ?? null;
  const current = latest && (!latest.final || latest.cycleId === open?.id) ? latest : null;
  return (
    <Page title="Autodiagnóstico de madurez">
      <p className="entity-muted">
        {entity.name}. <Link to="/ruta">Volver a Mi ruta</Link>
      </p>
      {current ? (
        <AssessmentOf caseId={current.id} />
      ) : open ? (
        <StartAssessment cycleId={open.id} year={open.year} closesAt={open.closesAt} />
      ) : (
        <p>No hay una vigencia abierta para responder el autodiagnóstico. El Ministerio avisará cuando abra la próxima.</p>
      )}
    </Page>
  );
}
