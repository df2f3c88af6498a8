#!/usr/bin/env bash
# Build windown's .deb: the `dist` profile, then the man page and the completion scripts made by
# the binary just built (so they are never stale), then `cargo deb` around them. Prints the
# .deb's path on the last line. cargo-deb is installed (`cargo install --locked`) only when
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install --locked cargo-deb
cargo build --profile dist --locked
target="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$target/dist/windown"
out="$target/package-assets"
mkdir -p "$out"
"$bin" man | gzip -9n >"$out/windown.1.gz"
"$bin" completions bash >"$out/windown.bash"
"$bin" completions zsh >"$out/_windown"
"$bin" completions fish >"$out/windown.fish"
cargo deb --profile dist --no-build --output "$target/debian/" | tail -n 1
