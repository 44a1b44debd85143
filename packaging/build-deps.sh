#!/usr/bin/env bash
# The Debian packages that building and testing the bundle and the .deb need beyond pip.
#   bash packaging/build-deps.sh check     names what is missing and how to install it (exit 1)
#   bash packaging/build-deps.sh install   installs what is missing with apt-get (root), saying so
# Why each: Qt's xcb and Wayland plugins link these X11/Wayland libraries (PyInstaller bundles
# only what the build machine has); patchelf removes the build machine's library paths from the
# bundle; dpkg-dev's dpkg-shlibdeps computes the package's dependencies; lintian and
# desktop-file-utils check the package and its menu entry; Xvfb runs the bundle on an X11 screen.
set -uo pipefail
PACKAGES=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libwayland-cursor0
          patchelf dpkg-dev lintian desktop-file-utils xvfb xauth)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
case "${1:-check}" in
  check)
    echo "error: missing Debian packages: ${missing[*]}" >&2
    echo "install them with 'sudo make build-deps' (or: sudo apt-get install ${missing[*]})" >&2
    exit 1 ;;
  install)
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
      echo "error: installing ${missing[*]} needs root and apt-get: sudo make build-deps" >&2
      exit 1
    fi
    echo "make build-deps: installing Debian packages with apt-get: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "error: apt-get could not install ${missing[*]}" >&2; exit 1; } ;;
  *) echo "usage: build-deps.sh check|install" >&2; exit 2 ;;
esac
