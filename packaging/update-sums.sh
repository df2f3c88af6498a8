#!/usr/bin/env bash
# Write the checksum of the crate `cargo package` makes into the AUR PKGBUILD and the Homebrew
# formula (both build from that crate as crates.io serves it). Run it on the commit that is
# published, after `cargo publish --dry-run`: a change to any file the crate holds changes it.
set -euo pipefail
cd "$(dirname "$0")/.."
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
cargo package --locked --no-verify --quiet
crate="${CARGO_TARGET_DIR:-target}/package/windown-$version.crate"
sum="$(sha256sum "$crate" | cut -d' ' -f1)"
sed -i "s/^pkgver=.*/pkgver=$version/; s/^sha256sums=.*/sha256sums=('$sum')/" packaging/aur/PKGBUILD
sed -i "s|crates/windown/windown-.*\.crate\"|crates/windown/windown-$version.crate\"|; s/^  sha256 \".*\"/  sha256 \"$sum\"/" \
  packaging/homebrew/windown.rb
# .SRCINFO, which the AUR needs beside the PKGBUILD (makepkg refuses to run as root).
if [ "$(id -u)" = 0 ]; then
  tmp="$(mktemp -d)"
  cp packaging/aur/PKGBUILD "$tmp/"
  chown -R nobody "$tmp"
  (cd "$tmp" && runuser -u nobody -- env HOME="$tmp" makepkg --printsrcinfo) >packaging/aur/.SRCINFO
  rm -rf "$tmp"
else
  (cd packaging/aur && makepkg --printsrcinfo >.SRCINFO)
fi
echo "windown $version: $sum"
