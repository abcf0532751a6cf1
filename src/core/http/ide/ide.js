/* global window, document, location, React, ReactDOM, GraphiQL */
// Starts GraphiQL on the page GET /graphql serves to a browser (src/core/http/ide.ts). It runs in
// the browser as it is, after the UMD builds of React, ReactDOM and GraphiQL: no build step, no
// module system, nothing loaded from anywhere but this server.
(function () {
  'use strict';

  var DEFAULT_QUERY = [
    '# GraphiQL de Ciudades y Territorios Inteligentes,',
    '# servido por este mismo servidor: no carga nada de internet.',
    '#',
    '# Toda operación necesita un token. En la pestaña «Headers»',
    '# (abajo), péguelo después de "Bearer ":',
    '#',
    '#   { "Authorization": "Bearer <su token>" }',
    '#',
    '# `npm start` imprime un token por rol al arrancar;',
    '# `npm run token -- --role COORDINATOR` emite otro.',
    '# Con el token se carga el esquema: Ctrl-Espacio',
    '# autocompleta, «Docs» lo describe y Ctrl-Enter (o ▶)',
    '# ejecuta. Las suscripciones van por graphql-ws a esta',
    '# misma dirección, con el mismo encabezado.',
    '',
    '{',
    '  me {',
    '    subject',
    '    role',
    '  }',
    '}',
    '',
  ].join('\n');

  var DEFAULT_HEADERS = '{\n  "Authorization": "Bearer "\n}';

  // The endpoint is this page's own address: HTTP for queries and mutations, ws(s) for subscriptions.
  var endpoint = location.origin + location.pathname;
  var base = GraphiQL.createFetcher({
    url: endpoint,
    subscriptionUrl: endpoint.replace(/^http/, 'ws'),
    enableIncrementalDelivery: false,
  });

  /** Header names as the server reads them; a WebSocket's connectionParams are matched exactly. */
  function lowerCaseKeys(headers) {
    var out = {};
    Object.keys(headers || {}).forEach(function (name) {
      out[name.toLowerCase()] = headers[name];
    });
    return out;
  }

  function authorizationOf(headers) {
    var value = lowerCaseKeys(headers).authorization;
    return typeof value === 'string' && /^Bearer\s+\S+/i.test(value.trim()) ? value.trim() : null;
  }

  /**
   * A new function each time: GraphiQL reads the schema again when its fetcher changes, which is
   * how a token pasted after the page loaded brings the schema in.
   */
  function makeFetcher() {
    return function (params, options) {
      var headers = lowerCaseKeys(options && options.headers);
      if (params.operationName === 'IntrospectionQuery' && !authorizationOf(headers)) {
        // Without a token the server would refuse it anyway: say how to give one instead.
        return Promise.resolve({
          errors: [{ message: 'Para cargar el esquema, pegue su token en «Headers» (abajo), después de Bearer.' }],
        });
      }
      return base(params, Object.assign({}, options, { headers: headers, documentAST: documentOf(params.query, options) }));
    };
  }

  /**
   * The document as sent. GraphiQL passes the one its editor parsed last, which lags the text by a
   * moment: a subscription run right after it was typed or pasted would go over HTTP.
   */
  function documentOf(query, options) {
    try {
      return GraphiQL.GraphQL.parse(query);
    } catch {
      // Not GraphQL: the server says what is wrong with it.
      return options && options.documentAST;
    }
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var lastAuthorization = null;
  var pending;

  function render(fetcher) {
    root.render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: DEFAULT_QUERY,
        defaultHeaders: DEFAULT_HEADERS,
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'headers',
        // The token stays in this tab: it is not written to the browser's storage.
        shouldPersistHeaders: false,
        onEditHeaders: onEditHeaders,
      }),
    );
  }

  function onEditHeaders(text) {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      var headers;
      try {
        headers = JSON.parse(text || '{}');
      } catch {
        // Not JSON yet: the person is still typing.
        return;
      }
      var authorization = authorizationOf(headers);
      if (authorization && authorization !== lastAuthorization) {
        lastAuthorization = authorization;
        render(makeFetcher());
      }
    }, 400);
  }

  render(makeFetcher());
})();
