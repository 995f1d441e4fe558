# mk/variants.mk: the compiler flags of each build variant and the folder it builds into.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# `make VARIANT=name` selects one. The flags that matter for correctness (the warning set and
# the C standard) are the same for all of them; variants only add optimisation, sanitisers,
# instrumentation or KL_CFG_* switches.

VARIANT ?= release

ifeq ($(VARIANT),release)
BUILD := unix/build
else
BUILD := unix/build-$(VARIANT)
endif

WARNFLAGS := -Wall -Wextra -Werror -Wundef -Wshadow
VARIANT_CFLAGS :=
VARIANT_LDFLAGS :=

ifeq ($(VARIANT),release)
VARIANT_CFLAGS := -O2 -g
else ifeq ($(VARIANT),debug)
VARIANT_CFLAGS := -O0 -g -DKL_CFG_DEBUG=1
else ifeq ($(VARIANT),asan)
VARIANT_CFLAGS := -O1 -g -fsanitize=address -fno-omit-frame-pointer
VARIANT_LDFLAGS := -fsanitize=address
else ifeq ($(VARIANT),ubsan)
# clang's UBSan: it also reports arithmetic on a null pointer (NULL + 0), which the fuzzers'
# clang builds found several times and gcc's does not check.
CC := clang
VARIANT_CFLAGS := -O1 -g -fsanitize=undefined -fno-sanitize-recover=all
VARIANT_LDFLAGS := -fsanitize=undefined
else ifeq ($(VARIANT),coverage)
VARIANT_CFLAGS := -O0 -g --coverage
VARIANT_LDFLAGS := --coverage
else ifeq ($(VARIANT),valgrind)
# For memcheck (make valgrind-test): -O1 keeps the code close to the source, which gcc's -O2
# sometimes is not in ways memcheck misreads, and the collector's stack scan is annotated.
VARIANT_CFLAGS := -O1 -g -DKL_CFG_VALGRIND=1
else ifeq ($(VARIANT),gcstress)
VARIANT_CFLAGS := -O1 -g -DKL_CFG_GC_STRESS=1
else ifeq ($(VARIANT),fuzz)
# asan plus libFuzzer's coverage hooks (clang only), for the harnesses in fuzz/: `make fuzz`.
CC := clang
VARIANT_CFLAGS := -O1 -g -fsanitize=address,fuzzer-no-link -fno-omit-frame-pointer
VARIANT_LDFLAGS := -fsanitize=address
else ifeq ($(VARIANT),clang)
# The release flags built with clang: its warnings differ from gcc's, and CI wants both clean.
CC := clang
VARIANT_CFLAGS := -O2 -g
else
$(error unknown VARIANT '$(VARIANT)': use release, debug, asan, ubsan, coverage, valgrind, gcstress, fuzz or clang)
endif

# `make CC=clang` without a VARIANT also works; it shares unix/build with gcc, which is why the
# flags are recorded below and a change of compiler rebuilds everything.
CFLAGS_ALL = -std=c11 $(WARNFLAGS) $(VARIANT_CFLAGS) $(CFLAGS)
LDFLAGS_ALL = $(VARIANT_LDFLAGS) $(LDFLAGS)
