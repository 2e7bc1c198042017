#!/usr/bin/env python3
"""The man page against the binary: groff reads it without a warning, and every command, option
and export format that `steward --help` (and the --format error) names is described in it.

    manpage_check.py STEWARD MANPAGE
"""
import os
import re
import subprocess
import sys
import tempfile


def main():
    steward, manpage = sys.argv[1], sys.argv[2]
    problems = []

    lint = subprocess.run(["groff", "-man", "-ww", "-z", "-Tutf8", manpage], capture_output=True, text=True)
    if lint.returncode != 0 or lint.stderr.strip():
        problems.append("groff warns: " + lint.stderr.strip())

    # What the page says, as text: escapes for hyphens and fonts taken out.
    source = open(manpage, encoding="utf-8").read()
    text = re.sub(r"\\f[BIRP]", "", source).replace("\\-", "-")
    rendered = subprocess.run(["groff", "-man", "-Tutf8", "-P", "-cbou", manpage], capture_output=True,
                              text=True, env=dict(os.environ, LC_ALL="C.UTF-8")).stdout

    help_text = subprocess.run([steward, "--help"], capture_output=True, text=True, check=True).stdout
    commands = sorted(set(re.findall(r"^\s+steward ([a-z]+)\b", help_text, re.MULTILINE)))
    if len(commands) < 7:
        problems.append("--help names only %s: the check reads it wrongly" % commands)
    for command in commands:
        if not re.search(r"^\.(B|BI) \"?%s\b" % command, text, re.MULTILINE) and \
                not re.search(r"^\.B steward %s\b" % command, text, re.MULTILINE):
            problems.append("command %s is in --help but not in the man page" % command)

    options = sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*[a-z]|-[a-z])\b", help_text)))
    for option in options:
        if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(option), text):
            problems.append("option %s is in --help but not in the man page" % option)

    with tempfile.TemporaryDirectory() as folder:
        refused = subprocess.run([steward, "export", folder + "/none.steward", "--format", "?"],
                                 capture_output=True, text=True)
    match = re.search(r"--format is one of (.*), not", refused.stderr)
    if not match:
        problems.append("cannot read the export formats from: " + refused.stderr.strip())
    else:
        described = text[text.find(".SH COMMANDS"):text.find(".SH OPTIONS")]
        for fmt in [f.strip() for f in match.group(1).split(",")]:
            if not re.search(r"^\.(B|BR) (.*\W)?%s(?![\w-])" % re.escape(fmt), described, re.MULTILINE):
                problems.append("export format %s is not described in the man page" % fmt)

    version = subprocess.run([steward, "--version"], capture_output=True, text=True).stdout.split()[-1]
    if not re.search(r'^\.TH STEWARD 1 "[0-9-]+" "Steward %s"' % re.escape(version), source, re.MULTILINE):
        problems.append("the man page's .TH line does not name version %s" % version)
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS"):
        if section not in rendered:
            problems.append("section %s is missing" % section)

    for problem in problems:
        print("manpage_check: " + problem)
    print("%d commands, %d options checked; %d problems" % (len(commands), len(options), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
