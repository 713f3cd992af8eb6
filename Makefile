# The two commands of the project: `make demo` and `make test`. Both do the set-up first.
SHELL := /bin/bash
PYTHON ?= python3
export PYTHON

.PHONY: setup demo test test-slow check-clean export clean

setup:
	bash tools/setup.sh

# the main job: raw and classical deblurring on every other step of the synthetic set, scored by the official OCR
demo: setup
	$(PYTHON) -m restoration.bench data/hdc-synth --steps 0,2,4,6,8,10,12,14,16,18 --methods raw,wiener,rl,tv --out outputs/demo

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
