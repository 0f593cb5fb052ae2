#!/usr/bin/env bash
# Builds scopewalk for release with the Swift standard library linked in statically (the
# binary then needs only the C library and ncursesw: Debian's libncursesw6), and installs
# it with its man pages and bash, zsh and fish completions.
#
#   bash install.sh [--prefix DIR]      (default /usr/local)
set -euo pipefail
cd "$(dirname "$0")"
prefix=/usr/local
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (usage: bash install.sh [--prefix DIR])" >&2; exit 64 ;;
  esac
done

# A build folder of its own, so a development build (or a test running this script) is not
# in the way.
scratch=.build-install
# ICU's NFKC (for Python's non-ASCII names) linked in, where a development build loads the
# runtime's shared ICU when it first needs it (Sources/Dialects/Python/NFKC.swift).
flags=(-Xswiftc -DSTATIC_ICU -Xlinker -l_FoundationICU -Xlinker -lstdc++)
# A position-dependent executable: a position-independent one starts by applying 40,000
# relocations, which writes to (and so keeps in memory) 1.5 MiB of pages a run never reads
# otherwise. Libraries, heap and stacks are still placed at random.
flags+=(-Xswiftc -Xclang-linker -Xswiftc -no-pie)
swift build --scratch-path "$scratch" -c release --static-swift-stdlib "${flags[@]}" --product scopewalk
binary="$(swift build --scratch-path "$scratch" -c release --static-swift-stdlib "${flags[@]}" --show-bin-path)/scopewalk"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/scopewalk"

# Man pages from the command definitions: swift-argument-parser's generate-manual tool, run
# on the installed binary. (Its plugin would rebuild scopewalk into this folder without the
# static runtime, and a second run of this script could then install that build.)
manuals="$(mktemp -d)"
trap 'rm -rf "$manuals"' EXIT
swift build --scratch-path "$scratch" -c release --static-swift-stdlib "${flags[@]}" --product generate-manual
"$(dirname "$binary")/generate-manual" "$prefix/bin/scopewalk" --multi-page --output-directory "$manuals" >/dev/null
version="$("$prefix/bin/scopewalk" --version)"
sed -i "s/^\.Os\$/.Os scopewalk $version/" "$manuals"/*.1
install -m 644 "$manuals"/*.1 "$prefix/share/man/man1/"

# Completions from the same definitions.
"$prefix/bin/scopewalk" --generate-completion-script bash >"$prefix/share/bash-completion/completions/scopewalk"
"$prefix/bin/scopewalk" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_scopewalk"
"$prefix/bin/scopewalk" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/scopewalk.fish"

echo "installed scopewalk $version in $prefix"
