import { useId, useState } from 'react';
import { Label, ProgressBar, Radio, RadioGroup, Text } from 'react-aria-components';

import { Button, NumberField, TextField } from '../../ui/controls';
import { formatNumber } from '../../ui/format';
import { isAnswered, linkProblem, type AnswerDraft, type EvidenceDraft } from './assessment-drafts';
import { uploadEvidenceFile } from './upload';

export interface Question {
  code: string;
  text: string;
  help?: string | null;
  type: string;
  unit?: string | null;
  target?: number | null;
  required: boolean;
  evidenceRequired: boolean;
}

export interface ScaleLabel {
  value: number;
  label: string;
  description?: string | null;
}

/** The question's anchor (the missing-items list links to it and focuses it). */
export const questionAnchor = (code: string) => `pregunta-${code}`;

function answerText(q: Question, draft: AnswerDraft | undefined, scale: readonly ScaleLabel[]): string {
  if (!draft || !isAnswered(draft)) return 'Sin responder';
  if (q.type === 'YES_NO') return draft.yes ? 'Sí' : 'No';
  if (q.type === 'SCALE_0_4') {
    const label = scale.find((s) => s.value === draft.value)?.label;
    return `${draft.value}${label ? ` · ${label}` : ''}`;
  }
  if (q.type === 'PERCENTAGE') return `${formatNumber(draft.value)} %`;
  return `${formatNumber(draft.value)}${q.unit ? ` ${q.unit}` : ''}`;
}

