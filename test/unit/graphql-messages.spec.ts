import { inSpanish } from '../../src/core/errors/graphql-messages';

describe('graphql-js request errors said in Spanish (names, types, paths and values kept as written)', () => {
  it.each([
    [
      'Variable "$input" got invalid value 50.5 at "input.scores[0].score"; Int cannot represent non-integer value: 50.5',
      'La variable "$input" trae un valor inválido en "input.scores[0].score" (50.5): un Int debe ser un número entero (recibido 50.5)',
    ],
    [
      'Variable "$input" got invalid value { caseId: "x" }; Field "note" of required type "String!" was not provided.',
      'La variable "$input" trae un valor inválido ({ caseId: "x" }): falta el campo obligatorio "note" (de tipo "String!").',
    ],
    ['Variable "$id" of required type "ID!" was not provided.', 'Falta la variable obligatoria "$id" (de tipo "ID!").'],
    ['Variable "$id" of non-null type "ID!" must not be null.', 'La variable "$id" (de tipo "ID!") no puede ser null.'],
    ['Int cannot represent non 32-bit signed integer value: 3000000000', 'Un Int debe ser un entero de 32 bits (recibido 3000000000)'],
    ['Float cannot represent non numeric value: "x"', 'Un Float debe ser un número (recibido "x")'],
    ['Boolean cannot represent a non boolean value: "yes"', 'Un Boolean debe ser true o false (recibido "yes")'],
    ['ID cannot represent value: true', 'Un ID debe ser un texto o un entero (recibido true)'],
    ['Field "colour" is not defined by type "CaseFilterInput".', 'El campo "colour" no existe en el tipo "CaseFilterInput".'],
    ['Value "SOON" does not exist in "CaseOrderBy" enum.', '"SOON" no es un valor del enum "CaseOrderBy".'],
    ['Cannot query field "secret" on type "Case".', 'El tipo "Case" no tiene el campo "secret".'],
    ['Unknown argument "limit" on field "Query.cases".', 'El campo "Query.cases" no tiene el argumento "limit".'],
    [
      'Field "case" argument "id" of type "ID!" is required, but it was not provided.',
      'Falta el argumento obligatorio "id" (de tipo "ID!") del campo "case".',
    ],
    ['Syntax Error: Expected Name, found "}".', 'Error de sintaxis: Expected Name, found "}".'],
    ['Syntax Error: Query depth limit of 10 exceeded, found 12.', 'Error de sintaxis: la consulta anida 12 niveles; el máximo es 10.'],
    ['Aliases limit of 15 exceeded, found 16.', 'La consulta usa 16 alias; el máximo es 15.'],
    [
      'Query Cost limit of 15000 exceeded, found 16500.',
      'La consulta cuesta 16500; el máximo es 15000 (pida menos elementos por página o menos campos anidados).',
    ],
    ['Syntax Error: Token limit of 2000 exceeded.', 'Error de sintaxis: la consulta tiene más de 2000 símbolos.'],
  ])('%s', (english, spanish) => {
    expect(inSpanish(english)).toBe(spanish);
  });

  it('says the literal-value and scalar forms in Spanish too', () => {
    expect(inSpanish('Expected value of type "SaveInput!", found "todo".')).toBe(
      'Se esperaba un valor de tipo "SaveInput!" (recibido "todo").',
    );
    expect(inSpanish('Expected non-nullable type "String!" not to be null.')).toBe('El valor (de tipo "String!") no puede ser null.');
    expect(inSpanish('JSONObject cannot represent non-object value: 5')).toBe('Un JSONObject debe ser un objeto JSON (recibido 5)');
  });

  it('clips what the request wrote, so a message never echoes an unbounded value', () => {
    const spanish = inSpanish(
      `Variable "$input" got invalid value "${'x'.repeat(5000)}" at "input.title"; String cannot represent a non string value: 1`,
    );
    expect(spanish.length).toBeLessThan(300);
    expect(spanish).toMatch(/^La variable "\$input" trae un valor inválido en "input.title" \("x+…\): un String debe ser/);
  });

  it('leaves a message of no known form as it is, and our own Spanish ones untouched', () => {
    expect(inSpanish('Something entirely different.')).toBe('Something entirely different.');
    expect(inSpanish('La postulación no se puede radicar: faltan líneas')).toBe('La postulación no se puede radicar: faltan líneas');
  });
});
