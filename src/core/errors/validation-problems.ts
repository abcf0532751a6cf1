import { getMetadataStorage as validationMetadata, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage as typeMetadata } from 'type-graphql';

import { joinPath, ProblemCode, type Problem } from './problems';

/** class-validator's constraint names → the problem codes (the rest are INVALID). */
const CODES: Record<string, ProblemCode> = {
  isDefined: ProblemCode.REQUIRED,
  isNotEmpty: ProblemCode.REQUIRED,
  arrayNotEmpty: ProblemCode.REQUIRED,
  minLength: ProblemCode.TOO_SHORT,
  maxLength: ProblemCode.TOO_LONG,
  arrayMinSize: ProblemCode.TOO_SHORT,
  arrayMaxSize: ProblemCode.TOO_LONG,
  min: ProblemCode.OUT_OF_RANGE,
  max: ProblemCode.OUT_OF_RANGE,
  minDate: ProblemCode.OUT_OF_RANGE,
  maxDate: ProblemCode.OUT_OF_RANGE,
  isPositive: ProblemCode.OUT_OF_RANGE,
  isNegative: ProblemCode.OUT_OF_RANGE,
  isInt: ProblemCode.INVALID_TYPE,
  isNumber: ProblemCode.INVALID_TYPE,
  isString: ProblemCode.INVALID_TYPE,
  isBoolean: ProblemCode.INVALID_TYPE,
  isArray: ProblemCode.INVALID_TYPE,
  nestedValidation: ProblemCode.INVALID_TYPE,
  isUuid: ProblemCode.INVALID_FORMAT,
  matches: ProblemCode.INVALID_FORMAT,
  isDate: ProblemCode.INVALID_FORMAT,
  isDateString: ProblemCode.INVALID_FORMAT,
  isIso8601: ProblemCode.INVALID_FORMAT,
  isEmail: ProblemCode.INVALID_FORMAT,
  isUrl: ProblemCode.INVALID_FORMAT,
  isIn: ProblemCode.NOT_ALLOWED,
  isEnum: ProblemCode.NOT_ALLOWED,
  isNotIn: ProblemCode.NOT_ALLOWED,
  whitelistValidation: ProblemCode.UNKNOWN,
  arrayUnique: ProblemCode.DUPLICATE,
};

const isEmpty = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** `@Length(min, max)` reports one constraint for both ends; its bounds say which one the value missed. */
function lengthCode(error: ValidationError): ProblemCode {
  const value: unknown = error.value;
  if (isEmpty(value)) return ProblemCode.REQUIRED;
  const target = error.target?.constructor;
  const rule = target
    ? validationMetadata()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === error.property && m.name === 'isLength')
    : undefined;
  const min = Number(rule?.constraints?.[0] ?? 0);
  return typeof value === 'string' && value.length < min ? ProblemCode.TOO_SHORT : ProblemCode.TOO_LONG;
}

function codeOf(constraint: string, error: ValidationError): ProblemCode {
  if (constraint === 'isLength') return lengthCode(error);
  if ((constraint === 'minLength' || constraint === 'arrayMinSize') && isEmpty(error.value)) return ProblemCode.REQUIRED;
  return CODES[constraint] ?? ProblemCode.INVALID;
}

/** "title debe tener…" (or "budgetLines.description admite…") at its path reads "debe tener…": the path already names the field. */
function withoutName(message: string, property: string): string {
  const named = /^(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*) /.exec(message);
  return named && named[1] === property ? message.slice(named[0].length) : message;
}

/** class-validator's tree of errors as problems, each at its path under `root`. */
export function validationProblems(errors: readonly ValidationError[], root: string): Problem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${root}[${error.property}]` : joinPath(root, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      path,
      code: codeOf(constraint, error),
      message: withoutName(message, error.property),
    }));
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

/**
 * The name of the argument type-graphql validated as `argType`, which roots its problems: `''` for
 * an `@ArgsType` (its properties are the arguments), else the argument of the field whose type is
 * that input type (`input`), or the field's only argument.
 */
export function argumentRoot(argType: unknown, info: GraphQLResolveInfo | undefined): string {
  const storage = typeMetadata();
  if (storage.argumentTypes.some((t) => t.target === argType)) return '';
  const args = info?.parentType.getFields()[info.fieldName]?.args ?? [];
  const typeName = storage.inputTypes.find((t) => t.target === argType)?.name;
  const named = typeName ? args.filter((a) => getNamedType(a.type).name === typeName) : [];
  if (named.length === 1) return named[0].name;
  return args.length === 1 ? args[0].name : '';
}
