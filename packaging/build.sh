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

bash packaging/install-build-deps.sh
"$PY" -m PyInstaller --noconfirm --clean --log-level ERROR --distpath "$DIST" --workpath "$WORK" packaging/clinic-viewer.spec
cp packaging/clinic-viewer.desktop "$DIST/clinic-viewer/"
cp packaging/README-workstation.txt "$DIST/clinic-viewer/README.txt"

archive="clinic-viewer-$version-$platform.tar.gz"
tar -C "$DIST" -czf "$DIST/$archive" clinic-viewer
(cd "$DIST" && sha256sum "$archive" > "$archive.sha256")
echo "built $DIST/clinic-viewer/ ($(du -sh "$DIST/clinic-viewer" | cut -f1)), $DIST/$archive and $DIST/$archive.sha256"
