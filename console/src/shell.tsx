import { useMutation } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';

import { signOut, useSession } from './auth/session';
import { graphql } from './gql';
import { Button } from './ui/button';
import { Checkbox } from './ui/checkbox';
import { FormAlert } from './ui/form-alert';
import { Loading, Page, ScreenError } from './ui/page';
import { refusalOf } from './ui/problems';
import { isEntityUser, isMinistry, useViewerQuery, ViewerDocument, ViewerProvider, type Viewer } from './viewer';

const AcceptPrivacy = graphql(`
  mutation AcceptPrivacy($input: AcceptPrivacyNoticeInput!) {
    acceptPrivacyNotice(input: $input) {
      id
      accepted
      acceptedAt
    }
  }
`);

interface NavItem {
  to: string;
  label: string;
}

/** What each person's menu offers: the entity's screens, or the Ministry's. */
export function navigationFor(viewer: Viewer): NavItem[] {
  if (isEntityUser(viewer)) {
    return [
      { to: '/ruta', label: 'Mi ruta' },
      { to: '/autodiagnostico', label: 'Autodiagnóstico' },
      { to: '/acompanamiento', label: 'Acompañamiento' },
      { to: '/cofinanciacion', label: 'Cofinanciación' },
      { to: '/seguimiento', label: 'Seguimiento' },
      { to: '/notificaciones', label: 'Notificaciones' },
    ];
  }
  if (isMinistry(viewer)) {
    const items: NavItem[] = [
      { to: '/tablero', label: 'Tablero de casos' },
      { to: '/convocatorias', label: 'Convocatorias y comité' },
      { to: '/indice', label: 'Índice CTI' },
    ];
    if (viewer.role === 'COORDINATOR' || viewer.role === 'AUDITOR') items.push({ to: '/personas', label: 'Personas e invitaciones' });
    items.push({ to: '/informes', label: 'Informes' }, { to: '/notificaciones', label: 'Notificaciones' });
    return items;
  }
  // A GUEST holds no role: the API answers them only who they are and their invitations.
  return [{ to: '/sin-rol', label: 'Su acceso' }];
}

/** Where `/` leads: the entity to its route, the Ministry to the board, a GUEST to how to get a role. */
export const homeOf = (viewer: Viewer) => (isEntityUser(viewer) ? '/ruta' : isMinistry(viewer) ? '/tablero' : '/sin-rol');

function PrivacyGate({ viewer }: { viewer: Viewer }) {
  const [read, setRead] = useState(false);
  const [accept, { loading, error }] = useMutation(AcceptPrivacy, { refetchQueries: [ViewerDocument], awaitRefetchQueries: true });
  const notice = viewer.privacyNotice;
  return (
    <Page title={notice.title}>
      <div className="privacy-text">
        {notice.text.split(/\n\s*\n/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <FormAlert refusal={refusalOf(error)} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (read) void accept({ variables: { input: { version: notice.version } } }).catch(() => undefined);
        }}
      >
        <Checkbox isSelected={read} onChange={setRead}>
          He leído el aviso de privacidad y lo acepto.
        </Checkbox>
        <Button type="submit" isDisabled={!read || loading}>
          Aceptar y continuar
        </Button>
      </form>
    </Page>
  );
}

/**
 * Every signed-in screen: the skip link, the header with the person and the sign-out, the menu
 * for their role, and the screen. Without a session it goes to /entrar (and back afterwards); until
 * the privacy notice is accepted, the notice is all it shows (the API refuses everything else).
 */
export function Shell() {
  const session = useSession();
  const location = useLocation();
  const { data, loading, error } = useViewerQuery();
  if (!session) return <Navigate to={`/entrar?volver=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (loading && !data) return <Loading label="Cargando su sesión…" />;
  if (error || !data) return <ScreenError error={error} />;
  const viewer = data.me;
  const name = viewer.person?.name ?? viewer.subject;
  return (
    <ViewerProvider value={viewer}>
      <a className="skip-link" href="#contenido">
        Saltar al contenido
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Consola CTI
        </Link>
        <p className="who">
          <span>{name}</span> · <span>{viewer.roleLabel}</span>
          {viewer.entity && <span> · {viewer.entity.name}</span>}
        </p>
        <Button variant="secondary" onPress={() => void signOut()}>
          Salir
        </Button>
      </header>
      <div className="layout">
        {viewer.privacyNotice.accepted && (
          <nav aria-label="Menú principal" className="sidenav">
            <ul>
              {navigationFor(viewer).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="contenido" tabIndex={-1}>
          {viewer.privacyNotice.accepted ? (
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          ) : (
            <PrivacyGate viewer={viewer} />
          )}
        </main>
      </div>
    </ViewerProvider>
  );
}

export function Home() {
  const { data } = useViewerQuery();
  return data ? <Navigate to={homeOf(data.me)} replace /> : <Loading />;
}
