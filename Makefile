# Two commands do everything on a fresh machine: `make run` and `make test`.
# Each creates or updates the local virtual environment (.venv) from pyproject.toml first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshot package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m viewer

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/search.py
	$(PY) benchmarks/pdq.py

package: $(STAMP)
	PY=$(PY) bash packaging/build.sh

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
