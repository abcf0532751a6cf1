import { Button as AriaButton } from 'react-aria-components/Button';
import { FieldError } from 'react-aria-components/FieldError';
import { Input } from 'react-aria-components/Input';
import { Label } from 'react-aria-components/Label';
import { ListBox, ListBoxItem } from 'react-aria-components/ListBox';
import { NumberField as AriaNumberField } from 'react-aria-components/NumberField';
import { Popover } from 'react-aria-components/Popover';
import { Select as AriaSelect, SelectValue } from 'react-aria-components/Select';
import { Text } from 'react-aria-components/Text';
import { TextArea as AriaTextArea } from 'react-aria-components/TextArea';
import { TextField as AriaTextField } from 'react-aria-components/TextField';

import { problemAt } from './problems';

/**
 * The console's controls: React Aria Components (labels, descriptions and errors wired to the
 * input, keyboard behaviour and focus rings built in), styled by ../styles.css. An `error` string
 * marks the field invalid and is announced with it; forms pass the API's problem at the field's path.
 * Validation is the API's (`validationBehavior="aria"`): a field marked invalid by an API problem
 * must not make the browser refuse to submit the form again.
 */
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

/** Shorthand for a field's error from a refusal. */
export const errorAt = problemAt;
