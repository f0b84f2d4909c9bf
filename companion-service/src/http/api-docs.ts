import path from 'node:path';

import { type Request, type Response, Router } from 'express';

import { API_DOCS_PATH, OPENAPI_JSON_PATH } from './api-docs-route-docs';
import { companionOpenApiDocument } from './openapi-document';

const ASSETS_PATH = `${API_DOCS_PATH}/assets`;
const SWAGGER_UI_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
/** The only files of swagger-ui-dist we serve (its index.html would load the demo petstore). */
const SWAGGER_UI_FILES = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);

/**
 * Starts Swagger UI as a file, not an inline script, so the page needs no CSP exception: every
 * script comes from our origin ('self'), and the validator badge (which would call
 * validator.swagger.io) is off.
 */
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '${OPENAPI_JSON_PATH}',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
  });
});
`;

// Relative links: the page still works when a proxy serves the companion under a prefix.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Brightpearl Connect companion — API</title>
    <link rel="stylesheet" href="docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="docs/assets/swagger-ui-bundle.js"></script>
    <script src="docs/assets/init.js"></script>
  </body>
</html>
`;

/**
 * `GET /api/v1/openapi.json` (the whole companion's document) and `GET /api/docs` (Swagger UI
 * from swagger-ui-dist, served from our own origin). Public like /healthz: the document is
 * built from the open-source route declarations and holds no secrets or business data, and a
 * browser opening the page could not send a bearer token anyway.
 */
export function apiDocsRouter(): Router {
  const router = Router();
  router.get(OPENAPI_JSON_PATH, (_req, res) => {
    res.json(companionOpenApiDocument());
  });
  router.get(API_DOCS_PATH, (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.use(ASSETS_PATH, serveAsset);
  return router;
}

function serveAsset(req: Request, res: Response): void {
  const name = req.path.slice(1);
  // The files change only with the installed package: cache them (the /api default is no-store).
  res.set('Cache-Control', 'public, max-age=86400');
  if (name === 'init.js') {
    res.type('text/javascript').send(INIT_SCRIPT);
  } else if (SWAGGER_UI_FILES.has(name)) {
    res.sendFile(path.join(SWAGGER_UI_DIR, name));
  } else {
    res.set('Cache-Control', 'no-store').status(404).json({ error: 'not found' });
  }
}
