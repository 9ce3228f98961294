#!/usr/bin/env bash
# Score parley's reading against the gold corpora in ../shared/corpus.
# usage: scripts/score.sh [LAYERS] [--misses]   (LAYERS e.g. attributions,figures)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${PARLEY_SHARED:-../shared}
layers=${1:-attributions,positions,figures,assessments}
shift || true
bin=$(mktemp -d)/parley
go build -o "$bin" ./cmd/parley
for set in dev bbc-dev polnear-dev; do
  dir="$shared/corpus/$set"
  [ -d "$dir" ] || continue
  pred=$(mktemp)
  "$bin" extract "$dir" > "$pred" || true
  echo "== $set"
  python3 "$shared/score/score.py" "$dir" "$pred" --layers="$layers" "$@"
  rm -f "$pred"
done
