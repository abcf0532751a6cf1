import { clip } from '../text';

/**
 * graphql-js words its request errors (parsing, validation, variable coercion) in English. The
 * people reading them here read Spanish, so the common ones are said again in Spanish; names,
 * types, paths and values stay as written in the request (clipped at 100 characters). A message
 * with no known form is left as it is.
 */
const INTROSPECTION_OFF = 'La introspección del esquema (__schema, __type) está desactivada en este servidor.';

const forms: [RegExp, (...groups: string[]) => string][] = [
  // No field suggestions: they would describe the schema to someone guessing at it.
  [/\s*Did you mean [^?]*\?/, () => ''],
  [
    /^Variable "(\$[^"]+)" got invalid value (.*?) at "([^"]+)"; /s,
    (v, value, at) => `La variable "${v}" trae un valor inválido en "${at}" (${value}): `,
  ],
  [/^Variable "(\$[^"]+)" got invalid value (.*?); /s, (v, value) => `La variable "${v}" trae un valor inválido (${value}): `],
  [
    /^Variable "(\$[^"]+)" of required type "([^"]+)" was not provided\./,
    (v, t) => `Falta la variable obligatoria "${v}" (de tipo "${t}").`,
  ],
  [
    /^Variable "(\$[^"]+)" of non-null type "([^"]+)" must not be null\./,
    (v, t) => `La variable "${v}" (de tipo "${t}") no puede ser null.`,
  ],
  [/Int cannot represent non-integer value: (.*)$/s, (value) => `un Int debe ser un número entero (recibido ${value})`],
  [/Int cannot represent non 32-bit signed integer value: (.*)$/s, (value) => `un Int debe ser un entero de 32 bits (recibido ${value})`],
  [/Float cannot represent non numeric value: (.*)$/s, (value) => `un Float debe ser un número (recibido ${value})`],
  [/String cannot represent a non string value: (.*)$/s, (value) => `un String debe ser un texto entre comillas (recibido ${value})`],
  [/Boolean cannot represent a non boolean value: (.*)$/s, (value) => `un Boolean debe ser true o false (recibido ${value})`],
  [/ID cannot represent value: (.*)$/s, (value) => `un ID debe ser un texto o un entero (recibido ${value})`],
  [/Field "([^"]+)" of required type "([^"]+)" was not provided\./, (f, t) => `falta el campo obligatorio "${f}" (de tipo "${t}").`],
  [/Field "([^"]+)" is not defined by type "([^"]+)"\./, (f, t) => `el campo "${f}" no existe en el tipo "${t}".`],
  [/Value "([^"]+)" does not exist in "([^"]+)" enum\./, (v, e) => `"${v}" no es un valor del enum "${e}".`],
  [/Enum "([^"]+)" cannot represent non-enum value: (.*?)\.?$/s, (e, v) => `el enum "${e}" no admite el valor ${v}.`],
  [/Expected type "([^"]+)" to be an object\./, (t) => `se esperaba un objeto de tipo "${t}".`],
  [/Expected non-nullable type "([^"]+)" not to be null\./, (t) => `el valor (de tipo "${t}") no puede ser null.`],
  [
    /^Expected value of type "([^"]+)", found (.*?)([;.])(?= |$)/s,
    (t, v, end) => `se esperaba un valor de tipo "${t}" (recibido ${v})${end === ';' ? ':' : '.'}`,
  ],
  [/Expected type "([^"]+)"\.(?: |$)/, (t) => `se esperaba un valor de tipo "${t}". `],
  [/JSONObject cannot represent non-object value: (.*)$/s, (value) => `un JSONObject debe ser un objeto JSON (recibido ${value})`],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (f, t) => `El tipo "${t}" no tiene el campo "${f}".`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\./, (a, f) => `El campo "${f}" no tiene el argumento "${a}".`],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./,
    (f, a, t) => `Falta el argumento obligatorio "${a}" (de tipo "${t}") del campo "${f}".`,
  ],
  // graphql-armor's query limits (some arrive as a "Syntax Error").
  [/Query depth limit of (\d+) exceeded, found (\d+)\./, (n, found) => `la consulta anida ${found} niveles; el máximo es ${n}.`],
  [/Aliases limit of (\d+) exceeded, found (\d+)\./, (n, found) => `la consulta usa ${found} alias; el máximo es ${n}.`],
  [/Directives limit of (\d+) exceeded, found (\d+)\./, (n, found) => `la consulta usa ${found} directivas; el máximo es ${n}.`],
  [
    /Query Cost limit of (\d+) exceeded, found (\d+)\./,
    (n, found) => `la consulta cuesta ${found}; el máximo es ${n} (pida menos elementos por página o menos campos anidados).`,
  ],
  [/Token limit of (\d+) exceeded\./, (n) => `la consulta tiene más de ${n} símbolos.`],
  [/Document contains more th[ae]t? (\d+) tokens\. Parsing aborted\./, (n) => `la consulta tiene más de ${n} símbolos; no se analizó.`],
  // Introspection turned off: graphql-js's rule (WebSocket) and Apollo's own (HTTP) say the same.
  [/^GraphQL introspection has been disabled, but the requested query contained the field "[^"]+"\./, () => INTROSPECTION_OFF],
  [/^GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type\..*$/s, () => INTROSPECTION_OFF],
  [/^Syntax Error: /, () => 'Error de sintaxis: '],
];

export function inSpanish(message: string): string {
  let text = message;
  for (const [form, say] of forms)
    text = text.replace(form, (_match, ...groups: unknown[]) =>
      // A name or value the request wrote is repeated clipped: a message never echoes unbounded input.
      say(...groups.filter((g): g is string => typeof g === 'string').map((g) => clip(g, 100))),
    );
  // A sentence that now starts with a lower-case clause (a coercion message on its own) starts with a capital.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
