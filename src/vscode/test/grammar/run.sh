#!/usr/bin/env bash
# Runs the TextMate grammar assertions of this folder with vscode-tmgrammar-test: the .neg files
# against syntaxes/neg.tmLanguage.json, the .md files against the Markdown grammar with the
# markdown.neg.codeblock injection (both come from ../../package.json's contributes.grammars).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmgrammar_test=node_modules/.bin/vscode-tmgrammar-test

"$tmgrammar_test" 'test/grammar/*.neg'

# The Markdown grammar embeds some sixty languages that are not installed here, and the tool warns
# once for each on stderr; only those warnings are dropped.
"$tmgrammar_test" -g node_modules/tm-grammars/grammars/markdown.json 'test/grammar/*.md' \
  2> >(grep -v '^grammar not found for ' >&2)
