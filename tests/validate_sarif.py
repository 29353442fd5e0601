#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""kbrief check --format sarif against the structure SARIF 2.1.0 requires, and against the
JSON findings of the same run: a brief with faults put in (one file name in Korean, to show
the URI encoding), a clean sample, and the reference brief when the corpus is present."""
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

import jsonschema

kbrief, schema_path, samples, corpus = sys.argv[1:5]
schema = json.load(open(schema_path, encoding="utf-8"))

with tempfile.TemporaryDirectory() as tmp:
    text = open(os.path.join(samples, "numbered-lists.txt"), encoding="utf-8").read()
    faulty = os.path.join(tmp, "브리프 1.txt")
    with open(faulty, "w", encoding="utf-8") as f:
        f.write(text.replace("서비스 통합의", "서비스  통합의").replace("2023.4.14.", "2023.4.31."))
    inputs = [faulty, os.path.join(samples, "numbered-lists.txt")]
    reference = os.path.join(corpus, "kinu-ncg-2024.txt")
    if os.path.exists(reference):
        inputs.append(reference)

    def run(fmt):
        r = subprocess.run([kbrief, "check", "-q", "--format", fmt, *inputs],
                           capture_output=True, text=True)
        assert r.returncode == 1, (fmt, r.returncode, r.stderr)
        return json.loads(r.stdout)

    log = run("sarif")
    jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())
    findings = run("json")
    sarif_run = log["runs"][0]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    rules = sarif_run["tool"]["driver"]["rules"]
    artifacts = [a["location"]["uri"] for a in sarif_run["artifacts"]]
    assert [urllib.parse.unquote(u) for u in artifacts] == inputs, artifacts
    level = {"error": "error", "warning": "warning", "info": "note"}
    got = []
    for r in sarif_run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert artifacts[loc["artifactLocation"]["index"]] == loc["artifactLocation"]["uri"]
        got.append((urllib.parse.unquote(loc["artifactLocation"]["uri"]), loc["region"]["startLine"],
                    loc["region"]["startColumn"], r["level"], r["ruleId"], r["message"]["text"]))
    want = [(f["file"], f["line"], f["column"], level[f["severity"]], f["rule"], f["message"])
            for f in findings]
    assert got == want, (got, want)
    # A region's endColumn (SARIF 3.30.7) is one past its last character: after startColumn.
    for r in sarif_run["results"]:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region.get("endColumn", region["startColumn"] + 1) > region["startColumn"], region
    assert any(g[4] == "date-invalid" and g[3] == "error" for g in got)
    # The schema rejects what SARIF forbids: a level outside its enumeration, column 0.
    for path, bad in (("level", "info"), ("column", 0)):
        broken = json.loads(json.dumps(log))
        result = broken["runs"][0]["results"][0]
        if path == "level":
            result["level"] = bad
        else:
            result["locations"][0]["physicalLocation"]["region"]["startColumn"] = bad
        try:
            jsonschema.validate(broken, schema)
        except jsonschema.ValidationError:
            continue
        raise AssertionError(f"schema accepted {path} = {bad!r}")
    print(f"SARIF valid: {len(got)} results over {len(inputs)} files, {len(rules)} rules")
