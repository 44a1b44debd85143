#!/usr/bin/env bash
# Debian packages a Linux build needs beyond pip: the X11 libraries Qt's xcb platform plugin
# links to (PyInstaller can only bundle what is installed on the build machine), and Xvfb for
# the smoke test of the bundle on a real (virtual) screen. Installs only what is missing.
set -uo pipefail
needed=()
for pkg in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 xvfb xauth; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "warning: missing Debian packages ${needed[*]}; install them (apt-get install ${needed[*]})" >&2
  exit 0
fi
echo "installing ${needed[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null \
  || echo "warning: could not install ${needed[*]}: the bundle may not start on an X11 screen" >&2
