import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

import { graphql } from '../../gql';
import type { InvitationStatus, MembershipRole, PersonStatus, ProgrammeInvitationsQuery } from '../../gql/graphql';
import { Button, errorAt, FormAlert, Select, TextField } from '../../ui/controls';
import { formatDate, formatDateTime } from '../../ui/format';
import { Loading, Notice, Page, QueryError } from '../../ui/page';
import { refusalOf } from '../../ui/problems';
import { INVITATION_STATUS_LABEL, LoadMore, PERSON_STATUS_LABEL } from './shared';

const ProgrammePeople = graphql(`
  query ProgrammePeople($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          status
          pseudonym
          lastSignInAt
          membership {
            id
            role
            roleLabel
            entityCode
            entity {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const ProgrammeInvitations = graphql(`
  query ProgrammeInvitations($filter: InvitationFilter, $first: Int!, $after: String) {
    invitations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          name
          role
          roleLabel
          status
          entityCode
          entity {
            id
            name
          }
          createdAt
          expiresAt
          mailedAt
        }
      }
    }
  }
`);

const ProgrammeInvite = graphql(`
  mutation ProgrammeInvite($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      id
      email
      name
      role
      roleLabel
      status
      entityCode
      expiresAt
    }
  }
`);

const ProgrammeResendInvitation = graphql(`
  mutation ProgrammeResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      id
      status
      createdAt
      expiresAt
      mailedAt
    }
  }
`);

const ProgrammeRevokeInvitation = graphql(`
  mutation ProgrammeRevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
      status
    }
  }
