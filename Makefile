# Two commands do everything on a fresh machine: `make run` and `make test`.
# Each creates or updates the local virtual environment (.venv) from pyproject.toml first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-bundle screenshot build-deps package deb clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m viewer

# The tests build the bundle and the .deb, so they want build-deps' Debian packages (it says what
# it installs; without root it cannot, and the packaging tests say so and are skipped).
test: $(STAMP)
	bash packaging/build-deps.sh install || echo "make test: the packaging tests will be skipped" >&2
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/search.py
	$(PY) benchmarks/pdq.py
	$(PY) benchmarks/library.py

bench-bundle: $(STAMP)
	$(PY) benchmarks/bundle.py

# Debian packages beyond pip (X11 libraries to bundle, patchelf, dpkg-dev, lintian, Xvfb):
# installed with apt-get, as root, only what is missing; it names them first.
build-deps:
	bash packaging/build-deps.sh install

# LIBRARY=DIR ships an imported PDQ library (clinic-viewer import) inside the bundle.
package: $(STAMP)
	PY=$(PY) LIBRARY=$(LIBRARY) bash packaging/build.sh

deb: package
	PY=$(PY) bash packaging/build_deb.sh

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen:configfile=scripts/offscreen-screen.json $(PY) scripts/screenshot.py docs  # a 1920x1080 screen (the default is 800x600)

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
