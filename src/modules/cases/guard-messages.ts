import { ProblemCode, type Problem } from '../../core/errors/problems';

/** The guard every process shares (an event that needs a written note): its field and Spanish reason. */
export const noteGuardMessages: Readonly<Record<string, Problem>> = {
  hasNote: {
    path: 'input.note',
    code: ProblemCode.REQUIRED,
    message: 'debe incluir una nota (motivos o comentario) de al menos 3 caracteres',
  },
};
