#!/usr/bin/env bash
set -euo pipefail
for s in $(aws logs describe-log-streams --log-group-name /ecs/api --query "logStreams[].logStreamName" --output text); do
  aws logs delete-log-stream --log-group-name /ecs/api --log-stream-name "$s"
done
