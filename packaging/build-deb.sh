#!/usr/bin/env bash
# Build windown's .deb: the `dist` profile (or WINDOWN_DEB_PROFILE), then the man page and the completion scripts made by
# the binary just built (so they are never stale), then `cargo deb` around them. Prints the
# .deb's path on the last line. cargo-deb is installed (`cargo install --locked`) only when
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install --locked cargo-deb
# WINDOWN_DEB_PROFILE=release packages the release build instead (CI: it is built already, and
# `dist` only writes out the same settings, so the binaries are the same bytes).
profile="${WINDOWN_DEB_PROFILE:-dist}"
# Plain relocations in a package: packed ones (build.rs) need glibc 2.36 wherever the binary
# runs, which the .deb's Depends, worked out by cargo-deb, would not say.
export WINDOWN_PLAIN_RELOCATIONS=1
cargo build --profile "$profile" --locked
target="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$target/$profile/windown"
out="$target/package-assets"
mkdir -p "$out"
"$bin" man | gzip -9n >"$out/windown.1.gz"
"$bin" completions bash >"$out/windown.bash"
"$bin" completions zsh >"$out/_windown"
"$bin" completions fish >"$out/windown.fish"
cargo deb --profile "$profile" --no-build --output "$target/debian/" | tail -n 1
