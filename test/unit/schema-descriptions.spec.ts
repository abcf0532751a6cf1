import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';

import { buildAppSchema } from '../../src/api/schema';

/**
 * A client reads the schema to know what each thing is: every type, field, argument, input field
 * and enum value carries a description, and every custom scalar says where its format is specified.
 */
describe('the schema describes itself', () => {
  const schema = buildAppSchema();
  const types = Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));
  const described = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

  function undescribed(type: GraphQLNamedType): string[] {
    const missing: string[] = [];
    if (!described(type.description)) missing.push(`tipo ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`campo ${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`argumento ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`campo de entrada ${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`valor ${type.name}.${value.name}`);
    }
    return missing;
  }

  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(types.flatMap(undescribed)).toEqual([]);
  });

  it('names where each custom scalar is specified (@specifiedBy)', () => {
    const scalars = types.filter(isScalarType);
    expect(scalars.map((s) => s.name).sort()).toEqual(expect.arrayContaining(['Date', 'DateTimeISO', 'JSONObject', 'Pesos']));
    expect(scalars.filter((s) => !s.specifiedByURL).map((s) => s.name)).toEqual([]);
  });

  it('checks what it claims to: an undescribed field is listed', () => {
    const [someType] = types.filter(isObjectType);
    const field = Object.values(someType.getFields())[0];
    const saved = field.description;
    field.description = '  ';
    try {
      expect(undescribed(someType)).toContain(`campo ${someType.name}.${field.name}`);
    } finally {
      field.description = saved;
    }
  });
});
