import { http, HttpResponse } from 'msw';

export const handlers = [
  http.delete('/api/projects/:id', () => new HttpResponse(null, { status: 204 })),
  http.post('/api/admin/sql', async () =>
    HttpResponse.json({ ok: true, statement: 'DROP TABLE projects' }),
  ),
];
