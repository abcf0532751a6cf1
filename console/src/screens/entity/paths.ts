/** Application states after approval: the work goes on in follow-up (/seguimiento). */
const FOLLOW_UP_STATES = new Set(['approved', 'agreementSigned', 'inExecution', 'closed']);

/** The entity's screen where a case of this process (in this state) is worked on. */
export function screenOfCase(process: string, state: string): { to: string; label: string } {
  switch (process) {
    case 'MATURITY_ASSESSMENT':
      return { to: '/autodiagnostico', label: 'Ir al autodiagnóstico' };
    case 'ACCOMPANIMENT':
      return { to: '/acompanamiento', label: 'Ir al acompañamiento' };
    case 'COFINANCING_APPLICATION':
      return FOLLOW_UP_STATES.has(state)
        ? { to: '/seguimiento', label: 'Ir al seguimiento' }
        : { to: '/cofinanciacion', label: 'Ir a la postulación' };
    default:
      return { to: '/seguimiento', label: 'Ir al seguimiento' };
  }
}
