#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Hostile and odd inputs through every subcommand (issue: robustness).

  hostile_inputs.py full KBRIEF      each shape at full size (a 50 MB line, 100,000 footnote
                                     definitions, ...) through json, markdown, timeline and
                                     check: it finishes, exits as documented, prints parseable
                                     output and loses nothing of the input's size or lines.
  hostile_inputs.py linear KBRIEF    the work each command does on each shape, counted in
                                     instructions by valgrind's callgrind (not wall-clock), at
                                     sizes N, 2N and 4N: the second doubling may cost at most
                                     2.6 times the first (linear work costs 2.0, quadratic 4.0).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

COMMANDS = ["json", "markdown", "timeline", "check"]


# Our own sample briefs, one after another: real shapes, many documents' worth of headings.
SAMPLES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
SAMPLES = "".join(
    open(os.path.join(SAMPLES_DIR, f), encoding="utf-8").read().rstrip("\n") + "\n\n"
    for f in sorted(os.listdir(SAMPLES_DIR))
    if f.endswith(".txt")
)


def repeat_to(unit, size):
    return unit * max(1, size // len(unit.encode("utf-8")))


# Each shape: name -> function(size in bytes) -> text. Deterministic, no randomness.
SHAPES = {
    "empty": lambda n: "",
    "whitespace-only": lambda n: repeat_to(" \t\n\u3000\u00a0\n\n", n),
    "one-long-line": lambda n: repeat_to("가나다라 마바사 아자차카. ", n),
    "footnote-definitions": lambda n: "본문이 끝난다.1)\n\n"
    + "".join(f"{i}) 주석 {i}의 설명.\n" for i in range(1, max(2, n // 24))),
    "footnote-block-without-body": lambda n: "".join(
        f"{i}) 통일부, 『통일백서』, 2024, p. {i}.\n" for i in range(1, max(2, n // 45))
    ),
    "nested-brackets": lambda n: "(" * (n // 8) + "내용" + ")" * (n // 8) + "\n",
    "unbalanced-brackets": lambda n: repeat_to("「(『[", n) + "\n",
    "all-headings": lambda n: "".join(f"{i}. 추진 과제 {i}\n\n" for i in range(1, max(2, n // 24))),
    "english-only": lambda n: repeat_to(
        "The quick brown fox jumps over the lazy dog near the riverbank. " * 3 + "\n", n
    ),
    "no-blank-lines": lambda n: "".join(
        f"빈 줄 없이 이어지는 {i}번째 줄의 문장은 여기서 계속되며 폭이 일정하다\n"
        for i in range(max(1, n // 90))
    ),
    "markdown": lambda n: repeat_to(
        "# 제목\n\n- 항목 *강조* [링크](https://example.go.kr)\n\n```\ncode\n```\n\n> 인용 1) 끝\n", n
    ),
    "html": lambda n: repeat_to(
        '<html><body><p class="x">문단 &amp; 내용 2024.2.14.</p><div>텍스트</div></body></html>\n', n
    ),
    "line-ends-and-spaces": lambda n: repeat_to(
        "첫 줄이다.\r\n둘째\t줄\u00a0이다.\r셋째\u3000줄\u200b이다.\n\f넷째 줄 (2024년 2월)\n", n
    ),
    "numbered-headings": lambda n: "".join(
        f"{i}. 추진 과제 {i}\n\n정부는 이 과제를 위해 예산을 늘리고 제도를 정비하기로 했으며, "
        "관계 부처가 함께 점검한다.\n\n"
        for i in range(1, max(2, n // 160))
    ),
    "long-list": lambda n: "목록은 다음과 같다.\n\n" + "".join(
        f"{i}) 항목 {i}의 설명은 길게 이어지며 다음 줄로\n   넘어가서 끝난다.\n"
        for i in range(1, max(2, n // 100))
    ),
    "concatenated-samples": lambda n: repeat_to(SAMPLES, n),
    "dates-everywhere": lambda n: repeat_to(
        "2024년 2월 14일, 동년 7월, 지난 12월, 2024년 하반기, 2023.12.16.(토), 17일 전에 열렸다.\n", n
    ),
}

# What a shape may exit with besides 0 (check exits 1 on findings at or above error).
def allowed_exits(command):
    return {0, 1} if command == "check" else {0}


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def check_output(command, path, text, out):
    """The output parses and accounts for the whole input."""
    if command == "json":
        doc = json.loads(out)
        size = len(text.encode("utf-8"))
        assert doc["source"]["bytes"] == size, (doc["source"]["bytes"], size)
        # CONVENTIONS §2: lines end at \n, \r\n or \r; form feeds after the last end start none.
        ends = re.findall(r"\r\n|\r|\n", text)
        tail = re.split(r"\r\n|\r|\n", text)[-1]
        lines = len(ends) + (1 if tail.replace("\f", "") else 0)
        assert doc["source"]["lines"] == lines, (doc["source"]["lines"], lines)
    elif command == "check":
        json.loads(out)  # --format json: an array of findings
    elif command == "timeline":
        assert out.startswith("file,start,end,"), out[:80]
    else:
        assert out or not text.strip(), "no Markdown for a non-empty input"


def full(kbrief):
    sizes = {"one-long-line": 50 * 1024 * 1024, "footnote-definitions": 100000 * 24,
             "nested-brackets": 10000 * 8 * 2, "unbalanced-brackets": 40000}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES.items():
            text = make(sizes.get(name, 2 * 1024 * 1024))
            path = os.path.join(tmp, name + ".txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            for command in COMMANDS:
                args = [kbrief, command, path] + (["--format", "json"] if command == "check" else [])
                out_path = os.path.join(tmp, "out")
                try:
                    with open(out_path, "wb") as out:
                        r = subprocess.run(args, stdout=out, stderr=subprocess.PIPE, timeout=600)
                except subprocess.TimeoutExpired:
                    failures.append(f"{name}/{command}: no end within 600 s")
                    continue
                if r.returncode not in allowed_exits(command):
                    failures.append(f"{name}/{command}: exit {r.returncode}: {r.stderr[:300]!r}")
                    continue
                with open(out_path, "rb") as out:
                    stdout = out.read()
                try:
                    check_output(command, path, text, stdout.decode("utf-8"))
                except Exception as e:  # noqa: BLE001 - any failure is reported with its shape
                    failures.append(f"{name}/{command}: bad output: {e!r}")
                    continue
                print(f"ok {name:30} {command:9} {len(text.encode()):>10} bytes -> {len(stdout):>10} bytes",
                      flush=True)
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


def instructions(kbrief, command, path):
    args = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", kbrief, command, path]
    r = run(args, timeout=900)
    m = re.search(rb"Collected : (\d+)", r.stderr)
    if not m:
        raise RuntimeError(f"no instruction count from callgrind: {r.stderr[-500:]!r}")
    return int(m.group(1))


def linear(kbrief):
    if run(["valgrind", "--version"]).returncode != 0:
        print("valgrind is not installed: the work-counting test cannot run")
        return 1
    base = 32 * 1024
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES.items():
            if name == "empty":
                continue
            paths = []
            for k in (1, 2, 4):
                path = os.path.join(tmp, f"{name}-{k}.txt")
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(make(base * k))
                paths.append(path)
            for command in COMMANDS:
                w = [instructions(kbrief, command, p) for p in paths]
                first, second = w[1] - w[0], w[2] - w[1]
                ratio = second / first if first > 0 else float("inf")
                verdict = "ok" if ratio <= 2.6 else "FAIL"
                print(f"{verdict} {name:30} {command:9} instructions {w[0]:>13,} {w[1]:>13,} {w[2]:>13,}"
                      f"  second/first doubling {ratio:.2f}", flush=True)
                if verdict != "ok":
                    failures.append(f"{name}/{command}: {ratio:.2f}")
    for f in failures:
        print("FAIL superlinear work:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    mode, kbrief = sys.argv[1], sys.argv[2]
    sys.exit(full(kbrief) if mode == "full" else linear(kbrief))
