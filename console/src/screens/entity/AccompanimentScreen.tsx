import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';

import { graphql } from '../../gql';
import { Button, Checkbox, errorAt, FormAlert, Select, TextField } from '../../ui/controls';
import { formatDate, formatDateTime } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { MODALITIES, topicLabel, TOPICS, type ModalityCode, type TopicCode } from './ApplicationShared';

import './process.css';

const Accompaniments = graphql(`
  query EntityProcessAccompaniments {
    me {
      id
      person {
        id
      }
      entity {
        id
        name
        people {
          id
          name
        }
      }
    }
    cycles(first: 5) {
      edges {
        node {
          id
          year
          open
          model {
            id
            dimensions {
              id
              code
              name
            }
          }
        }
      }
    }
    cases(filter: { process: ACCOMPANIMENT }, first: 50, orderBy: UPDATED_AT_DESC) {
      edges {
        node {
          id
          state
          stateLabel
          final
          createdAt
          updatedAt
          accompaniment {
            id
            request {
              id
              topic
              createdAt
            }
          }
        }
      }
    }
  }
`);

const RequestAccompaniment = graphql(`
  mutation EntityProcessRequestAccompaniment($input: RequestAccompanimentInput!) {
    requestAccompaniment(input: $input) {
      case {
        id
        state
        stateLabel
      }
    }
  }
`);

/** The business rule a PRECONDITION_FAILED names (`extensions.rule`). */
function ruleOf(err: unknown): string | undefined {
  return CombinedGraphQLErrors.is(err) ? (err.errors[0]?.extensions as { rule?: string } | undefined)?.rule : undefined;
}

/** The paths the request form shows next to its fields; anything else goes to the alert on top. */
const FORM_PATHS = ['input.topic', 'input.dimensions', 'input.description', 'input.contactPersonId', 'input.modality'];

/**
 * /acompanamiento: the entity's accompaniment cases (each with its state) and the request form.
 * The API decides whether a topic may be requested now (a roadmap or a project's formulation needs
 * a validated assessment; help with the assessment does not): its refusal is shown as it comes.
 */
