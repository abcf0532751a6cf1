export enum TerritorialEntityKind {
  /** Gobernación. */
  DEPARTMENT = 'DEPARTMENT',
  /** Alcaldía: municipalities and districts, Bogotá D.C. and San Andrés included. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** Área no municipalizada: recorded, has no alcaldía, cannot apply. */
  NON_MUNICIPALIZED_AREA = 'NON_MUNICIPALIZED_AREA',
}

export const territorialEntityKindLabel: Record<TerritorialEntityKind, string> = {
  [TerritorialEntityKind.DEPARTMENT]: 'Gobernación',
  [TerritorialEntityKind.MUNICIPALITY]: 'Alcaldía',
  [TerritorialEntityKind.NON_MUNICIPALIZED_AREA]: 'Área no municipalizada',
};
