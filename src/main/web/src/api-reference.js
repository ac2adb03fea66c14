// The API reference page (/api/docs): Swagger UI on <div id="api-reference" data-spec>,
// replacing the server-rendered list of operations. No validator badge (it would
// call validator.swagger.io), and "try it out" calls this server only.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-bundle.js';

function start() {
  const el = document.getElementById('api-reference');
  if (!el) return;
  const spec = el.dataset.spec || '/api/openapi.json';
  const mount = document.createElement('div');
  mount.id = 'api-reference-ui';
  el.after(mount);
  SwaggerUIBundle({
    url: spec,
    domNode: mount,
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    defaultModelsExpandDepth: 0,
    requestInterceptor: (req) => {
      const u = new URL(req.url, window.location.href);
      if (u.origin !== window.location.origin) req.url = window.location.origin + u.pathname + u.search;
      return req;
    },
    onComplete: () => {
      el.hidden = true;
      mount.dataset.state = 'ready';
    },
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
