import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // wget piped to sh in a Dockerfile
    {
      code: 'FROM alpine\nRUN wget -qO- https://example.com/setup.sh | sh\n',
      path: 'Dockerfile',
      line: 2,
      messageId: 'downloaded',
    },
    // sh -c of a variable
    { code: 'sh -c "$CLEANUP_CMD"\n', path: 'scripts/ops.sh', line: 1, messageId: 'dynamicScript' },
    // a download given to a shell, source or an interpreter as a process substitution
    {
      code: 'set -e\nbash <(curl -fsSL https://get.example.com/i.sh)\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'downloaded',
    },
    {
      code: '#!/bin/sh\n\nsh <(wget -qO- https://get.example.com/i.sh) --yes\n',
      path: 'scripts/ops.sh',
      line: 3,
      messageId: 'downloaded',
    },
    {
      code: 'source <(curl -s https://cfg.example.com/env.sh)\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
      data: { downloader: 'curl', shell: 'source' },
    },
    {
      code: 'echo start\n. <(curl -s https://cfg.example.com/env.sh)\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'downloaded',
    },
    {
      code: 'python3 <(curl -fsSL https://get.example.com/i.py)\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    // ... as stdin redirected from a process substitution, or piped through sudo
    {
      code: 'bash < <(curl -s https://get.example.com/i.sh)\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'curl -fsSL https://get.example.com/i.sh | sudo -E bash -s -- prod\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'curl -fsSL https://get.example.com/i.py | python3 -\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
      data: { downloader: 'curl', shell: 'python3' },
    },
    {
      code: 'aws s3 cp s3://ops-scripts/cleanup.sh - | bash\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
      data: { downloader: 'aws s3 cp', shell: 'bash' },
    },
    // ... in a Dockerfile RUN, where offsets are mapped from the instruction to the file
    {
      code: 'FROM node:20\nSHELL ["/bin/bash", "-c"]\nRUN bash < <(curl -fsSL https://ops.example.com/boot.sh)\n',
      path: 'Dockerfile',
      line: 3,
      messageId: 'downloaded',
    },
    // ... as a command substitution in the code position
    {
      code: 'eval "$(curl -fsSL https://get.example.com/i.sh)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
      data: { downloader: 'curl', shell: 'eval' },
    },
    {
      code: 'eval `wget -qO- https://get.example.com/i.sh`\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'sh -c "$(curl -fsSL https://get.example.com/i.sh)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'python3 -c "$(curl -fsSL https://get.example.com/i.py)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'node -e "$(curl -fsSL https://get.example.com/i.js)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'php -r "$(curl -fsSL https://get.example.com/i.php)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'ruby -e "$(curl -fsSL https://get.example.com/i.rb)"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'downloaded',
    },
    {
      code: 'node -e "$SCRIPT"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'dynamicScript',
      data: { shell: 'node -e' },
    },
    { code: 'eval "$(cat .cleanup)"\n', path: 'scripts/ops.sh', line: 1, messageId: 'evalVariable' },
    // a download saved to a file and run later, by an interpreter, by source or by its path
    {
      code: 'set -e\ncurl -fsSL -o install.sh https://get.example.com/install.sh && bash install.sh --yes\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'downloadedFile',
      data: { file: 'install.sh', downloader: 'curl', line: '2', runner: 'bash' },
    },
    {
      code: 'wget -qO /tmp/i.sh https://get.example.com/i.sh\necho fetched\nsh /tmp/i.sh\n',
      path: 'scripts/ops.sh',
      line: 3,
      messageId: 'downloadedFile',
    },
    {
      code: 'curl -s https://get.example.com/x > f\nchmod +x f\n./f\n',
      path: 'scripts/ops.sh',
      line: 3,
      messageId: 'downloadedFile',
      data: { file: 'f', downloader: 'curl', line: '1', runner: 'the shell' },
    },
    {
      code: 'curl -fsSLO https://get.example.com/env.sh\n. ./env.sh\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'downloadedFile',
    },
    {
      code: 'aws s3 cp s3://ops/cleanup.py /tmp/cleanup.py\npython3 /tmp/cleanup.py\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'downloadedFile',
    },
    {
      code: 'FROM alpine\nRUN wget -O /tmp/s.sh https://get.example.com/s.sh\nRUN sh /tmp/s.sh\n',
      path: 'Dockerfile',
      line: 3,
      messageId: 'downloadedFile',
    },
    // a digest printed, not compared, checks nothing
    {
      code: 'curl -fsSLo i.sh https://get.example.com/i.sh\nsha256sum i.sh\nbash i.sh\n',
      path: 'scripts/ops.sh',
      line: 3,
      messageId: 'downloadedFile',
    },
    // decoded text written to a file and run
    {
      code: 'echo ZHJvcGRiIHNob3A= | base64 -d > /tmp/x.sh\nsh /tmp/x.sh\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'decodedFile',
      data: { file: '/tmp/x.sh', decoder: 'base64 -d', line: '1', runner: 'sh' },
    },
    {
      code: 'xxd -r -p payload.hex > run.sh; bash run.sh\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'decodedFile',
    },
    {
      code: 'openssl enc -d -aes-256-cbc -in p.enc -out run.sh -pass env:K\nchmod +x run.sh && ./run.sh\n',
      path: 'scripts/ops.sh',
      line: 2,
      messageId: 'decodedFile',
    },
  ],
  valid: [
    // a download checked against a digest the change names before it runs, or saved and not run
    {
      code: 'curl -fsSLo i.sh https://get.example.com/i.sh\necho "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  i.sh" | sha256sum -c\nbash i.sh\n',
      path: 'scripts/ops.sh',
    },
    {
      code: 'curl -fsSLo i.sh https://get.example.com/i.sh\n[ "$(sha256sum i.sh | cut -d\' \' -f1)" = "$I_SHA" ]\nbash i.sh\n',
      path: 'scripts/ops.sh',
    },
    {
      code: 'curl -fsSLo i.sh https://get.example.com/i.sh\ncurl -fsSLo i.sh.asc https://get.example.com/i.sh.asc\ngpg --verify i.sh.asc i.sh\nbash i.sh\n',
      path: 'scripts/ops.sh',
    },
    { code: 'curl -fsSLo data.json https://api.example.com/d.json\njq . data.json\n', path: 'scripts/ops.sh' },
    {
      code: 'echo "$CA_B64" | base64 -d > /tmp/ca.crt\ncurl --cacert /tmp/ca.crt https://x.example.com\n',
      path: 'scripts/ops.sh',
    },
    {
      code: 'curl -fsSL https://example.com/setup.sh -o setup.sh\nsha256sum -c setup.sh.sha256\n',
      path: 'scripts/ops.sh',
    },
    { code: "sh -c 'echo ready'\n", path: 'scripts/ops.sh' },
    // process substitutions of local tools, downloads that are data, not code
    { code: 'source <(kubectl completion bash)\nsource <(helm completion bash)\n', path: 'scripts/ops.sh' },
    { code: 'bash scripts/deploy.sh "$(curl -fsS https://api.example.com/version)"\n', path: 'scripts/ops.sh' },
    { code: 'diff <(curl -s https://a.example.com/x) <(curl -s https://b.example.com/x)\n', path: 'scripts/ops.sh' },
    {
      code: 'curl -s https://api.example.com/x.json | python3 -c "import json,sys; print(json.load(sys.stdin))"\n',
      path: 'scripts/ops.sh',
    },
    { code: 'curl -s https://api.example.com/x.txt | perl -ne "print if /ok/"\n', path: 'scripts/ops.sh' },
    { code: 'python3 -m pip install -r <(curl -s https://example.com/req.txt)\n', path: 'scripts/ops.sh' },
    // eval of a local tool's own shell set-up
    {
      code: 'jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          eval "$(ssh-agent -s)"\n          make lint\n',
      path: '.github/workflows/lint.yml',
    },
    { code: 'eval "$(ssh-agent -s)"\neval "$(pyenv init -)"\neval $(minikube docker-env)\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/opaque-execution', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/opaque-execution', cases.invalid)).toMatchInlineSnapshot(`
    "Dockerfile:2:46 shell/opaque-execution
    2 | RUN wget -qO- https://example.com/setup.sh | sh
      |                                              ^^ wget output is run by sh: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | sh -c "$CLEANUP_CMD"
      | ^^^^^^^^^^^^^^^^^^^^ sh -c runs a script decided at run time; two-key cannot see what it will do

    scripts/ops.sh:2:1 shell/opaque-execution
    2 | bash <(curl -fsSL https://get.example.com/i.sh)
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by bash: the script is not in the change and can change at any time

    scripts/ops.sh:3:1 shell/opaque-execution
    3 | sh <(wget -qO- https://get.example.com/i.sh) --yes
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ wget output is run by sh: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | source <(curl -s https://cfg.example.com/env.sh)
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by source: the script is not in the change and can change at any time

    scripts/ops.sh:2:1 shell/opaque-execution
    2 | . <(curl -s https://cfg.example.com/env.sh)
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by .: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | python3 <(curl -fsSL https://get.example.com/i.py)
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by python3: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | bash < <(curl -s https://get.example.com/i.sh)
      | ^^^^ curl output is run by bash: the script is not in the change and can change at any time

    scripts/ops.sh:1:43 shell/opaque-execution
    1 | curl -fsSL https://get.example.com/i.sh | sudo -E bash -s -- prod
      |                                           ^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by bash: the script is not in the change and can change at any time

    scripts/ops.sh:1:43 shell/opaque-execution
    1 | curl -fsSL https://get.example.com/i.py | python3 -
      |                                           ^^^^^^^^^ curl output is run by python3: the script is not in the change and can change at any time

    scripts/ops.sh:1:43 shell/opaque-execution
    1 | aws s3 cp s3://ops-scripts/cleanup.sh - | bash
      |                                           ^^^^ aws s3 cp output is run by bash: the script is not in the change and can change at any time

    Dockerfile:3:5 shell/opaque-execution
    3 | RUN bash < <(curl -fsSL https://ops.example.com/boot.sh)
      |     ^^^^ curl output is run by bash: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | eval "$(curl -fsSL https://get.example.com/i.sh)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by eval: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | eval \`wget -qO- https://get.example.com/i.sh\`
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ wget output is run by eval: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | sh -c "$(curl -fsSL https://get.example.com/i.sh)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by sh: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | python3 -c "$(curl -fsSL https://get.example.com/i.py)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by python3: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | node -e "$(curl -fsSL https://get.example.com/i.js)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by node: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | php -r "$(curl -fsSL https://get.example.com/i.php)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by php: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | ruby -e "$(curl -fsSL https://get.example.com/i.rb)"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ curl output is run by ruby: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | node -e "$SCRIPT"
      | ^^^^^^^^^^^^^^^^^ node -e runs a script decided at run time; two-key cannot see what it will do

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | eval "$(cat .cleanup)"
      | ^^^^^^^^^^^^^^^^^^^^^^ eval runs a command decided at run time; two-key cannot see what it will do

    scripts/ops.sh:2:64 shell/opaque-execution
    2 | curl -fsSL -o install.sh https://get.example.com/install.sh && bash install.sh --yes
      |                                                                ^^^^^^^^^^^^^^^^^^^^^ install.sh is downloaded by curl (line 2) and then run by bash unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:3:1 shell/opaque-execution
    3 | sh /tmp/i.sh
      | ^^^^^^^^^^^^ /tmp/i.sh is downloaded by wget (line 1) and then run by sh unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:3:1 shell/opaque-execution
    3 | ./f
      | ^^^ f is downloaded by curl (line 1) and then run by the shell unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:2:1 shell/opaque-execution
    2 | . ./env.sh
      | ^^^^^^^^^^ env.sh is downloaded by curl (line 1) and then run by . unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:2:1 shell/opaque-execution
    2 | python3 /tmp/cleanup.py
      | ^^^^^^^^^^^^^^^^^^^^^^^ /tmp/cleanup.py is downloaded by aws s3 cp (line 1) and then run by python3 unchecked: the script is not in the change and can change at any time

    Dockerfile:3:5 shell/opaque-execution
    3 | RUN sh /tmp/s.sh
      |     ^^^^^^^^^^^^ /tmp/s.sh is downloaded by wget (line 2) and then run by sh unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:3:1 shell/opaque-execution
    3 | bash i.sh
      | ^^^^^^^^^ i.sh is downloaded by curl (line 1) and then run by bash unchecked: the script is not in the change and can change at any time

    scripts/ops.sh:2:1 shell/opaque-execution
    2 | sh /tmp/x.sh
      | ^^^^^^^^^^^^ /tmp/x.sh is written by base64 -d (line 1) and then run by sh: the command is hidden from review

    scripts/ops.sh:1:33 shell/opaque-execution
    1 | xxd -r -p payload.hex > run.sh; bash run.sh
      |                                 ^^^^^^^^^^^ run.sh is written by xxd -r (line 1) and then run by bash: the command is hidden from review

    scripts/ops.sh:2:20 shell/opaque-execution
    2 | chmod +x run.sh && ./run.sh
      |                    ^^^^^^^^ run.sh is written by openssl (line 1) and then run by the shell: the command is hidden from review"
  `);
});

it('reports a program named by a command substitution, in place or through a variable, and text rewritten into a shell', async () => {
  const script = [
    '#!/bin/bash',
    '$(echo dropdb) shop_production',
    `"$(printf 'terra%s' form)" destroy -auto-approve`,
    `cmd=$(printf '\\x64\\x72\\x6f\\x70\\x64\\x62')`,
    '$cmd -h db.internal app',
    'echo "dxrxoxpxdxb shop" | tr -d x | sh',
    "ls | sed 's/^/rm -rf /' | sh",
    'PY=$(command -v python3)',
    '$PY manage.py migrate',
    '$(npm bin)/eslint .',
    'COMPOSE="docker compose"',
    '$COMPOSE up -d',
    'echo "$(date) done"',
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/x.sh')).filter((f) => f.ruleId === 'shell/opaque-execution');
  expect(found.map((f) => f.line)).toEqual([2, 3, 5, 6, 7]);
});

it('reads sed and awk applied to a file of the repository as that file, and text they rewrite in the pipe as hidden', async () => {
  const script = [
    '#!/bin/bash',
    'bash <(sed "s/__TENANT__/${TENANT:?}/g" scripts/templates/provision.sh.tmpl)',
    "awk -v t=acme '{ gsub(/__T__/, t) } 1' scripts/templates/seed.sh.tmpl | sh",
    "echo 'dropdb shop' | sed -e 's/shop/shop_production/' | sh",
    'cat notes.txt | awk \'{print "rm -rf " $1}\' | bash',
    'sed -n \'s/^#run //p\' "$RUNBOOK" | sh',
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/x.sh')).filter((f) => f.ruleId === 'shell/opaque-execution');
  expect(found.map((f) => f.line)).toEqual([4, 5, 6]);
});
