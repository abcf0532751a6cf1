import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { Button, errorAt, FormAlert, TextField } from '../../ui/controls';
import { formatDateTime } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf } from '../../ui/problems';
import { ViewerDocument } from '../../viewer';

const noRoleQuery = graphql(`
  query SignInNoRole {
    me {
      id
      role
      roleLabel
      person {
        id
        email
      }
      pendingInvitations {
        id
        roleLabel
        expiresAt
        entity {
          id
          name
        }
      }
    }
  }
`);

const acceptInvitationMutation = graphql(`
  mutation SignInAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      role
      roleLabel
      entity {
        id
        name
      }
    }
  }
`);

/** The code of an invitation link, whether the person pastes the code or the whole link. */
const codeOf = (value: string) =>
  value
    .trim()
    .replace(/^.*\/invitaciones\//, '')
    .replace(/[?#].*$/, '');

/**
 * /sin-rol: where a person the directory holds without a current role (a GUEST: someone who signed
 * in at the identity provider before anyone invited them) lands. The API lets them see only who
 * they are and their invitations, so this says so, lists the invitations waiting for their
 * verified e-mail, and accepts one with the code of the link it mailed.
 */
export default function NoRole() {
  const { data, loading, error } = useQuery(noRoleQuery);
  // The invitation's page (/invitaciones/<code>) links here with the code filled in.
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('codigo') ?? '');
  const [accept, accepted] = useMutation(acceptInvitationMutation, {
    refetchQueries: [ViewerDocument, noRoleQuery],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <ScreenError error={error} />;
  const me = data.me;
  const membership = accepted.data?.acceptInvitation;
  if (membership || me.role !== 'GUEST') {
    return (
      <Page title="Ya tiene un rol en la plataforma">
        <Notice>
          {membership
            ? `Aceptó la invitación: ahora es ${membership.roleLabel}${membership.entity ? ` de ${membership.entity.name}` : ''}.`
            : `Su rol es ${me.roleLabel}.`}
        </Notice>
        <p>
          <Link to="/">Ir a su inicio</Link>
        </p>
      </Page>
    );
  }
  const refusal = refusalOf(accepted.error);
  return (
    <Page title="Aún no tiene un rol en la plataforma">
      <p>
        Su cuenta{me.person?.email ? ` (${me.person.email})` : ''} quedó registrada, pero todavía no tiene un rol: la coordinación del
        programa o quien representa a su entidad debe invitarle. La invitación llega por correo con un enlace que trae un código.
      </p>
      <h2>Invitaciones para su correo</h2>
      {me.pendingInvitations.length === 0 ? (
        <p>No hay invitaciones pendientes para su correo verificado.</p>
      ) : (
        <ul className="invitations">
          {me.pendingInvitations.map((invitation) => (
            <li key={invitation.id}>
              {invitation.roleLabel}
              {invitation.entity ? ` · ${invitation.entity.name}` : ''} · vence el {formatDateTime(invitation.expiresAt)}
            </li>
          ))}
        </ul>
      )}
      <h2>Aceptar una invitación</h2>
      <FormAlert refusal={refusal} shownPaths={['input.code']} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void accept({ variables: { input: { code: codeOf(code) } } }).catch(() => undefined);
        }}
      >
        <TextField
          label="Código o enlace de la invitación"
          description="Copie el enlace del correo de invitación, o solo el código que va después de /invitaciones/."
          value={code}
          onChange={setCode}
          error={errorAt(refusal, 'input.code')}
          isRequired
          autoComplete="off"
        />
        <Button type="submit" isDisabled={accepted.loading || codeOf(code) === ''}>
          Aceptar la invitación
        </Button>
      </form>
    </Page>
  );
}
