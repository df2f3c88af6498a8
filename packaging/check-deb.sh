#!/usr/bin/env bash
# Install a windown .deb on this machine and check it as a person would use it, then remove
# it and check that nothing is left behind. CI runs on a developer's own machine: the package
# is purged again on every way out (trap).
#
#   packaging/check-deb.sh target/debian/windown_0.1.0-1_amd64.deb
#
# Needs root (dpkg -i). The checks run as the unprivileged user `nobody`, with a private HOME.
set -euo pipefail
deb="${1:?usage: packaging/check-deb.sh PATH.deb}"
[ "$(id -u)" = 0 ] || { echo "check-deb: needs root for dpkg -i" >&2; exit 1; }
if dpkg -s windown >/dev/null 2>&1; then
  echo "check-deb: a windown package is already installed here; not touching it" >&2
  exit 1
fi
home="$(mktemp -d)"
cleanup() {
  dpkg -P windown >/dev/null 2>&1 || true
  rm -rf "$home"
}
trap cleanup EXIT
chown nobody "$home"
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
as_user() {
  runuser -u nobody -- env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_STATE_HOME="$home/.local/state" "$@"
}

echo "check-deb: dpkg -i $deb"
dpkg -i "$deb" >/dev/null
files="$(dpkg -L windown)"

# The program from PATH, as a person types it.
[ "$(as_user sh -c 'command -v windown')" = /usr/bin/windown ] || fail "windown is not /usr/bin/windown on PATH"
version="$(as_user windown --version)"
[ "$version" = "windown $(dpkg-query -W -f='${Version}' windown | sed 's/-[0-9]*$//')" ] ||
  fail "windown --version says \"$version\""
echo "check-deb: $version from PATH"
as_user windown-remind --help >/dev/null 2>&1 && fail "windown-remind took an argument" || true

# Runs where the Depends say it does: no need of glibc 2.36's packed relocations (build.rs).
for b in /usr/bin/windown /usr/bin/windown-remind; do
  grep -aq GLIBC_ABI_DT_RELR "$b" && fail "$b needs glibc 2.36 (packed relocations), more than its Depends say" || true
done

# The man page, through man.
as_user env MANPAGER=cat MANWIDTH=80 man windown 2>/dev/null | grep -q "windown" ||
  fail "man windown shows nothing"
echo "check-deb: man windown"

# The bash completion, loaded the way bash-completion loads it, then asked for the commands.
words="$(as_user bash -c '
  source /usr/share/bash-completion/completions/windown
  complete -p windown >/dev/null || exit 1
  COMP_WORDS=(windown s); COMP_CWORD=1; COMP_LINE="windown s"; COMP_POINT=${#COMP_LINE}
  fn=$(complete -p windown | sed -n "s/.*-F \([^ ]*\).*/\1/p")
  "$fn" windown s windown
  printf "%s\n" "${COMPREPLY[@]}"')" || fail "the bash completion does not load"
grep -qx setup <<<"$words" || fail "the bash completion does not offer setup: $words"
echo "check-deb: bash completion offers $(tr '\n' ' ' <<<"$words")"
for f in /usr/share/zsh/vendor-completions/_windown /usr/share/fish/vendor_completions.d/windown.fish; do
  [ -s "$f" ] || fail "$f is missing"
done

# The desktop entry and its icon.
desktop-file-validate /usr/share/applications/windown.desktop || fail "desktop entry"
grep -qx 'Exec=windown cramp' /usr/share/applications/windown.desktop || fail "no Cramp now action"
[ -s /usr/share/icons/hicolor/scalable/apps/windown.svg ] || fail "no icon"
echo "check-deb: desktop entry valid"

# The user unit: valid, and enabled for no one.
unit=/usr/lib/systemd/user/windown-remind.service
[ -s "$unit" ] || fail "no user unit"
if command -v systemd-analyze >/dev/null; then
  # `verify` looks for the unit's program; it is installed, so any complaint is the unit's.
  out="$(systemd-analyze verify "$unit" 2>&1)" || fail "systemd-analyze verify: $out"
  [ -z "$out" ] || fail "systemd-analyze verify: $out"
  echo "check-deb: systemd-analyze verify $unit"
else
  echo "check-deb: no systemd-analyze here: the unit's syntax is not checked"
fi
[ ! -e /etc/systemd/user/graphical-session.target.wants/windown-remind.service ] ||
  fail "the unit was enabled for every user"

# The docs the help points to.
[ -s /usr/share/doc/windown/README.md ] && [ -d /usr/share/doc/windown/docs ] || fail "no docs"
as_user windown --help | grep -q /usr/share/doc/windown || fail "--help does not name the docs"

# Removed, nothing is left behind.
dpkg -r windown >/dev/null
left=""
while IFS= read -r f; do
  [ -n "$f" ] && [ ! -d "$f" ] && [ -e "$f" ] && left+="$f "
done <<<"$files"
[ -z "$left" ] || fail "dpkg -r left $left"
[ ! -d /usr/share/doc/windown ] || fail "dpkg -r left /usr/share/doc/windown"
echo "check-deb: dpkg -r left nothing behind"
echo "check-deb: ok"