`);

/** The roles of a membership, as the schema describes them. */
const ROLE_OPTIONS: { id: MembershipRole; label: string }[] = [
  { id: 'REPRESENTATIVE', label: 'Representante de la entidad' },
  { id: 'TIC_LEADER', label: 'Líder TIC de la entidad' },
  { id: 'MEMBER', label: 'Funcionario(a) de la entidad' },
  { id: 'COORDINATOR', label: 'Coordinador(a) MinTIC' },
  { id: 'ADVISOR', label: 'Asesor(a) de acompañamiento técnico' },
  { id: 'EVALUATOR', label: 'Evaluador(a) de postulaciones' },
  { id: 'AUDITOR', label: 'Auditor(a): solo lectura' },
];
const ANY = 'ANY';
const PERSON_STATUS_OPTIONS = [
  { id: ANY, label: 'Todos los estados' },
  ...Object.entries(PERSON_STATUS_LABEL).map(([id, label]) => ({ id, label })),
];
const INVITATION_STATUS_OPTIONS = [
  { id: ANY, label: 'Todos los estados' },
  ...Object.entries(INVITATION_STATUS_LABEL).map(([id, label]) => ({ id, label })),
];

function Directory() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string>(ANY);
  const [status, setStatus] = useState<string>(ANY);
  const [filter, setFilter] = useState<{ search?: string; role?: MembershipRole; status?: PersonStatus }>({});
  const { data, loading, error, fetchMore } = useQuery(ProgrammePeople, { variables: { filter, first: 20 } });
  const people = data?.people;
  return (
    <section aria-labelledby="directorio">
      <h2 id="directorio">Directorio de personas</h2>
      <form
        className="filters"
        role="search"
        aria-label="Buscar personas"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({
            ...(search.trim() ? { search: search.trim() } : {}),
            ...(role !== ANY ? { role: role as MembershipRole } : {}),
            ...(status !== ANY ? { status: status as PersonStatus } : {}),
          });
        }}
      >
        <TextField label="Nombre, correo o seudónimo" name="search" maxLength={100} value={search} onChange={setSearch} />
        <Select label="Rol" value={role} onChange={setRole} options={[{ id: ANY, label: 'Todos los roles' }, ...ROLE_OPTIONS]} />
        <Select label="Estado" value={status} onChange={setStatus} options={PERSON_STATUS_OPTIONS} />
        <Button type="submit">Buscar</Button>
      </form>
      {error && <QueryError error={error} />}
      {!people && loading && <Loading label="Cargando el directorio…" />}
      {people && (
        <table>
          <caption className="table-caption">
            {people.totalCount === 1 ? '1 persona' : `${people.totalCount} personas`}, la más reciente primero
          </caption>
          <thead>
            <tr>
              <th scope="col">Persona</th>
              <th scope="col">Correo</th>
              <th scope="col">Rol</th>
              <th scope="col">Entidad</th>
              <th scope="col">Estado</th>
              <th scope="col">Último ingreso</th>
            </tr>
          </thead>
          <tbody>
            {people.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  {node.name ?? 'Sin nombre'} <span className="muted">· {node.pseudonym}</span>
                </th>
                <td>{node.email ?? '—'}</td>
                <td>{node.membership?.roleLabel ?? 'Sin rol vigente'}</td>
                <td>{node.membership?.entity?.name ?? (node.membership?.entityCode || 'Ministerio')}</td>
                <td>{PERSON_STATUS_LABEL[node.status] ?? node.status}</td>
                <td>{node.lastSignInAt ? formatDateTime(node.lastSignInAt) : 'Nunca'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {people && (
        <LoadMore
          what="personas"
          hasMore={people.pageInfo.hasNextPage}
          loading={loading}
          onLoad={() => void fetchMore({ variables: { after: people.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}

function InviteForm({ onInvited }: { onInvited(message: string): void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<MembershipRole | null>(null);
  const [entityCode, setEntityCode] = useState('');
  const [roleMissing, setRoleMissing] = useState(false);
  const [invite, { loading, error, reset }] = useMutation(ProgrammeInvite, {
    refetchQueries: [ProgrammeInvitations],
    awaitRefetchQueries: true,
  });
  const refusal = refusalOf(error);
  const paths = ['input.email', 'input.name', 'input.role', 'input.entityCode'];
  return (
    <form
      className="card invite-form"
      aria-labelledby="invitar"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!role) {
          setRoleMissing(true);
          return;
        }
        invite({
          variables: {
            input: {
              email: email.trim(),
              role,
              ...(name.trim() ? { name: name.trim() } : {}),
              ...(entityCode.trim() ? { entityCode: entityCode.trim() } : {}),
            },
          },
        }).then(
          ({ data }) => {
            const invited = data?.invitePerson;
            setEmail('');
            setName('');
            setEntityCode('');
            setRole(null);
            reset();
            onInvited(`Invitación enviada a ${invited?.email ?? 'la persona'} (${invited?.roleLabel ?? ''}).`);
          },
          () => undefined,
        );
      }}
    >
      <h3 id="invitar">Invitar a una persona</h3>
      <FormAlert refusal={refusal} shownPaths={paths} />
      <TextField
        label="Correo electrónico"
        type="email"
        name="email"
        autoComplete="off"
        isRequired
        maxLength={320}
        value={email}
        onChange={setEmail}
        error={errorAt(refusal, 'input.email')}
        description="La persona debe ingresar con este correo verificado."
      />
      <TextField label="Nombre" name="name" maxLength={200} value={name} onChange={setName} error={errorAt(refusal, 'input.name')} />
      <Select
        label="Rol"
        name="role"
        isRequired
        value={role}
        onChange={(v) => {
          setRole(v);
          setRoleMissing(false);
        }}
        options={ROLE_OPTIONS}
        error={roleMissing ? 'Elija el rol al que invita.' : errorAt(refusal, 'input.role')}
      />
      <TextField
        label="Entidad (código DIVIPOLA)"
        name="entityCode"
        description="Para los roles de entidad, p. ej. 05001; los roles del Ministerio no llevan entidad."
        maxLength={5}
        value={entityCode}
        onChange={setEntityCode}
        error={errorAt(refusal, 'input.entityCode')}
      />
      <Button type="submit" isDisabled={loading}>
        {loading ? 'Enviando…' : 'Enviar invitación'}
      </Button>
    </form>
  );
}

type InvitationRow = ProgrammeInvitationsQuery['invitations']['edges'][number]['node'];

function RevokeDialog({ invitation, onClose, onDone }: { invitation: InvitationRow; onClose(): void; onDone(message: string): void }) {
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(ProgrammeRevokeInvitation);
  const refusal = refusalOf(error);
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" level={2}>
            Revocar la invitación de {invitation.email}
          </Heading>
          <FormAlert refusal={refusal} shownPaths={['input.reason']} />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              revoke({ variables: { input: { invitationId: invitation.id, reason } } }).then(
                () => onDone(`Invitación de ${invitation.email} revocada.`),
                () => undefined,
              );
            }}
          >
            <TextField
              label="Motivo"
              name="reason"
              multiline
              isRequired
              maxLength={1000}
              description="Queda en el historial de accesos."
              value={reason}
              onChange={setReason}
              error={errorAt(refusal, 'input.reason')}
            />
            <div className="form-actions">
              <Button type="submit" variant="danger" isDisabled={loading}>
                {loading ? 'Enviando…' : 'Revocar invitación'}
              </Button>
              <Button variant="secondary" onPress={onClose}>
                Cancelar
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function Invitations() {
  const [status, setStatus] = useState<string>(ANY);
  const [notice, setNotice] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<InvitationRow | null>(null);
  const filter = status === ANY ? null : { status: status as InvitationStatus };
  const { data, loading, error, fetchMore } = useQuery(ProgrammeInvitations, { variables: { filter, first: 20 } });
  const [resend, resending] = useMutation(ProgrammeResendInvitation);
  const invitations = data?.invitations;
  const refusal = refusalOf(error);
  // Whoever manages no invitation (an auditor) is told so by the API: no list, no form.
  if (refusal?.code === 'FORBIDDEN')
    return (
      <section aria-labelledby="invitaciones">
        <h2 id="invitaciones">Invitaciones</h2>
        <p>Su rol no gestiona invitaciones.</p>
      </section>
    );
  return (
    <section aria-labelledby="invitaciones">
      <h2 id="invitaciones">Invitaciones</h2>
      {notice && <Notice>{notice}</Notice>}
      <FormAlert refusal={refusalOf(resending.error)} />
      <InviteForm onInvited={setNotice} />
      <Select label="Estado de la invitación" value={status} onChange={setStatus} options={INVITATION_STATUS_OPTIONS} />
      {error && <QueryError error={error} />}
      {!invitations && loading && <Loading label="Cargando las invitaciones…" />}
      {invitations && (
        <table>
          <caption className="table-caption">
            {invitations.totalCount === 1 ? '1 invitación' : `${invitations.totalCount} invitaciones`}, la más reciente primero
          </caption>
          <thead>
            <tr>
              <th scope="col">Correo</th>
              <th scope="col">Rol</th>
              <th scope="col">Entidad</th>
              <th scope="col">Estado</th>
              <th scope="col">Enviada</th>
              <th scope="col">Vence</th>
              <th scope="col">Acciones</th>
            </tr>
          </thead>
          <tbody>
            {invitations.edges.map(({ node }) => {
              const open = node.status === 'PENDING' || node.status === 'EXPIRED';
              return (
                <tr key={node.id}>
                  <th scope="row">
                    {node.email}
                    {node.name && <span className="muted"> · {node.name}</span>}
                  </th>
                  <td>{node.roleLabel}</td>
                  <td>{node.entity?.name ?? (node.entityCode || 'Ministerio')}</td>
                  <td>{INVITATION_STATUS_LABEL[node.status] ?? node.status}</td>
                  <td>{node.mailedAt ? formatDateTime(node.mailedAt) : 'En cola'}</td>
                  <td>{formatDate(node.expiresAt)}</td>
                  <td>
                    {open && (
                      <div className="row-actions">
                        <Button
                          variant="secondary"
                          aria-label={`Reenviar la invitación de ${node.email}`}
                          isDisabled={resending.loading}
                          onPress={() => {
                            setNotice(null);
                            resend({ variables: { input: { invitationId: node.id } } }).then(
                              () => setNotice(`Invitación de ${node.email} reenviada con un enlace nuevo.`),
                              () => undefined,
                            );
                          }}
                        >
                          Reenviar
                        </Button>
                        <Button
                          variant="danger"
                          aria-label={`Revocar la invitación de ${node.email}`}
                          onPress={() => {
                            setNotice(null);
                            setRevoking(node);
                          }}
                        >
                          Revocar
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {invitations && (
        <LoadMore
          what="invitaciones"
          hasMore={invitations.pageInfo.hasNextPage}
          loading={loading}
          onLoad={() => void fetchMore({ variables: { after: invitations.pageInfo.endCursor } })}
        />
      )}
      {revoking && (
        <RevokeDialog
          invitation={revoking}
          onClose={() => setRevoking(null)}
          onDone={(message) => {
            setRevoking(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}

/** /personas: the directory (coordination and auditors) and the invitations the person manages. */
export default function People() {
  return (
    <Page title="Personas e invitaciones">
      <Directory />
      <Invitations />
    </Page>
  );
}
