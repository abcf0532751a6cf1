import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { graphql } from '../../gql';
import type { EntityJourneyCaseFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../ui/format';
import { Loading, Page, ScreenError } from '../../ui/page';
import { screenOfCase } from './paths';
import { RunningTerms } from './terms';

import './entity.css';

export const JourneyQuery = graphql(`
  query EntityJourney {
    me {
      id
      entity {
        id
        code
        name
        journey {
          id
          nextStep {
            id
            code
            description
            caseId
          }
          assessment {
            ...EntityJourneyCase
          }
          advisory {
            ...EntityJourneyCase
          }
          application {
            ...EntityJourneyCase
          }
        }
      }
    }
  }

  fragment EntityJourneyCase on Case {
    id
    process
    processLabel
    state
    stateLabel
    final
    owner
    createdAt
    updatedAt
    lastNote
    deadlines {
      id
      label
      dueAt
      remaining
      overdue
      status
      closedAt
      owner
    }
  }
`);

const ownerText: Record<string, string> = {
  ENTITY: 'Es el turno de la entidad.',
  MINISTRY: 'Espera una acción del Ministerio.',
  ADVISOR: 'Espera una acción del asesor asignado.',
  NONE: 'Trámite terminado.',
};

interface Step {
  title: string;
  process: string;
  start: { to: string; label: string };
  empty: string;
}

const STEPS: Step[] = [
  {
    title: 'Autodiagnóstico de madurez',
    process: 'MATURITY_ASSESSMENT',
    start: { to: '/autodiagnostico', label: 'Ir al autodiagnóstico' },
    empty: 'Aún no ha iniciado un autodiagnóstico.',
  },
  {
    title: 'Acompañamiento técnico',
    process: 'ACCOMPANIMENT',
    start: { to: '/acompanamiento', label: 'Ir al acompañamiento' },
    empty: 'No ha solicitado acompañamiento.',
  },
  {
    title: 'Postulación a cofinanciación',
    process: 'COFINANCING_APPLICATION',
    start: { to: '/cofinanciacion', label: 'Ir a cofinanciación' },
    empty: 'No tiene postulaciones.',
  },
];

function ProcessCard({ step, kase }: { step: Step; kase: EntityJourneyCaseFragment | null | undefined }) {
  const headingId = `ruta-${step.process}`;
  const link = kase ? screenOfCase(kase.process, kase.state) : step.start;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{step.title}</h2>
      {kase ? (
        <>
          <p>
            Estado: <strong className="entity-state">{kase.stateLabel}</strong>
            {kase.final && <span className="badge badge-ok entity-gap">Terminado</span>}
          </p>
          <p>{ownerText[kase.owner] ?? ''}</p>
          <dl className="entity-facts">
            <dt>Iniciado</dt>
            <dd>{formatDate(kase.createdAt)}</dd>
            <dt>Último cambio</dt>
            <dd>{formatDateTime(kase.updatedAt)}</dd>
          </dl>
          {kase.lastNote && (
            <p>
              <strong>Última observación:</strong> {kase.lastNote}
            </p>
          )}
          <h3>Términos</h3>
          <RunningTerms terms={kase.deadlines} caption={`Términos en curso: ${step.title}`} />
        </>
      ) : (
        <p>{step.empty}</p>
      )}
      <p>
        <Link to={link.to}>{link.label}</Link>
      </p>
    </section>
  );
}

/** Where the next step is done: the screen of the case it names, or the one that starts it. */
function nextStepLinks(
  code: string,
  caseId: string | null | undefined,
  cases: (EntityJourneyCaseFragment | null | undefined)[],
): { to: string; label: string }[] {
  if (code === 'START_ASSESSMENT') return [{ to: '/autodiagnostico', label: 'Ir al autodiagnóstico' }];
  if (code === 'REQUEST_ACCOMPANIMENT_OR_APPLY')
    return [
      { to: '/acompanamiento', label: 'Solicitar acompañamiento' },
      { to: '/cofinanciacion', label: 'Postularse a cofinanciación' },
    ];
  const kase = cases.find((c) => c?.id === caseId);
  return kase ? [screenOfCase(kase.process, kase.state)] : [];
}

/**
 * Mi ruta: the entity's home. Where it stands in each of its three processes (the latest case of
 * each, with its state, dates and running terms) and the next step the API says it has.
 */
export default function Journey() {
  const { data, loading, error } = useQuery(JourneyQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Cargando su ruta…" />;
  const entity = data?.me.entity;
  if (error && !entity?.journey) return <ScreenError error={error} />;
  if (!entity)
    return (
      <Page title="Mi ruta">
        <p>Esta pantalla es para los usuarios de una entidad territorial.</p>
      </Page>
    );
  const journey = entity.journey;
  if (!journey) return <ScreenError error={error} />;
  const cases = [journey.assessment, journey.advisory, journey.application];
  const links = nextStepLinks(journey.nextStep.code, journey.nextStep.caseId, cases);
  return (
    <Page title="Mi ruta">
      <p className="entity-muted">{entity.name}: dónde está en cada proceso del programa CTI y qué sigue.</p>
      <section className="card entity-next" aria-labelledby="ruta-siguiente">
        <h2 id="ruta-siguiente">Siguiente paso</h2>
        <p>{journey.nextStep.description}</p>
        {links.length > 0 && (
          <ul className="entity-links">
            {links.map((l) => (
              <li key={l.to}>
                <Link to={l.to} className="btn btn-primary">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid">
        {STEPS.map((step) => (
          <ProcessCard key={step.process} step={step} kase={cases.find((c) => c?.process === step.process)} />
        ))}
      </div>
    </Page>
  );
}
