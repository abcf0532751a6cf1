import type { Reference } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { isReference } from '@apollo/client/utilities';
import { useState } from 'react';
import { Link } from 'react-router';

import { graphql } from '../../gql';
import { Button, Checkbox, FormAlert } from '../../ui/controls';
import { formatDateTime } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf } from '../../ui/problems';

import './entity.css';

const PAGE = 20;

/** A notifications connection as the cache stores it (relayStylePagination: edges of references). */
interface StoredConnection {
  edges?: { __typename?: string; cursor: string; node: Reference }[];
  unreadCount?: number;
  totalCount?: number;
}

export const NotificationsQuery = graphql(`
  query EntityNotifications($first: Int!, $after: String, $filter: NotificationFilter) {
    notifications(first: $first, after: $after, filter: $filter) {
      totalCount
      unreadCount
      edges {
        cursor
        node {
          ...EntityNotificationItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }

  fragment EntityNotificationItem on Notification {
    id
    kind
    title
    body
    caseId
    createdAt
    read
    readAt
  }
`);

const MarkRead = graphql(`
  mutation EntityMarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
      notifications {
        id
        read
        readAt
      }
    }
  }
`);

const MarkAllRead = graphql(`
  mutation EntityMarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      unreadCount
    }
  }
`);

const NotificationAdded = graphql(`
  subscription EntityNotificationAdded {
    notificationAdded {
      ...EntityNotificationItem
    }
  }
`);

/** A notification as the subscription delivers it, written to the cache before it is put in the lists. */
const LiveNotification = graphql(`
  fragment EntityNotificationLive on Notification {
    id
    kind
    title
    body
    caseId
    createdAt
    read
    readAt
  }
`);

const kindText: Record<string, string> = {
  ADOPTION_INVITATION: 'Invitación',
  CASE_UPDATE: 'Cambio de trámite',
  COMMITMENT_DUE: 'Compromiso por vencer',
  COMMITMENT_OVERDUE: 'Compromiso vencido',
  DEADLINE_OVERDUE: 'Término vencido',
  DEADLINE_REMINDER: 'Recordatorio de término',
  ENTITY_WITHOUT_REPRESENTATIVE: 'Entidad sin representante',
  IMPROVEMENT_ACTION_OVERDUE: 'Acción de mejora vencida',
  PROGRESS_REPORT_OVERDUE: 'Reporte de avance vencido',
  PROGRESS_REPORT_REMINDER: 'Recordatorio de reporte',
  SESSION_REMINDER: 'Recordatorio de sesión',
  SESSION_SCHEDULED: 'Sesión programada',
};

/**
 * The person's notifications, newest first, a page at a time: unread ones marked (in words, not
 * only by weight), each marked read on its own or all at once, each linking to the case it is
 * about. New ones arrive live over the notificationAdded subscription and are put on top.
 */
export default function Notifications() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [announce, setAnnounce] = useState<string | null>(null);
  const variables = { first: PAGE, filter: unreadOnly ? { unreadOnly: true } : null };
  const { data, loading, error, fetchMore, client } = useQuery(NotificationsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MarkRead);
  const [markAll, markingAll] = useMutation(MarkAllRead, { refetchQueries: [NotificationsQuery] });
  const [loadingMore, setLoadingMore] = useState(false);

  const setUnread = (unreadCount: number, delta = 0) =>
    client.cache.modify<{ notifications: StoredConnection }>({
      fields: {
        notifications(existing) {
          if (isReference(existing)) return existing;
          return { ...existing, unreadCount, totalCount: (existing.totalCount ?? 0) + delta };
        },
      },
    });

  useSubscription(NotificationAdded, {
    onData: ({ client: apollo, data: received }) => {
      const added = received.data?.notificationAdded;
      if (!added) return;
      const ref = apollo.cache.writeFragment({
        data: added,
        fragment: LiveNotification,
      });
      apollo.cache.modify<{ notifications: StoredConnection }>({
        fields: {
          notifications(existing, { readField }) {
            if (isReference(existing)) return existing;
            const edges = existing.edges ?? [];
            if (!ref || edges.some((e) => readField('id', e.node) === added.id)) return existing;
            return {
              ...existing,
              edges: [{ __typename: 'NotificationEdge', cursor: '', node: ref }, ...edges],
              unreadCount: (existing.unreadCount ?? 0) + 1,
              totalCount: (existing.totalCount ?? 0) + 1,
            };
          },
        },
      });
      setAnnounce(`Nueva notificación: ${added.title}`);
    },
  });

  if (loading && !data) return <Loading label="Cargando sus notificaciones…" />;
  if (!data) return <ScreenError error={error} />;
  const connection = data.notifications;
  const refusal = refusalOf(marking.error ?? markingAll.error);
  return (
    <Page
      title="Notificaciones"
      actions={
        <Button
          variant="secondary"
          isDisabled={connection.unreadCount === 0 || markingAll.loading}
          onPress={() =>
            void markAll()
              .then((r) => setAnnounce(`${r.data?.markAllNotificationsRead.marked ?? 0} notificaciones marcadas como leídas.`))
              .catch(() => undefined)
          }
        >
          Marcar todas como leídas
        </Button>
      }
    >
      <p role="status" className="entity-unread">
        {connection.unreadCount === 0
          ? 'No tiene notificaciones sin leer.'
          : connection.unreadCount === 1
            ? 'Tiene 1 notificación sin leer.'
            : `Tiene ${connection.unreadCount} notificaciones sin leer.`}
      </p>
      {announce && <Notice>{announce}</Notice>}
      <FormAlert refusal={refusal} />
      <Checkbox isSelected={unreadOnly} onChange={setUnreadOnly}>
        Mostrar solo las no leídas
      </Checkbox>
      {connection.edges.length === 0 ? (
        <p>{unreadOnly ? 'No hay notificaciones sin leer.' : 'Aún no tiene notificaciones.'}</p>
      ) : (
        <ol className="notification-list" aria-label="Notificaciones, de la más reciente a la más antigua">
          {connection.edges.map(({ node: n }) => (
            <li key={n.id} className={`notification${n.read ? '' : ' notification-unread'}`}>
              <article aria-labelledby={`notif-${n.id}`}>
                <h2 id={`notif-${n.id}`} className="notification-title">
                  {!n.read && <span className="badge badge-warn">No leída</span>} {n.title}
                </h2>
                <p className="entity-muted">
                  {kindText[n.kind] ?? 'Aviso'} · {formatDateTime(n.createdAt)}
                  {n.read && n.readAt ? ` · leída el ${formatDateTime(n.readAt)}` : ''}
                </p>
                <p className="notification-body">{n.body}</p>
                <p className="notification-actions">
                  {n.caseId && <Link to={`/casos/${encodeURIComponent(n.caseId)}`}>Ver el trámite</Link>}
                  {!n.read && (
                    <Button
                      variant="secondary"
                      aria-label={`Marcar como leída: ${n.title}`}
                      isDisabled={marking.loading}
                      onPress={() =>
                        void markRead({ variables: { input: { ids: [n.id] } } })
                          .then((r) => {
                            if (r.data) setUnread(r.data.markNotificationsRead.unreadCount);
                          })
                          .catch(() => undefined)
                      }
                    >
                      Marcar como leída
                    </Button>
                  )}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {connection.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loadingMore}
          onPress={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
          }}
        >
          {loadingMore ? 'Cargando…' : 'Cargar más'}
        </Button>
      )}
      <p className="entity-muted">
        Mostrando {connection.edges.length} de {connection.totalCount}.
      </p>
    </Page>
  );
}
