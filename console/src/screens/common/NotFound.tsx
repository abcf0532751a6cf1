import { Link } from 'react-router';

import { Page } from '../../ui/page';

export default function NotFound() {
  return (
    <Page title="Página no encontrada">
      <p>Esta dirección no corresponde a ninguna pantalla de la consola.</p>
      <p>
        <Link to="/">Volver al inicio</Link>
      </p>
    </Page>
  );
}
