# Two commands do everything on a fresh machine: `make run` and `make test`.
# Each creates or updates the local virtual environment (.venv) from pyproject.toml first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-bundle screenshot translations build-deps package deb clean

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
	$(PY) benchmarks/last_place.py

bench-bundle: $(STAMP)
	$(PY) benchmarks/bundle.py

# The interface's catalogues (README: Languages): lupdate gathers every tr()/translate() string of
# viewer/ into resources/i18n/viewer_<language>.ts (English: its plural forms only), keeping the
# translations already made; lrelease compiles the .qm files the app loads (committed; a test
# checks they match their .ts). Translate what lupdate marks unfinished (Qt Linguist:
# .venv/bin/pyside6-linguist resources/i18n/viewer_es.ts), then run this again.
LANGUAGES := es
LUPDATE := $(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -extensions py -source-language en
translations: $(STAMP)
	$(LUPDATE) -target-language en -pluralonly viewer -ts resources/i18n/viewer_en.ts
	for lang in $(LANGUAGES); do $(LUPDATE) -target-language $$lang viewer -ts resources/i18n/viewer_$$lang.ts || exit 1; done
	$(VENV)/bin/pyside6-lrelease resources/i18n/viewer_en.ts $(LANGUAGES:%=resources/i18n/viewer_%.ts)

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
