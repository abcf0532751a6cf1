import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';

import { Button, Checkbox, errorAt, FormAlert, NumberField, Select, TextField } from '../../ui/controls';
import { refusalOf, type Refusal } from '../../ui/problems';
import { actionInput, type ActionData, type ActionField, type ActionForm as ActionFormEntry } from './actions/registry';

type Values = Record<string, unknown>;

const requiredLabel = (field: ActionField) => (field.required ? `${field.label} (obligatorio)` : field.label);

/** One field of an action's form, by its kind; its error is the API's problem at its path. */
function ActionFieldControl({
  field,
  value,
  onChange,
  error,
}: {
  field: ActionField;
  value: unknown;
  onChange(v: unknown): void;
  error?: string;
}) {
  const common = { label: requiredLabel(field), description: field.description, error, name: field.path };
  switch (field.kind) {
    case 'checkbox':
      return (
        <>
          <Checkbox isSelected={value === true} onChange={onChange}>
            {field.label}
          </Checkbox>
          {error && <p className="field-error">{error}</p>}
        </>
      );
    case 'number':
    case 'pesos':
      return (
        <NumberField
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          minValue={field.min}
          maxValue={field.max}
          pesos={field.kind === 'pesos'}
        />
      );
    case 'select':
      return <Select {...common} value={typeof value === 'string' ? value : null} onChange={onChange} options={field.options ?? []} />;
    case 'date':
      return <TextField {...common} type="date" value={String(value ?? '')} onChange={onChange} />;
    case 'textarea':
    case 'lines':
      return <TextField {...common} multiline value={String(value ?? '')} onChange={onChange} />;
    default:
      return <TextField {...common} value={String(value ?? '')} onChange={onChange} />;
  }
}

/**
 * One available action of a case as a form: the fields its mutation needs (from the static
 * registry), sent with the case id, the version the person saw and a fresh idempotency key. A
 * refusal shows each problem next to its field and the rest at the top.
 */
export function ActionForm({
  label,
  mutation,
  entry,
  kase,
  onDone,
  onStale,
}: {
  label: string;
  mutation: string;
  entry: ActionFormEntry<never>;
  kase: { id: string; version: number };
  onDone(result: { label: string; stateLabel: string }): Promise<unknown> | void;
  /** The case changed since it was read (CONFLICT): read it again. */
  onStale(): void;
}) {
  const headingId = useId();
  const [values, setValues] = useState<Values>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [send, { loading }] = useMutation(entry.document);
  const paths = entry.fields.map((f) => f.path);
  return (
    <form
      className="card action-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (loading) return;
        setRefusal(null);
        const input = actionInput(entry, kase, values, crypto.randomUUID());
        send({ variables: { input } as never }).then(
          async (result) => {
            const payload = (result.data as ActionData | undefined)?.[mutation];
            setValues({});
            await onDone({ label, stateLabel: payload?.case.stateLabel ?? '' });
          },
          (error: unknown) => {
            const r = refusalOf(error);
            setRefusal(r);
            if (r?.code === 'CONFLICT') onStale();
          },
        );
      }}
    >
      <h3 id={headingId}>{label}</h3>
      {entry.hint && <p className="muted">{entry.hint}</p>}
      <FormAlert refusal={refusal} shownPaths={paths} />
      {entry.fields.map((field) => (
        <ActionFieldControl
          key={field.path}
          field={field}
          value={values[field.path]}
          error={errorAt(refusal, field.path)}
          onChange={(v) => setValues((prev) => ({ ...prev, [field.path]: v }))}
        />
      ))}
      <Button type="submit" isDisabled={loading}>
        {loading ? 'Enviando…' : label}
      </Button>
    </form>
  );
}
