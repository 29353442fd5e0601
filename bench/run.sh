#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Whole-process benchmarks: bench/run.sh [--quick] [--no-pandoc] [BUILD_DIR]
# The harness is bench/run.py (Python 3, standard library only); bench/README.md explains it.
set -euo pipefail
exec python3 "$(dirname "$0")/run.py" "$@"
