#!/usr/bin/env bash
set -euo pipefail
VERSION=$(node -p "require('./package.json').version")
python3 -c "import json,sys; print(json.load(open('pyproject.json'))['version'])"
node -e "require('child_process').execSync('npm run build', { stdio: 'inherit' })"
ruby -e 'puts RUBY_VERSION'
perl -pi -e "s/__VERSION__/$VERSION/g" dist/banner.txt
echo "release $VERSION"
