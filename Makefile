# Every target sets up .venv itself; `make setup` is quick when nothing changed.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
ifeq ($(OS),Windows_NT)
# Windows (the release workflow: GNU make from Git Bash, PY=python): the venv's programs
BIN     := $(VENV)/Scripts
endif
STAMP   := $(VENV)/.installed
PROJECT ?=

export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup run test lint bench package screenshot translations schema clean

setup: $(STAMP)

$(STAMP): pyproject.toml setup.py desktop/core/_tokenscan.c
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,package]'
	@$(BIN)/python -c "import desktop.core._tokenscan" 2>/dev/null || echo "note: desktop/core/_tokenscan.c was not built (no C compiler?): Tawsim works, the prodigy, conll and spacy exports take their slower pure-Python path (docs/formats.md)"
	touch $(STAMP)

# First, on Linux: are the libraries Qt's xcb plugin loads installed? If not, it prints the
# one `apt-get install` line and stops (packaging/check_display_libs.py).
run: QT_QPA_PLATFORM=
run: setup
	@$(BIN)/python packaging/check_display_libs.py
	$(BIN)/tawsim $(PROJECT)

lint: setup
	$(BIN)/ruff check desktop tests bench docs packaging
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: setup
	$(BIN)/python -m bench

package: setup
	$(BIN)/python -m PyInstaller --noconfirm --clean build.spec
	$(BIN)/python packaging/archive.py
	$(BIN)/python packaging/deb.py

# The Arabic translation (docs/translation.md): lupdate reads every translate() and
# QT_TRANSLATE_NOOP() in desktop/ into the .ts (new strings come in unfinished, strings
# gone from the code are dropped), lrelease compiles the .ts into the .qm the window loads.
TS := resources/translations/tawsim_ar.ts
translations: setup
	find desktop -name '*.py' | LC_ALL=C sort > $(VENV)/lupdate-sources.lst
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -source-language en \
		-target-language ar @$(VENV)/lupdate-sources.lst -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

screenshot: setup
	$(BIN)/python docs/make_screenshots.py
	$(BIN)/python docs/make_screenshots.py --lang ar
	$(BIN)/python docs/make_review_screenshot.py
	$(BIN)/python docs/make_analysis_screenshots.py

# After editing resources/schema/default.toml: its parsed form beside it, which the window
# reads before its first frame instead of importing tomllib (a test checks it is current).
schema: setup
	$(BIN)/python -c "from desktop.core.schema import write_parsed; \
		from desktop.resources import default_schema_path as p; print(write_parsed(p()))"

clean:
	rm -rf build dist $(VENV)
