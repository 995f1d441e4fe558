# mk/difftest.mk: `make difftest`, a short differential run of generated programs against python3.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# fuzz/gen_python.c writes random valid Python programs; fuzz/difftest runs them on kinglet and on
# python3 and reports every unit whose output differs (fuzz/DIFFTEST.md). `make difftest` first
# checks the generator itself (deterministic per seed, output compiles under python3), then runs
# 200 units: about 10 s. DIFFTEST_ARGS passes options, e.g. DIFFTEST_ARGS='--units 100000 -j2'.

GEN_PYTHON := $(BUILD)/fuzz/gen_python
DIFFTEST_ARGS ?= --units 200

.PHONY: difftest difftest-check

$(GEN_PYTHON): fuzz/gen_python.c
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARNFLAGS) -O2 -o $@ $<

difftest-check: $(GEN_PYTHON)
	$(PYTHON) fuzz/difftest --check-gen --gen $(GEN_PYTHON) --seeds 20

difftest: difftest-check $(KINGLET)
	$(PYTHON) fuzz/difftest --kinglet $(KINGLET) --gen $(GEN_PYTHON) $(DIFFTEST_ARGS)
