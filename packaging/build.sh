#!/usr/bin/env bash
# Builds the one-folder bundle dist/clinic-viewer/, an archive of it and the archive's SHA-256.
#   PY=python  DIST=dist  WORK=build/pyinstaller  bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
platform=$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)
# Dates in the bundle and the archive come from the last commit: the same checkout builds the same bytes.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

bash packaging/build-deps.sh check  # installs nothing: 'make build-deps' does, and says so
# A fixed hash seed: PyInstaller collects modules in set order, which it would otherwise change
# from run to run (base_library.zip's member order, the sets in compiled code).
PYTHONHASHSEED=0 "$PY" -m PyInstaller --noconfirm --clean --log-level ERROR --distpath "$DIST" --workpath "$WORK" packaging/clinic-viewer.spec
app="$DIST/clinic-viewer"
# Libraries linked on the build machine may carry its library path (a pyenv prefix, say): a
# workstation must never search there. Keep only the bundle's own $ORIGIN-relative entries.
# Shared libraries need no execute bit.
while IFS= read -r -d '' file; do
  head -c4 "$file" | grep -q ELF || continue
  case "$file" in *.so|*.so.*) chmod a-x "$file" ;; esac
  search=$(patchelf --print-rpath "$file" 2>/dev/null) || continue
  [ -n "$search" ] || continue
  kept=$(tr ':' '\n' <<<"$search" | { grep '^\$ORIGIN' || true; } | paste -sd: -)
  [ "$kept" = "$search" ] && continue
  if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$file"; else patchelf --remove-rpath "$file"; fi
done < <(find "$app" -type f -print0)
cp packaging/clinic-viewer.desktop "$app/"
cp packaging/README-workstation.txt "$app/README.txt"
install -m 755 packaging/install.sh "$app/install.sh"
if [ -n "${LIBRARY:-}" ]; then  # a site library: this week's PDQ summaries, shipped with the app
  "$PY" -m viewer.library.site "$LIBRARY" "$app/_internal/resources/library"
fi

archive="clinic-viewer-$version-$platform.tar.gz"
# Reproducible: members in name order, one date, owned by root, modes whatever the umask, and
# gzip without the file's name and time.
tar -C "$DIST" --format=gnu --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --mode=go-w,a+rX -cf - clinic-viewer | gzip -n > "$DIST/$archive"
(cd "$DIST" && sha256sum "$archive" > "$archive.sha256")
echo "built $DIST/clinic-viewer/ ($(du -sh "$DIST/clinic-viewer" | cut -f1)), $DIST/$archive and $DIST/$archive.sha256"
