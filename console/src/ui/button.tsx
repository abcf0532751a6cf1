import { Button as AriaButton, type ButtonProps } from 'react-aria-components/Button';

/** A React Aria button (keyboard, press states, focus ring) in the console's three looks. */
export function Button({ variant = 'primary', ...props }: ButtonProps & { variant?: 'primary' | 'secondary' | 'danger' }) {
  return <AriaButton {...props} className={`btn btn-${variant}`} />;
}