export default function AccompanimentScreen() {
  const { data, loading, error, refetch } = useQuery(Accompaniments);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ScreenError error={error} />;
  const cases = data.cases.edges.map((e) => e.node);
  const cycle = data.cycles.edges.map((e) => e.node).find((c) => c.open) ?? data.cycles.edges[0]?.node;
  return (
    <Page title="Acompañamiento técnico">
      <p>
        El Ministerio acompaña a la entidad para aplicar el modelo de madurez, construir su hoja de ruta o formular un proyecto de
        cofinanciación.
      </p>
      <h2>Solicitudes de la entidad</h2>
      {cases.length === 0 ? (
        <p>La entidad no ha solicitado acompañamiento.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Solicitudes de acompañamiento de la entidad</caption>
          <thead>
            <tr>
              <th scope="col">Tema</th>
              <th scope="col">Solicitado</th>
              <th scope="col">Estado</th>
              <th scope="col">Última actuación</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/acompanamiento/${encodeURIComponent(c.id)}`}>
                    {c.accompaniment?.request ? topicLabel(c.accompaniment.request.topic) : 'Acompañamiento técnico'}
                  </Link>
                </td>
                <td>{formatDate(c.accompaniment?.request?.createdAt ?? c.createdAt)}</td>
                <td>
                  <span className={`badge ${c.final ? '' : 'badge-warn'}`}>{c.stateLabel}</span>
                </td>
                <td>{formatDateTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RequestForm
        dimensions={cycle?.model.dimensions ?? []}
        people={(data.me.entity?.people ?? []).filter((p) => p.name)}
        me={data.me.person?.id ?? null}
        onRequested={() => void refetch()}
      />
    </Page>
  );
}

function RequestForm({
  dimensions,
  people,
  me,
  onRequested,
}: {
  dimensions: { id: string; code: string; name: string }[];
  people: { id: string; name?: string | null }[];
  me: string | null;
  onRequested(): void;
}) {
  const [topic, setTopic] = useState<TopicCode | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState<string | null>(me);
  const [modality, setModality] = useState<ModalityCode>('VIRTUAL');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [needsAssessment, setNeedsAssessment] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestAccompaniment);

  const submit = async () => {
    setRefusal(null);
    setNeedsAssessment(false);
    setDone(null);
    if (!topic) {
      setRefusal({
        message: 'Revise la solicitud.',
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.topic', code: 'REQUIRED', message: 'Elija el tema del acompañamiento.' }],
      });
      return;
    }
    try {
      const result = await request({
        variables: { input: { topic, dimensions: chosen, description, modality, contactPersonId: contact ?? undefined } },
      });
      const kase = result.data?.requestAccompaniment.case;
      setDone(kase ? `Solicitud registrada. Estado: ${kase.stateLabel}.` : 'Solicitud registrada.');
      setDescription('');
      setChosen([]);
      setTopic(null);
      onRequested();
    } catch (err) {
      setRefusal(refusalOf(err));
      setNeedsAssessment(ruleOf(err) === 'VALIDATED_ASSESSMENT_REQUIRED');
    }
  };

  return (
    <section className="card" aria-labelledby="solicitar">
      <h2 id="solicitar">Solicitar acompañamiento</h2>
      {done && <Notice>{done}</Notice>}
      <FormAlert refusal={refusal} shownPaths={FORM_PATHS} />
      {needsAssessment && (
        <p className="alert alert-warning">
          La hoja de ruta y la formulación de proyectos parten de un autodiagnóstico validado. Si la entidad aún no lo tiene, puede
          solicitar «{topicLabel('ASSESSMENT_SUPPORT')}».
        </p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Select<TopicCode>
          label="Tema"
          name="topic"
          value={topic}
          onChange={setTopic}
          options={TOPICS}
          error={errorAt(refusal, 'input.topic')}
          isRequired
        />
        <fieldset className="field">
          <legend>Dimensiones de interés</legend>
          <p className="hint">Sin marcar ninguna, el acompañamiento abarca todas (a lo sumo 6).</p>
          <div className="checkbox-columns">
            {dimensions.map((d) => (
              <Checkbox
                key={d.code}
                isSelected={chosen.includes(d.code)}
                onChange={(on) => setChosen((list) => (on ? [...list, d.code] : list.filter((c) => c !== d.code)))}
              >
                {d.name}
              </Checkbox>
            ))}
          </div>
          {errorAt(refusal, 'input.dimensions') && (
            <p className="field-error" role="alert">
              {errorAt(refusal, 'input.dimensions')}
            </p>
          )}
        </fieldset>
        <TextField
          label="¿Qué necesita la entidad?"
          name="description"
          description="Entre 20 y 4.000 caracteres."
          multiline
          value={description}
          onChange={setDescription}
          maxLength={4000}
          error={errorAt(refusal, 'input.description')}
          isRequired
        />
        {people.length > 0 && (
          <Select
            label="Persona de contacto"
            name="contactPersonId"
            value={contact}
            onChange={setContact}
            options={people.map((p) => ({ id: p.id, label: p.id === me ? `${p.name} (usted)` : (p.name ?? '') }))}
            error={errorAt(refusal, 'input.contactPersonId')}
          />
        )}
        <RadioGroup
          className="field radio-group"
          value={modality}
          onChange={(v) => setModality(v as ModalityCode)}
          isInvalid={Boolean(errorAt(refusal, 'input.modality'))}
        >
          <Label>Modalidad preferida</Label>
          {MODALITIES.map((m) => (
            <Radio key={m.id} value={m.id} className="radio">
              {m.label}
            </Radio>
          ))}
          <FieldError>{errorAt(refusal, 'input.modality')}</FieldError>
        </RadioGroup>
        <Button type="submit" isDisabled={loading}>
          {loading ? 'Enviando…' : 'Solicitar acompañamiento'}
        </Button>
      </form>
    </section>
  );
}
