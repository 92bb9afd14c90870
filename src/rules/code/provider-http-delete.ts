import type { Rule } from '../../core/rule.js';
import { UNKNOWN } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';
import { providerRequests } from './lib/http.js';

export const providerHttpDelete: Rule<CodeDocument, 'delete' | 'dynamicMethod'> = {
  meta: {
    id: 'code/provider-http-delete',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'An HTTP DELETE to a hosting or database provider API (Heroku, Render, Fly.io, Railway, Supabase, Neon, PlanetScale, DigitalOcean, Vercel…).',
    messages: {
      delete: 'HTTP DELETE to the {provider} API ({path}) deletes what it names there, with nothing to undo it',
      dynamicMethod:
        'a request to the {provider} API ({path}) whose HTTP method is decided at run time; it may be a DELETE',
    },
    examples: {
      invalid: [
        {
          code: "export async function dropApp(app: string) {\n  await fetch(`https://api.heroku.com/apps/${app}`, {\n    method: 'DELETE',\n    headers: { Authorization: `Bearer ${process.env.HEROKU_API_KEY}` },\n  });\n}\n",
          line: 2,
          path: 'scripts/heroku.ts',
        },
        {
          code: 'import requests\n\n\ndef drop(service_id):\n    requests.delete(\n        f"https://api.render.com/v1/services/{service_id}",\n        headers={"Authorization": "Bearer x"},\n    )\n',
          line: 5,
          path: 'ops/render.py',
        },
        {
          code: 'package ops\n\nfunc Drop(id string) {\n\treq, _ := http.NewRequest(http.MethodDelete, "https://api.digitalocean.com/v2/databases/"+id, nil)\n\t_ = req\n}\n',
          line: 4,
          path: 'ops/do.go',
        },
      ],
      valid: [
        {
          code: 'const res = await fetch(`https://api.heroku.com/apps/${app}`, { headers });\n',
          path: 'scripts/heroku.ts',
        },
        { code: "await fetch(`https://example.com/items/${id}`, { method: 'DELETE' });\n", path: 'src/items.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const request of providerRequests(doc)) {
      if (request.api.graphql) continue;
      const data = {
        provider: request.api.provider,
        path: request.url.text.replaceAll(UNKNOWN, '…').replace(/^\s*https?:\/\//, ''),
      };
      const span = request.call.span;
      if (request.method === 'DELETE') report({ messageId: 'delete', data, span });
      else if (request.method === undefined) report({ messageId: 'dynamicMethod', data, span });
    }
  },
};
