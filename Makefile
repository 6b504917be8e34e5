# Two commands do all set-up: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test test-later lint bench screenshots clean dist dist-test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python build_scripts/build_translations.py $<

# On Linux, Qt needs some system libraries its wheels do not carry: installed here when run as
# root, otherwise the one `sudo apt-get install …` line is printed and the command stops.
run: $(STAMP) $(TRANSLATIONS)
	$(BIN)/python build_scripts/check_system.py
	$(BIN)/tuquan

# Both cores: a test file stays on one worker, so its module fixtures are built once.
TEST_ENV := QT_QPA_PLATFORM=offscreen TUQUAN_KDF_TARGET_SECONDS=0
PYTEST := $(BIN)/python -m pytest -q -n auto --dist loadfile

test: $(STAMP) $(TRANSLATIONS)
	$(BIN)/python build_scripts/check_system.py
	$(BIN)/ruff check desktop db tests build_scripts benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	url=$$(sh build_scripts/test_postgres.sh start); \
	TUQUAN_TEST_POSTGRES_URL=$$url $(TEST_ENV) $(PYTEST); \
	status=$$?; sh build_scripts/test_postgres.sh stop; exit $$status

# The whole suite again with the clock 400 days ahead (libfaketime, Debian package `faketime`),
# so a test that depends on the day it runs fails now, not in a year. Only the tests' processes
# are moved: the throwaway PostgreSQL server keeps the real time, as a server would.
test-later: $(STAMP) $(TRANSLATIONS)
	@echo "The tests' clock: $$(faketime -f +400d date -u '+%Y-%m-%d %H:%M UTC') (today $$(date -u +%Y-%m-%d))"
	url=$$(sh build_scripts/test_postgres.sh start); \
	TUQUAN_TEST_POSTGRES_URL=$$url $(TEST_ENV) faketime -f +400d $(PYTEST); \
	status=$$?; sh build_scripts/test_postgres.sh stop; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check desktop db tests build_scripts benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm

screenshots: $(STAMP) $(TRANSLATIONS)
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python build_scripts/screenshots.py
	QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1200x24" $(BIN)/python build_scripts/screenshots.py --scaled

$(VENV)/.dist-stamp: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

# A one-folder build for this platform (dist/tuquan), then its size and the size of the
# compressed archive a user downloads (dist/size.json). TUQUAN_BUILD=police: the build that
# carries the PostgreSQL driver. `make dist-test` then runs the built programs headless.
dist: $(VENV)/.dist-stamp $(TRANSLATIONS)
	$(BIN)/pyinstaller build_scripts/tuquan.spec --distpath dist --workpath build/pyinstaller -y --log-level WARN
	$(BIN)/python build_scripts/dist_size.py dist/tuquan

dist-test: dist
	sh build_scripts/dist_smoke_test.sh dist/tuquan

# Speed and memory against DESIGN §8 (not part of `make test`); BENCH_ARGS=--quick for small sizes.
bench: $(STAMP) $(TRANSLATIONS)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)
