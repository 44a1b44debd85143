#!/usr/bin/env bash
# Builds dist/clinic-viewer_<version>_<arch>.deb from the bundle (make package) with Debian's own
# tools: dpkg-shlibdeps for the dependencies, dpkg-deb for the package. `make deb` runs both.
# The package's copy of the bundle uses Debian's libraries wherever Debian provides them
# (system_libraries.py), ships md5sums, and is reproducible: the same checkout and bundle give
# the same bytes (dates from the last commit, files in name order, owned by root, fixed modes).
#   PY=python  DIST=dist  WORK=build/deb  bash packaging/build_deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/deb}
bundle="$DIST/clinic-viewer"
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture readelf; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing: run 'make build-deps' (Debian's dpkg-dev)" >&2; exit 1; }
done
[ -x "$bundle/clinic-viewer" ] || { echo "error: no bundle in $bundle: run 'make package' first" >&2; exit 1; }
version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
# Dates in the package come from the last commit, so the same checkout builds the same package.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)  # absolute: dpkg-shlibdeps runs from another folder
root="$WORK/root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/clinic-viewer" \
         "$root/usr/share/man/man1" "$root/usr/share/lintian/overrides" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/clinic-viewer"
rm -f "$root/opt/clinic-viewer/install.sh" "$root/opt/clinic-viewer/clinic-viewer.desktop"  # the package does their work
# Debian's copy of every library Debian provides, so its security updates reach the app; the
# removed ones that nothing left links (dlopen()ed) come back as Depends of their own.
dlopened=$("$PY" packaging/system_libraries.py "$root/opt/clinic-viewer")

install -m 755 packaging/debian/clinic-viewer.sh "$root/usr/bin/clinic-viewer"
install -m 644 packaging/clinic-viewer.desktop "$root/usr/share/applications/clinic-viewer.desktop"
for png in resources/icons/clinic-viewer-*.png; do
  size=$(basename "$png" .png); size=${size##*-}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/clinic-viewer.png"
done
install -m 644 packaging/icon.svg "$root/usr/share/icons/hicolor/scalable/apps/clinic-viewer.svg"
install -m 644 packaging/debian/copyright "$root/usr/share/doc/clinic-viewer/copyright"
sed "s/@VERSION@/$version/; s/@DATE@/$(date -R -u -d "@$SOURCE_DATE_EPOCH")/" packaging/debian/changelog \
  | gzip -9n > "$root/usr/share/doc/clinic-viewer/changelog.gz"
sed "s/@VERSION@/$version/" packaging/debian/clinic-viewer.1 | gzip -9n > "$root/usr/share/man/man1/clinic-viewer.1.gz"
install -m 644 packaging/debian/lintian-overrides "$root/usr/share/lintian/overrides/clinic-viewer"
find "$root" -type d -exec chmod 755 {} +
chmod -R u+rw,go+rX,go-w "$root"  # whatever the umask of the build

# The libraries the bundle's programs need from the system, as Debian packages.
elves=$(find "$root/opt" -type f \( -name '*.so*' -o -name clinic-viewer \) -exec sh -c \
        'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
searchdirs=$(find "$root/opt" -type d -printf ' -l%p')
mkdir -p "$WORK/shlibs/debian"
printf 'Source: clinic-viewer\n\nPackage: clinic-viewer\nArchitecture: %s\n' "$arch" > "$WORK/shlibs/debian/control"
depends=$(cd "$WORK/shlibs" && dpkg-shlibdeps -O --ignore-missing-info $searchdirs $elves 2>/dev/null \
          | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "error: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
if [ -n "$dlopened" ]; then
  depends=$(printf '%s\n' "$depends" | sed 's/, /\n/g' | cat - <(printf '%s\n' "$dlopened") | LC_ALL=C sort -u | paste -sd, - | sed 's/,/, /g')
fi

# Installed-Size as dpkg-gencontrol counts it (each file's size in KiB, rounded up; 1 for anything
# else), not du's blocks, which differ from one filesystem to another.
size=$(find "$root" -mindepth 1 -path "$root/DEBIAN" -prune -o \( -type f -printf '%s\n' -o -printf '1\n' \) \
       | awk '{ kib += int(($1 + 1023) / 1024) } END { print kib }')
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@SIZE@/$size/" packaging/debian/control > "$root/DEBIAN/control"
# md5sums, for dpkg --verify and debsums: every file the package installs, in name order.
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums" "$root/DEBIAN/control"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +  # one date for every member
deb="$DIST/clinic-viewer_${version}_${arch}.deb"
# dpkg-deb sorts the members and takes the dates from SOURCE_DATE_EPOCH; its xz stream is the same
# whatever the number of threads (1 and 2 checked).
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
(cd "$DIST" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
echo "built $deb ($(du -h "$deb" | cut -f1)) and its .sha256"
