/**
 * The console's controls, one module each so the first load carries only what the shell uses
 * (a module the first load imports ships whole in it, with everything it imports): screens import
 * from here; the shell imports the modules themselves.
 */
export { Button } from './button';
export { Checkbox } from './checkbox';
export { FormAlert } from './form-alert';
export { errorAt, NumberField, Select, TextField } from './fields';
