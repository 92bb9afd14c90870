#!/usr/bin/env bash
set -euo pipefail
rm -rf themes/acme
git clone --depth 1 https://github.com/acme/hugo-theme.git themes/acme
hugo --minify --destination public
