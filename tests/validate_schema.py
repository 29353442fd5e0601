#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validates `kbrief json` output for every sample and corpus file against the JSON Schema.

usage: validate_schema.py KBRIEF SCHEMA SAMPLES_DIR [CORPUS_DIR]
"""
import glob
import json
import os
import subprocess
import sys

import jsonschema


def main():
    kbrief, schema_path, samples = sys.argv[1:4]
    corpus = sys.argv[4] if len(sys.argv) > 4 else ""
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(glob.glob(os.path.join(samples, "*.txt")))
    if corpus and os.path.isdir(corpus):
        files += sorted(glob.glob(os.path.join(corpus, "*.txt")))
    else:
        print(f"corpus directory {corpus!r} absent: validating samples only")
    if not files:
        print("no input files found", file=sys.stderr)
        return 1
    out = subprocess.run([kbrief, "json", *files], capture_output=True, check=True).stdout.decode("utf-8")
    documents = [json.loads(line) for line in out.splitlines()]
    if len(documents) != len(files):
        print(f"expected {len(files)} documents, got {len(documents)}", file=sys.stderr)
        return 1
    failures = 0
    for path, doc in zip(files, documents):
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
        failures += bool(errors)
    print(f"{len(files) - failures}/{len(files)} documents valid against {os.path.basename(schema_path)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
