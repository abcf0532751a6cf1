import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { demoPeople, demoSignIn, useSession, type DemoPerson } from '../../auth/session';
import { settings } from '../../config';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';

/** Only a path of this console: never another site (an open redirect). */
export const safeReturn = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

function DemoSignIn({ returnTo }: { returnTo: string }) {
  const navigate = useNavigate();
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    demoPeople().then(setPeople, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error)
    return (
      <div className="alert alert-error" role="alert">
        <p>{error}</p>
      </div>
    );
  if (!people) return <Loading label="Cargando las personas de demostración…" />;
  return (
    <>
      <p>Este servidor corre con los valores de demostración. Elija con quién entrar: cada persona ve solo lo que su rol le permite.</p>
      <ul className="people-list" aria-label="Personas de demostración">
        {people.map((p) => (
          <li key={p.subject}>
            <Button
              variant="secondary"
              isDisabled={busy !== null}
              onPress={() => {
                setBusy(p.subject);
                demoSignIn(p.subject).then(
                  () => navigate(returnTo, { replace: true }),
                  (e: unknown) => {
                    setBusy(null);
                    setError(e instanceof Error ? e.message : String(e));
                  },
                );
              }}
            >
              <span className="person-name">{p.name}</span>
              <span className="person-detail">
                {p.roleLabel}
                {p.entityName ? ` · ${p.entityName}` : ''} · {p.subject}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

function OidcSignIn({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <p>Entre con su cuenta institucional.</p>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <Button
        onPress={() => {
          import('../../auth/oidc')
            .then((m) => m.startOidcSignIn(returnTo))
            .catch((e: unknown) => setError(`No fue posible ir al proveedor de identidad: ${e instanceof Error ? e.message : String(e)}`));
        }}
      >
        Entrar con el proveedor de identidad
      </Button>
    </>
  );
}

/** /entrar: the demo people's list (embedded default), or the OpenID Provider's sign-in. */
export default function SignIn() {
  const session = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturn(params.get('volver'));
  if (session) return <Navigate to={returnTo} replace />;
  const signIn = settings.signIn;
  return (
    <main id="contenido" className="signin">
      <Page title="Entrar a la consola CTI">
        {signIn.kind === 'demo' && <DemoSignIn returnTo={returnTo} />}
        {signIn.kind === 'oidc' && <OidcSignIn returnTo={returnTo} />}
        {signIn.kind === 'none' && (
          <div className="alert alert-error" role="alert">
            <p>{signIn.reason}</p>
          </div>
        )}
      </Page>
    </main>
  );
}

/** /entrar/callback: the OpenID Provider sends the person back here with the code. */
export function SignInCallback() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    import('../../auth/oidc')
      .then((m) => m.completeOidcSignIn())
      .then(
        (to) => navigate(to, { replace: true }),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
  }, [navigate]);
  return (
    <main id="contenido" className="signin">
      <Page title="Entrando…">
        {error ? (
          <div className="alert alert-error" role="alert">
            <p>No fue posible completar la entrada: {error}</p>
            <p>
              <a href="/entrar">Intentar de nuevo</a>
            </p>
          </div>
        ) : (
          <Loading label="Completando la entrada…" />
        )}
      </Page>
    </main>
  );
}
