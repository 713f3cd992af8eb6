# The two commands of the project: `make demo` and `make test`. Both do the set-up first.
SHELL := /bin/bash
PYTHON ?= python3
export PYTHON

.PHONY: setup demo test test-slow check-clean export clean

setup:
	bash tools/setup.sh

demo: setup
	$(PYTHON) -m restoration.demo

check-clean:
	bash tools/check_clean.sh

test: setup check-clean
	bash tools/test_nbs.sh

test-slow: setup check-clean
	bash tools/test_nbs.sh --flags slow

export:
	nbdev_clean && nbdev_export

clean:
	rm -rf outputs _proc _docs
