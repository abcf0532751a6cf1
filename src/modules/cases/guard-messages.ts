/** The Spanish reason of the guard every process shares (an event that needs a written note). */
export const noteGuardMessages: Readonly<Record<string, string>> = {
  hasNote: 'debe incluir una nota (motivos o comentario) de al menos 3 caracteres',
};
