# Makefile: build, test and check kinglet; `make help` lists the targets.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# One Makefile drives everything so that a developer and CI run the same commands. The rules
# live in mk/: variants.mk picks the flags of a build variant, unix.mk builds the unix
# executable, unit.mk the Check unit tests, arm.mk the Cortex-M compile check, ports.mk the
# bare-metal boards (each port's Makefile includes port.mk), format.mk the clang-format
# targets, fuzz.mk the fuzzing harnesses and difftest.mk the differential run against python3.
# Every variant builds into its own folder (unix/build, unix/build-asan, ...), so switching
# between them never mixes objects.

.DEFAULT_GOAL := all
SHELL := /bin/bash

PYTHON ?= python3
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

include mk/variants.mk
include mk/unix.mk
include mk/cross.mk
include mk/unit.mk
include mk/arm.mk
include mk/ports.mk
include mk/format.mk
include mk/difftest.mk
include mk/fuzz.mk

.PHONY: all run test test-cross valgrind-test gcstress-test coverage bench clean help

all: $(KINGLET) $(KINGLET_CROSS)

# The suite again, every program (and every module it imports) precompiled by kinglet-cross and
# run from its .kbc file. Also part of `make test`: about 20 s with -j2.
test-cross: $(KINGLET) $(KINGLET_CROSS)
	tests/run --target cross --kinglet $(KINGLET)

# tests/ under valgrind's memcheck, on the valgrind variant (-O1, the collector's stack scan
# annotated): any error, or a block definitely lost at exit, makes valgrind exit with 99 and print
# its report into the test's output, which fails the test. Not part of make test: valgrind makes
# the interpreter 20 to 50 times slower and the suite takes about 30 min with -j2
# (docs/testing.md).
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite
valgrind-test:
	$(MAKE) -j$(JOBS) VARIANT=valgrind all
	tests/run --slow --timeout 600 --wrapper "$(VALGRIND)" --kinglet unix/build-valgrind/kinglet

# The unit tests, then tests/, on the GC-stress build, which collects before every GC_STRESS-th
# allocation (1, the default: every one, except for the GC_HEAVY tests of tests/run). Not part
# of make test either (docs/testing.md gives the times).
GC_STRESS ?= 1
GC_HEAVY_PERIOD ?= 16
gcstress-test:
	$(MAKE) -j$(JOBS) VARIANT=gcstress all
	$(MAKE) -j$(JOBS) VARIANT=gcstress unit
	KINGLET_GC_STRESS=$(GC_STRESS) KINGLET_GC_HEAVY_PERIOD=$(GC_HEAVY_PERIOD) \
	    tests/run --slow --timeout 1200 --kinglet unix/build-gcstress/kinglet

# exec so the REPL owns the terminal and Ctrl-C reaches the interpreter, not make.
run: $(KINGLET)
	exec $(KINGLET)

# Every suite, cheapest first, stopping at the first one that fails. Sub-makes get -j so the
# five builds use both cores; the test runners parallelise themselves.
test:
	ci/deps
	$(MAKE) -j$(JOBS) all
	$(MAKE) -j$(JOBS) unit
	tests/run --kinglet unix/build/kinglet
	tests/run --target cross --kinglet unix/build/kinglet
	$(PYTHON) tests/cmdline/run_cmdline.py --kinglet unix/build/kinglet
	$(PYTHON) tests/repl/run_repl.py --kinglet unix/build/kinglet
	$(MAKE) -j$(JOBS) VARIANT=asan all
	$(MAKE) -j$(JOBS) VARIANT=asan unit-loader
	tests/run --kinglet unix/build-asan/kinglet
	$(MAKE) -j$(JOBS) VARIANT=ubsan all
	tests/run --kinglet unix/build-ubsan/kinglet
	$(MAKE) -j$(JOBS) VARIANT=clang all
	$(MAKE) -j$(JOBS) arm-check
	$(MAKE) ports-test
	$(MAKE) -j$(JOBS) fuzz-smoke
	$(MAKE) difftest-check
	$(MAKE) format-check
	@echo "make test: every suite passed"

# Counters from an earlier run, and those of the build itself (kinglet-cross compiles lib/ for
# the frozen table), are deleted before the suites run, so the figure describes this run alone.
# A failing test still yields a report (coverage is a measurement, not a gate).
coverage:
	$(MAKE) -j$(JOBS) VARIANT=coverage all unit-build
	find unix/build-coverage -name '*.gcda' -delete
	-tests/run --kinglet unix/build-coverage/kinglet
	-$(PYTHON) tests/cmdline/run_cmdline.py --kinglet unix/build-coverage/kinglet
	-$(PYTHON) tests/repl/run_repl.py --kinglet unix/build-coverage/kinglet
	-$(MAKE) VARIANT=coverage unit
	$(PYTHON) ci/coverage unix/build-coverage vm

# BENCH_ARGS passes options through: make bench BENCH_ARGS='--callgrind fib'
bench: $(KINGLET)
	bench/run --kinglet $(KINGLET) $(BENCH_ARGS)

clean:
	rm -rf unix/build unix/build-* build tests/results ports/*/build-*

help:
	@echo "make [VARIANT=release|debug|asan|ubsan|coverage|valgrind|gcstress|fuzz|clang] [CC=...] TARGET"
	@echo "  all           build $(KINGLET) (the default)"
	@echo "  run           build, then start the REPL"
	@echo "  unit          build and run tests/unit/test_*.c (Check)"
	@echo "  unit-loader   only the .kbc loader's unit tests (VARIANT=asan in make test)"
	@echo "  test          every suite: what CI runs (.ci/run)"
	@echo "  test-cross    tests/ run from .kbc files compiled by kinglet-cross"
	@echo "  valgrind-test tests/ under valgrind's memcheck (slow: not in make test)"
	@echo "  gcstress-test tests/ on the GC-stress build (GC_STRESS=N: collect every Nth allocation)"
	@echo "  coverage      vm/ line coverage of tests/ and the unit tests"
	@echo "  bench         bench/run against python3 (BENCH_ARGS='...' for its options)"
	@echo "  arm-check     compile vm/*.c for Cortex-M3 with arm-none-eabi-gcc"
	@echo "  FROZEN=source freeze lib/ as source, not as kinglet-cross bytecode (the default)"
	@echo "  ports         build every board of ports/ (make -C ports/arm BOARD=... for one)"
	@echo "  ports-test    ports, the template for each architecture, and boot the QEMU boards"
	@echo "  format        clang-format -i the C sources"
	@echo "  format-check  fail if any C source is not formatted"
	@echo "  difftest      200 generated programs on kinglet and python3 (DIFFTEST_ARGS='...')"
	@echo "  difftest-check  fuzz/gen_python is deterministic and its programs compile"
	@echo "  fuzz-smoke    build fuzz/ both ways, run each harness on its corpus (SECONDS=N each)"
	@echo "  fuzz          the libFuzzer, AFL++ and CmpLog builds, corpora and dictionaries"
	@echo "  clean         remove every build folder"
