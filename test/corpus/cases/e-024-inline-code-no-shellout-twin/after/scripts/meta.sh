#!/usr/bin/env bash
python3 -c "import json, sys; print(json.dumps({'sha': sys.argv[1]}))" "$GITHUB_SHA"
node -e "console.log(require('child_process').execSync('git describe --tags').toString().trim())"
ruby -e 'puts `git rev-parse --short HEAD`'
