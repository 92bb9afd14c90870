import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // an OpenAI key in a YAML config
    {
      code: 'openai:\n  api_key: sk-proj-FAKEa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ0123456789ab\n',
      path: 'config/ai.yml',
      line: 2,
    },
    // a Heroku API key by variable name in a shell export
    {
      code: '#!/bin/sh\nexport HEROKU_API_KEY=0f8e7d6c-FAKE-4b3a-9c8d-7e6f5a4b3c2d\n',
      path: 'scripts/deploy.sh',
      line: 2,
    },
  ],
  valid: [
    // a placeholder in angle brackets
    { code: 'export HEROKU_API_KEY=<your-heroku-key>\n', path: 'scripts/deploy.sh' },
    // read from the environment in Python
    { code: 'import os\n\nkey = os.environ["OPENAI_API_KEY"]\n', path: 'app/ai.py' },
  ],
};

ruleTester('secret/committed-token', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('secret/committed-token', cases.invalid)).toMatchInlineSnapshot(`
    "config/ai.yml:2:12 secret/committed-token
    2 |   api_key: ************************************************************
      |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a OpenAI API key is committed here; anyone who can read the repository can use it (value redacted)

    scripts/deploy.sh:2:23 secret/committed-token
    2 | export HEROKU_API_KEY=************************************
      |                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a Heroku API key is committed here; anyone who can read the repository can use it (value redacted)"
  `);
});
