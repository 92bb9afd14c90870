#!/usr/bin/env bash
cd infra/preview
tmux new -d -s teardown 'terraform destroy -auto-approve'
echo "teardown started in tmux session teardown"
