import type { Rule } from '../../core/rule.js';
import type { SecretDocument } from './lib/document.js';

export const committedToken: Rule<SecretDocument, 'token'> = {
  meta: {
    id: 'secret/committed-token',
    family: 'secret',
    kind: 'secret',
    defaultSeverity: 'block',
    description:
      "An API token or key committed to the repository: secretlint's recommended preset, provider key shapes (Stripe, OpenAI, Slack, Fly, Supabase, Neon, PlanetScale, Render, Vercel, and a table of a hundred more providers' prefixed keys and bare keys under a name that mentions the provider) and platform credentials by variable name (Railway, Heroku, Fly).",
    messages: {
      token: 'a {what} is committed here; anyone who can read the repository can use it (value redacted)',
    },
    examples: {
      invalid: [
        {
          code: "import Stripe from 'stripe';\n\nconst key = process.env.STRIPE_SECRET_KEY ?? 'sk_live_51FAKEQ8DEoFogNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBMQKnY8qS0BFn7BwpkZ01';\n",
          line: 3,
          path: 'src/lib/stripe.ts',
        },
        {
          code: 'DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app\nRAILWAY_TOKEN=6f1c2b9e-83d4-4c55-9a1e-2f7b0c3d9e41\n',
          line: 2,
          path: '.env.example',
        },
        {
          code: 'import os\n\nSLACK_TOKEN = os.environ.get("SLACK_TOKEN", "xoxb-7391046252-6680431157-FAKEZjugnDD57Nb5srpS9wg1")\n',
          line: 3,
          path: 'scripts/notify.py',
        },
      ],
      valid: [
        {
          code: 'RAILWAY_TOKEN=\nSTRIPE_SECRET_KEY=sk_test_replace_me\nOPENAI_API_KEY=<your-openai-key>\nVERCEL_TOKEN=your-token-here\n',
          path: '.env.example',
        },
        {
          code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}\n    steps:\n      - run: railway up\n',
          path: '.github/workflows/deploy.yml',
        },
        { code: 'const token = process.env.RAILWAY_TOKEN;\n', path: 'src/railway.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === 'token')
        report({
          messageId: 'token',
          data: { what: hit.what },
          span: hit.span,
          ...(hit.sample ? { downgradedBecause: hit.sample } : {}),
        });
    }
  },
};
