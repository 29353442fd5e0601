# SPDX-License-Identifier: MIT
# fish completion for kbrief(1): commands, each command's options with their values, rule
# names, and files. Installed as share/fish/vendor_completions.d/kbrief.fish.

set -l commands json markdown timeline check dates text
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a json -d 'Segment briefs and print their structure as JSON'
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a markdown -d 'Render briefs as Pandoc-compatible Markdown'
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a timeline -d 'List every dated statement of briefs as a timeline'
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a check -d 'Report formatting problems in briefs'
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a dates -d 'Find and resolve the date expressions of plain text'
complete -c kbrief -f -n "not __fish_seen_subcommand_from $commands" -a text -d 'Print the text kbrief reads from briefs (a PDF\'s text layer)'
complete -c kbrief -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version and exit'
complete -c kbrief -s h -l help -d 'Print help and exit'
complete -c kbrief -r -F -l config -d 'Read options from this TOML file'

# Every command: inputs and their decoding.
set -l any "__fish_seen_subcommand_from $commands"
complete -c kbrief -n $any -s r -l recursive -d 'Read the files under each directory given'
complete -c kbrief -n $any -x -l glob -d 'Which files -r takes from directories'
complete -c kbrief -n $any -r -F -l files-from -d 'Also read the paths listed in FILE'
complete -c kbrief -n $any -s 0 -l null -d '--files-from names are separated by NUL'
complete -c kbrief -n $any -x -l input-format -a 'text jsonl' -d 'What the inputs hold'
complete -c kbrief -n $any -x -s j -l jobs -d 'Process N documents at once'
complete -c kbrief -n $any -l no-progress -d 'No progress line on standard error'
complete -c kbrief -n $any -x -l encoding -a 'auto UTF-8 UTF-16LE UTF-16BE UTF-32LE UTF-32BE EUC-KR CP949' -d "The inputs' encoding"
complete -c kbrief -n $any -x -l max-size -d 'Refuse a document larger than SIZE bytes'
complete -c kbrief -n $any -l lossy -d 'Replace invalid byte sequences with U+FFFD'
complete -c kbrief -n $any -x -l password -d 'The password that opens encrypted PDF inputs'
complete -c kbrief -n $any -r -F -s o -l output -d 'Write to FILE or into DIR'
complete -c kbrief -n "__fish_seen_subcommand_from json timeline check dates" -x -l ref-date -d 'The writing date relative dates count from (YYYY-MM-DD)'

complete -c kbrief -n '__fish_seen_subcommand_from json' -l pretty -d 'Indent the JSON over several lines'

complete -c kbrief -n '__fish_seen_subcommand_from markdown' -l expand-lists -d 'Render inline lists as ordered lists'
complete -c kbrief -n '__fish_seen_subcommand_from markdown' -x -l wrap -d 'Wrap prose at N display columns'

complete -c kbrief -n '__fish_seen_subcommand_from timeline' -x -l format -a 'csv jsonl' -d 'Output format'
complete -c kbrief -n '__fish_seen_subcommand_from timeline' -x -l origin -a 'all body footnote' -d 'Which dates'
complete -c kbrief -n '__fish_seen_subcommand_from timeline' -l sort -d 'Sort the rows of all inputs together by date'

set -l rules '(kbrief check --list-rules 2>/dev/null | string match -r -g "^  ([a-z][a-z0-9-]*) +(?:error|warning|info|off)\b")'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l format -a 'text json github sarif' -d 'Output format'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l fail-on -a 'error warning never' -d 'Exit 1 on findings at least this severe'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l disable -a "$rules" -d 'Turn a rule off'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l enable -a "$rules" -d 'Turn a rule back on'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l severity -a "$rules" -d "Set a rule's severity (RULE=LEVEL)"
complete -c kbrief -n '__fish_seen_subcommand_from check' -l list-rules -d 'List the rules'
complete -c kbrief -n '__fish_seen_subcommand_from check' -x -l color -a 'auto always never' -d 'Colour the text report'
complete -c kbrief -n '__fish_seen_subcommand_from check' -s q -l quiet -d 'No summary line on standard error'

complete -c kbrief -n '__fish_seen_subcommand_from dates' -x -l format -a 'jsonl csv' -d 'Output format'