function EvidenceList({
  evidence,
  editable,
  onRemove,
}: {
  evidence: readonly EvidenceDraft[];
  editable: boolean;
  onRemove(index: number): void;
}) {
  if (evidence.length === 0) return <p className="entity-muted">Sin evidencias.</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => {
        const href = e.url ?? e.downloadUrl ?? null;
        return (
          <li key={`${e.documentId ?? e.url ?? e.fileRef ?? ''}-${i}`}>
            {href ? (
              <a href={href} target="_blank" rel="noreferrer">
                {e.title}
              </a>
            ) : (
              <span>{e.title}</span>
            )}
            {e.documentId && <span className="entity-muted"> (archivo subido{e.documentName ? `: ${e.documentName}` : ''})</span>}
            {e.fileRef && <span className="entity-muted"> (referencia: {e.fileRef})</span>}
            {editable && (
              <Button variant="secondary" aria-label={`Quitar la evidencia «${e.title}»`} onPress={() => onRemove(i)}>
                Quitar
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function AddLink({ code, onAdd }: { code: string; onAdd(e: EvidenceDraft): void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [problems, setProblems] = useState<{ title?: string; url?: string } | null>(null);
  if (!open)
    return (
      <Button variant="secondary" aria-label={`Agregar enlace de evidencia a ${code}`} onPress={() => setOpen(true)}>
        Agregar enlace
      </Button>
    );
  return (
    <div className="evidence-link-form" role="group" aria-label={`Nuevo enlace de evidencia de ${code}`}>
      <TextField label="Título de la evidencia" value={title} onChange={setTitle} error={problems?.title} maxLength={200} />
      <TextField label="Dirección (URL)" type="url" value={url} onChange={setUrl} error={problems?.url} maxLength={2000} />
      <Button
        onPress={() => {
          const found = linkProblem(title, url);
          setProblems(found);
          if (found) return;
          onAdd({ title: title.trim(), url: url.trim() });
          setTitle('');
          setUrl('');
          setOpen(false);
        }}
      >
        Agregar
      </Button>{' '}
      <Button variant="secondary" onPress={() => setOpen(false)}>
        Cancelar
      </Button>
    </div>
  );
}

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; fraction: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; message: string };

function UploadFile({ code, onAdd }: { code: string; onAdd(e: EvidenceDraft): void }) {
  const inputId = useId();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  return (
    <div className="evidence-upload">
      <label htmlFor={inputId}>Subir archivo de evidencia ({code})</label>
      <input
        id={inputId}
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.webp,.tif,.tiff,.docx,.xlsx,.pptx,.odt,.ods,.odp"
        disabled={state.kind === 'uploading'}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          setState({ kind: 'uploading', name: file.name, fraction: 0 });
          void uploadEvidenceFile(file, (fraction) => setState({ kind: 'uploading', name: file.name, fraction })).then((outcome) => {
            if (!outcome.ok) return setState({ kind: 'failed', message: outcome.message });
            setState({ kind: 'done', name: file.name });
            onAdd({
              title: (file.name.length >= 3 ? file.name : `Archivo ${file.name}`).slice(0, 200),
              documentId: outcome.documentId,
              documentName: file.name,
            });
          });
        }}
      />
      <p className="entity-muted">PDF, imágenes u ofimática, hasta 25 MB. Si la conexión se corta, la carga continúa desde donde quedó.</p>
      {state.kind === 'uploading' && (
        <ProgressBar className="entity-progress" value={Math.round(state.fraction * 100)} aria-label={`Subiendo ${state.name}`}>
          {({ percentage, valueText }) => (
            <>
              <span>
                Subiendo {state.name}: {valueText}
              </span>
              <div className="entity-progress-track">
                <div className="entity-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      <div role="status">
        {state.kind === 'done' && <p>Archivo «{state.name}» subido y verificado.</p>}
        {state.kind === 'failed' && <p className="entity-error">No se subió el archivo: {state.message}</p>}
      </div>
    </div>
  );
}

/**
 * One question of the questionnaire: its answer control by type (scale 0–4 with the model's labels,
 * yes or no, percentage, number against its target) and its evidence (links, or files uploaded
 * resumably). Read-only once the assessment cannot be edited.
 */
export function QuestionItem({
  question: q,
  draft,
  scale,
  editable,
  error,
  comment,
  onChange,
}: {
  question: Question;
  draft: AnswerDraft | undefined;
  scale: readonly ScaleLabel[];
  editable: boolean;
  error?: string;
  comment?: string;
  /** Applies a change to the answer as it is when the change lands (an upload ends later). */
  onChange(update: (previous: AnswerDraft) => AnswerDraft): void;
}) {
  const current = draft ?? { value: null, yes: null, evidence: [] };
  const label = `${q.code}. ${q.text}`;
  const marks = [q.required ? 'obligatoria' : 'opcional', q.evidenceRequired ? 'exige evidencia' : null].filter(Boolean).join(', ');
  const setValue = (value: number | null) => onChange((prev) => ({ ...prev, value, yes: null }));
  let control;
  if (!editable) {
    control = (
      <>
        <p className="question-text">{label}</p>
        <p>
          <strong>Respuesta:</strong> {answerText(q, draft, scale)}
        </p>
      </>
    );
  } else if (q.type === 'SCALE_0_4' || q.type === 'YES_NO') {
    const options =
      q.type === 'YES_NO'
        ? [
            { id: 'si', label: 'Sí', description: null },
            { id: 'no', label: 'No', description: null },
          ]
        : scale.map((s) => ({ id: String(s.value), label: `${s.value} · ${s.label}`, description: s.description ?? null }));
    const selected =
      q.type === 'YES_NO' ? (current.yes == null ? null : current.yes ? 'si' : 'no') : current.value == null ? null : String(current.value);
    control = (
      <RadioGroup
        className="field radio-group"
        value={selected}
        isInvalid={Boolean(error)}
        onChange={(v) => (q.type === 'YES_NO' ? onChange((prev) => ({ ...prev, yes: v === 'si', value: null })) : setValue(Number(v)))}
      >
        <Label className="question-text">{label}</Label>
        {q.help && <Text slot="description">{q.help}</Text>}
        <div className={q.type === 'YES_NO' ? 'radio-row' : 'radio-scale'}>
          {options.map((o) => (
            <Radio key={o.id} value={o.id} className="radio">
              <span className="radio-mark" aria-hidden="true" />
              <span>
                <span className="radio-label">{o.label}</span>
                {o.description && <span className="radio-description">{o.description}</span>}
              </span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
    );
  } else {
    control = (
      <NumberField
        label={q.type === 'PERCENTAGE' ? `${label} (porcentaje, 0 a 100)` : `${label}${q.unit ? ` (${q.unit})` : ''}`}
        description={[
          q.help,
          q.type === 'NUMBER' && q.target != null ? `Meta: ${formatNumber(q.target)}${q.unit ? ` ${q.unit}` : ''}.` : null,
        ]
          .filter(Boolean)
          .join(' ')}
        value={current.value}
        onChange={setValue}
        minValue={0}
        maxValue={q.type === 'PERCENTAGE' ? 100 : undefined}
      />
    );
  }
  const canAddEvidence = editable && isAnswered(draft);
  return (
    <div className="question" id={questionAnchor(q.code)} tabIndex={-1}>
      <p className="question-marks">
        <span className="badge">{marks}</span>
        {!isAnswered(draft) && q.required && <span className="badge badge-warn entity-gap">Sin responder</span>}
        {isAnswered(draft) && q.evidenceRequired && current.evidence.length === 0 && (
          <span className="badge badge-warn entity-gap">Falta la evidencia</span>
        )}
      </p>
      {control}
      {error && (
        <p className="entity-error" role="alert">
          {error}
        </p>
      )}
      {comment && (
        <p className="alert alert-warning">
          <strong>Comentario del Ministerio:</strong> {comment}
        </p>
      )}
      <div className="evidence" role="group" aria-label={`Evidencias de ${q.code}`}>
        <p className="evidence-title">Evidencias{q.evidenceRequired ? ' (obligatoria)' : ''}</p>
        <EvidenceList
          evidence={current.evidence}
          editable={editable}
          onRemove={(i) => onChange((prev) => ({ ...prev, evidence: prev.evidence.filter((_, j) => j !== i) }))}
        />
        {editable &&
          (canAddEvidence ? (
            <div className="evidence-actions">
              <AddLink code={q.code} onAdd={(e) => onChange((prev) => ({ ...prev, evidence: [...prev.evidence, e] }))} />
              <UploadFile code={q.code} onAdd={(e) => onChange((prev) => ({ ...prev, evidence: [...prev.evidence, e] }))} />
            </div>
          ) : (
            <p className="entity-muted">Responda la pregunta para agregar evidencias.</p>
          ))}
      </div>
    </div>
  );
}
