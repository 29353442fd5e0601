#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every option in kbrief's --help is documented in kbrief(1) and offered by the completions.

Usage: help_coverage.py KBRIEF MAN_PAGE COMPLETIONS_DIR

The commands come from `kbrief --help`; each command's options from `kbrief CMD --help`. The
man page is read as man(1) shows it (`man -l`, no line wrapping): each option must appear in
the command's own section (`kbrief json`, ...), or in GLOBAL OPTIONS or INPUT OPTIONS, which
all commands share. The bash, zsh and fish completions must each name every command and
every option.
"""
import os
import re
import shutil
import subprocess
import sys


def help_of(kbrief, *args):
    out = subprocess.run([kbrief, *args, "--help"], capture_output=True, text=True, check=True).stdout
    return out


def entries(help_text, heading, pattern):
    """The first group of `pattern` on each indented line of CLI11's section `heading`."""
    found, inside = [], False
    for line in help_text.splitlines():
        if re.match(r"^\S", line):
            inside = line.startswith(heading)
        elif inside and (m := re.match(pattern, line)):
            found.append(m.group(1))
    return found


def options(help_text):
    """Option names in the Options section: `-o,--output TEXT` gives -o and --output."""
    spellings = entries(help_text, "Options", r"^\s+(-\S+(?:\s*,\s*-\S+)*)")
    return [name.split("=")[0] for s in spellings for name in re.split(r"\s*,\s*", s)]


def commands(help_text):
    return entries(help_text, "Subcommands", r"^\s+([a-z]+)\s")


def mentions(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def man_sections(page):
    env = dict(os.environ, MANWIDTH="2000", LC_ALL="C.UTF-8", MAN_KEEP_FORMATTING="")
    rendered = subprocess.run(["man", "--nh", "--nj", "-l", page], capture_output=True, text=True,
                              env=env, check=True).stdout
    text = subprocess.run(["col", "-b"], input=rendered, capture_output=True, text=True,
                          check=True).stdout
    sections, name = {}, ""
    for line in text.splitlines():
        if line and not line[0].isspace():
            name = line.strip()
            sections.setdefault(name, "")
        else:
            sections[name] = sections.get(name, "") + line + "\n"
    return sections


def main():
    kbrief, page, completions = sys.argv[1:4]
    if not os.path.exists(page):
        print(f"SKIP: no man page at {page} (pandoc was not found when configuring)")
        return 77
    if not shutil.which("man"):
        print("FAIL: man(1) is missing (Debian package man-db, in scripts/install-deps)")
        return 1
    problems = []
    top = help_of(kbrief)
    cmds = commands(top)
    if len(cmds) < 5:
        problems.append(f"found only the commands {cmds} in kbrief --help")
    sections = man_sections(page)
    shared = sections.get("GLOBAL OPTIONS", "") + sections.get("INPUT OPTIONS", "")
    for opt in options(top):
        if not mentions(sections.get("GLOBAL OPTIONS", ""), opt):
            problems.append(f"kbrief(1): GLOBAL OPTIONS does not document {opt}")
    shells = {name: open(os.path.join(completions, name), encoding="utf-8").read()
              for name in ("kbrief.bash", "_kbrief", "kbrief.fish")}
    for cmd in cmds:
        own = sections.get(f"kbrief {cmd}")
        if own is None:
            problems.append(f"kbrief(1) has no section 'kbrief {cmd}'")
            own = ""
        for name, script in shells.items():
            if not mentions(script, cmd):
                problems.append(f"{name} does not offer the command {cmd}")
        for opt in options(help_of(kbrief, cmd)):
            if not mentions(own + shared, opt):
                problems.append(f"kbrief(1) does not document {opt} of kbrief {cmd}")
            fish_form = ("-l " + opt[2:]) if opt.startswith("--") else ("-s " + opt[1:])
            for name, script in shells.items():
                wanted = fish_form if name.endswith(".fish") else opt
                if not mentions(script, wanted) and not (
                        name == "_kbrief" and re.search(r"[{,]" + re.escape(opt) + r"[,}]", script)):
                    problems.append(f"{name} does not offer {opt} of kbrief {cmd}")
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"every option of kbrief and its {len(cmds)} commands is in kbrief(1) and the completions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
