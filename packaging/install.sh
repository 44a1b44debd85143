#!/usr/bin/env bash
# Installs Clinic Reference Viewer from this folder (the unpacked archive), with a menu entry and
# icons that point at where it really is. For machines without dpkg; on Debian, prefer the .deb.
#
#   ./install.sh              for you alone (as root: for every user of the machine)
#   ./install.sh --user       ~/.local/share/clinic-viewer/app, ~/.local/bin, your menu and icons
#   sudo ./install.sh --system    /opt/clinic-viewer, /usr/local/bin, the machine's menu and icons
#   ./install.sh --prefix DIR ...   the same paths under DIR (for staging an image, or a test)
#   ./install.sh --uninstall [--user|--system] [--prefix DIR]    removes exactly what it wrote
#
# What it writes is recorded in the installed folder (.install-record); --uninstall removes those
# files and the folders it made, and nothing else (never a library of imported summaries).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mode="" prefix="" uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --user) mode=user ;;
    --system) mode=system ;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$mode" ] || { [ "$(id -u)" -eq 0 ] && mode=system || mode=user; }
if [ -n "$prefix" ]; then
  mkdir -p "$prefix"
  prefix=$(cd "$prefix" && pwd)
fi

if [ "$mode" = system ]; then
  if [ -z "$prefix" ] && [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: --system installs for every user and needs root: sudo $0 --system" >&2
    exit 1
  fi
  app="$prefix/opt/clinic-viewer" bin="$prefix/usr/local/bin" share="$prefix/usr/local/share"
else
  home=${prefix:-$HOME}
  app="$home/.local/share/clinic-viewer/app" bin="$home/.local/bin" share="$home/.local/share"
fi
record="$app/.install-record"

remove_recorded() {
  [ -f "$record" ] || { echo "install.sh: nothing installed at $app (no $record)" >&2; return 1; }
  local lines=() line i
  mapfile -t lines < "$record"  # read it all first: it goes with the app folder
  for line in "${lines[@]}"; do [ "${line%% *}" = file ] && rm -f -- "${line#file }"; done
  rm -rf -- "$app"
  # then the folders this script made, deepest (last made) first, if they are empty now
  for (( i=${#lines[@]}-1; i>=0; i-- )); do
    line=${lines[i]}
    case "${line%% *}" in dir|appdir) rmdir -- "${line#* }" 2>/dev/null || true ;; esac
  done
}

if [ "$uninstall" -eq 1 ]; then
  remove_recorded
  echo "removed Clinic Reference Viewer from $app, and its launcher, menu entry and icons"
  exit 0
fi

[ -x "$here/clinic-viewer" ] || { echo "install.sh: run it from the unpacked clinic-viewer folder" >&2; exit 1; }
[ -f "$record" ] && remove_recorded  # an earlier install here: replaced, not mixed
entries=()
make_dir() {  # mkdir -p, noting each folder it creates (so uninstall removes only those)
  local path=$1 kind=${2:-dir} missing=()
  while [ ! -d "$path" ]; do missing=("$path" "${missing[@]}"); path=$(dirname "$path"); done
  mkdir -p "$1"
  for path in "${missing[@]}"; do entries+=("$kind $path"); done
}

app_parent=$(dirname "$app")
make_dir "$app_parent" appdir
cp -a "$here" "$app.tmp.$$"
rm -f "$app.tmp.$$/.install-record"
mv "$app.tmp.$$" "$app"

make_dir "$bin"
launcher="$bin/clinic-viewer"
printf '#!/bin/sh\nexec "%s/clinic-viewer" "$@"\n' "$app" > "$launcher"
chmod 755 "$launcher"
entries+=("file $launcher")

for png in "$app"/_internal/resources/icons/clinic-viewer-*.png; do
  size=$(basename "$png" .png); size=${size##*-}
  target="$share/icons/hicolor/${size}x${size}/apps/clinic-viewer.png"
  make_dir "$(dirname "$target")"
  install -m 644 "$png" "$target"
  entries+=("file $target")
done

make_dir "$share/applications"
desktop="$share/applications/clinic-viewer.desktop"
icon="$share/icons/hicolor/256x256/apps/clinic-viewer.png"
# The Desktop Entry spec quotes an Exec path with spaces in double quotes.
exec_path="$app/clinic-viewer"
case "$exec_path" in *' '*) exec_path="\"$exec_path\"" ;; esac
sed -e "s|^Exec=.*|Exec=$exec_path|" -e "s|^Icon=.*|Icon=$icon|" -e '/^# /d' \
    "$app/clinic-viewer.desktop" > "$desktop"
chmod 644 "$desktop"
entries+=("file $desktop")

printf '%s\n' "${entries[@]}" > "$record"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || true; fi
echo "installed Clinic Reference Viewer in $app"
echo "  launcher:   $launcher"
echo "  menu entry: $desktop"
printf '  remove it:  %q --uninstall --%s%s\n' "$app/install.sh" "$mode" "${prefix:+ --prefix $(printf %q "$prefix")}"
