import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { I18nProvider } from 'react-aria-components/I18nProvider';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { createApolloClient } from './apollo';
import { routes } from './routes';

import './styles.css';

const client = createApolloClient();
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider locale="es-CO">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
