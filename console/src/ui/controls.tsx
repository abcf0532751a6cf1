import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Checkbox as AriaCheckbox,
  NumberField as AriaNumberField,
  Select as AriaSelect,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
  type ButtonProps,
} from 'react-aria-components';

import { problemAt, type Refusal } from './problems';

/**
 * The console's controls: React Aria Components (labels, descriptions and errors wired to the
 * input, keyboard behaviour and focus rings built in), styled by ../styles.css. An `error` string
 * marks the field invalid and is announced with it; forms pass the API's problem at the field's path.
 * Validation is the API's (`validationBehavior="aria"`): a field marked invalid by an API problem
 * must not make the browser refuse to submit the form again.
 */
export function Button({ variant = 'primary', ...props }: ButtonProps & { variant?: 'primary' | 'secondary' | 'danger' }) {
  return <AriaButton {...props} className={`btn btn-${variant}`} />;
}

interface FieldProps {
  label: string;
  description?: string;
  error?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** The field's name in the form (also its test hook). */
  name?: string;
}

export function TextField({
  label,
  description,
  error,
  value,
  onChange,
  type = 'text',
  multiline,
  autoComplete,
  ...rest
}: FieldProps & {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'url' | 'date' | 'datetime-local' | 'password';
  multiline?: boolean;
  autoComplete?: string;
  maxLength?: number;
}) {
  return (
    <AriaTextField
      validationBehavior="aria"
      className="field"
      value={value}
      onChange={onChange}
      type={type}
      isInvalid={Boolean(error)}
      autoComplete={autoComplete}
      {...rest}
    >
      <Label>{label}</Label>
      {multiline ? <AriaTextArea rows={4} /> : <Input />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
    </AriaTextField>
  );
}

export function NumberField({
  label,
  description,
  error,
  value,
  onChange,
  minValue,
  maxValue,
  step,
  pesos,
  ...rest
}: FieldProps & {
  value: number | null;
  onChange(value: number | null): void;
  minValue?: number;
  maxValue?: number;
  step?: number;
  pesos?: boolean;
}) {
  return (
    <AriaNumberField
      validationBehavior="aria"
      className="field"
      value={value ?? Number.NaN}
      onChange={(v) => onChange(Number.isNaN(v) ? null : v)}
      minValue={minValue}
      maxValue={maxValue}
      step={step}
      isInvalid={Boolean(error)}
      formatOptions={pesos ? { style: 'currency', currency: 'COP', maximumFractionDigits: 0 } : undefined}
      {...rest}
    >
      <Label>{label}</Label>
      <Input />
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
    </AriaNumberField>
  );
}

export function Select<K extends string>({
  label,
  description,
  error,
  value,
  onChange,
  options,
  placeholder = 'Seleccione…',
  ...rest
}: FieldProps & { value: K | null; onChange(value: K): void; options: readonly { id: K; label: string }[]; placeholder?: string }) {
  return (
    <AriaSelect
      validationBehavior="aria"
      className="field"
      selectedKey={value}
      onSelectionChange={(key) => key != null && onChange(String(key) as K)}
      isInvalid={Boolean(error)}
      placeholder={placeholder}
      {...rest}
    >
      <Label>{label}</Label>
      <AriaButton className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="listbox-item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

export function Checkbox({
  children,
  isSelected,
  onChange,
  isDisabled,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange(v: boolean): void;
  isDisabled?: boolean;
}) {
  return (
    <AriaCheckbox className="checkbox" isSelected={isSelected} onChange={onChange} isDisabled={isDisabled}>
      <span className="checkbox-box" aria-hidden="true">
        {isSelected ? '✓' : ''}
      </span>
      {children}
    </AriaCheckbox>
  );
}

/**
 * The top of a form after the API refused it: the message, and every problem no field shows
 * (`shownPaths` are the paths the form's fields display), announced to screen readers.
 */
export function FormAlert({ refusal, shownPaths = [] }: { refusal: Refusal | null | undefined; shownPaths?: string[] }) {
  if (!refusal) return null;
  const rest = refusal.problems.filter((p) => !shownPaths.some((path) => p.path === path || p.path.startsWith(`${path}.`)));
  // The API's message for refused input repeats each problem with its path; the fields say them.
  const message =
    refusal.code === 'BAD_USER_INPUT' && refusal.problems.length > 0
      ? rest.length < refusal.problems.length
        ? 'No se pudo completar: revise los campos señalados.'
        : 'No se pudo completar:'
      : refusal.message;
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((p) => (
            <li key={`${p.path}:${p.code}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Shorthand for a field's error from a refusal. */
export const errorAt = problemAt;
