# mk/fuzz.mk: the fuzzing harnesses of fuzz/, built for libFuzzer and for AFL++.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Each fuzz/fuzz_NAME.c is one LLVMFuzzerTestOneInput, built three ways, each in its own folder
# under build/fuzz/ with its own copy of the core (the instrumentation differs):
#
#   build/fuzz/libfuzzer/fuzz_NAME  clang -fsanitize=fuzzer,address,undefined
#   build/fuzz/afl/fuzz_NAME        afl-clang-fast, ASan + UBSan, fuzz/afl_main.c's persistent loop
#   build/fuzz/cmplog/fuzz_NAME     afl-clang-fast with AFL_LLVM_CMPLOG=1, no sanitiser (afl-fuzz -c)
#
# The core is compiled with fuzz/port_config.h and linked with fuzz/hal.c, never with unix/.
# fuzz-corpus and fuzz-dict generate the seeds and dictionaries (fuzz/gen_corpus.py,
# fuzz/gen_dict.py) into build/fuzz/; fuzz-smoke builds everything and runs each harness on its
# corpus for FUZZ_SECONDS (SECONDS=N also works); fuzz/run and fuzz/triage drive campaigns.
# AFL_CC=afl-clang-lto selects the LTO instrumentation (needs lld).

FUZZ_DIR := build/fuzz
FUZZ_NAMES := $(sort $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c)))
FUZZ_SUPPORT_SRC := fuzz/hal.c fuzz/support.c
AFL_CC ?= afl-clang-fast
# make's SECONDS would be the shell's counter in a recipe; only a value from the command line or
# the environment is taken.
ifneq ($(filter command line environment,$(origin SECONDS)),)
FUZZ_SECONDS ?= $(SECONDS)
endif
FUZZ_SECONDS ?= 10

FUZZ_WARN := -std=c11 $(WARNFLAGS)
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_FLAVOURS := libfuzzer afl cmplog

FUZZ_CC_libfuzzer := clang
FUZZ_CFLAGS_libfuzzer := -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link
FUZZ_LDFLAGS_libfuzzer := -fsanitize=fuzzer,address,undefined
FUZZ_MAIN_libfuzzer :=

FUZZ_CC_afl := AFL_QUIET=1 $(AFL_CC)
FUZZ_CFLAGS_afl := -O1 -g $(FUZZ_SAN)
FUZZ_LDFLAGS_afl := -fsanitize=address,undefined
FUZZ_MAIN_afl := fuzz/afl_main.c

FUZZ_CC_cmplog := AFL_QUIET=1 AFL_LLVM_CMPLOG=1 $(AFL_CC)
FUZZ_CFLAGS_cmplog := -O2 -g
FUZZ_LDFLAGS_cmplog :=
FUZZ_MAIN_cmplog := fuzz/afl_main.c

# ==== Generated headers ====
# One qstr table and one frozen-module header serve the three flavours; the qstr scan covers
# fuzz/ too, so a harness may name KL_QSTR_ constants.
FUZZ_QSTR_HDR := $(FUZZ_DIR)/genhdr/qstrdefs.generated.h
FUZZ_QSTR_SRC := $(sort $(wildcard vm/*.c vm/*.h fuzz/*.c fuzz/*.h))
FUZZ_FROZEN_HDR := $(FUZZ_DIR)/genhdr/frozen.generated.h

$(FUZZ_DIR)/genhdr/qstrdefs.stamp: $(FUZZ_QSTR_SRC) $(QSTR_DEFS) vm/gen_qstr.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_qstr.py $(FUZZ_QSTR_HDR) $(QSTR_DEFS) -- $(FUZZ_QSTR_SRC)
	@touch $@

$(FUZZ_DIR)/genhdr/frozen.stamp: $(FROZEN_SRC) vm/gen_frozen.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_frozen.py $(FUZZ_FROZEN_HDR) lib $(FROZEN_SRC)
	@touch $@

# The headers are by-products of the stamps and are rewritten only when their text changes, so
# objects depend on them, not on the stamps.
$(FUZZ_QSTR_HDR): $(FUZZ_DIR)/genhdr/qstrdefs.stamp
	@test -f $@ || $(PYTHON) vm/gen_qstr.py $@ $(QSTR_DEFS) -- $(FUZZ_QSTR_SRC)
$(FUZZ_FROZEN_HDR): $(FUZZ_DIR)/genhdr/frozen.stamp
	@test -f $@ || $(PYTHON) vm/gen_frozen.py $@ lib $(FROZEN_SRC)

FUZZ_GEN := $(FUZZ_QSTR_HDR) $(FUZZ_FROZEN_HDR)

# ==== One flavour ====
# $(1): the flavour. Objects depend on the generated headers; header dependencies come from
# -MMD.
define FUZZ_FLAVOUR
FUZZ_OBJ_$(1) := $$(patsubst %.c,$(FUZZ_DIR)/$(1)/%.o,$$(VM_SRC) $$(FUZZ_SUPPORT_SRC))
FUZZ_LIB_$(1) := $(FUZZ_DIR)/$(1)/libkinglet_fuzz.a
FUZZ_BIN_$(1) := $$(FUZZ_NAMES:%=$(FUZZ_DIR)/$(1)/fuzz_%)

$(FUZZ_DIR)/$(1)/%.o: %.c $$(FUZZ_GEN)
	@mkdir -p $$(@D)
	$$(FUZZ_CC_$(1)) $$(FUZZ_WARN) $$(FUZZ_CFLAGS_$(1)) -I. -Ifuzz -I$(FUZZ_DIR) -MMD -MP -c -o $$@ $$<

$$(FUZZ_LIB_$(1)): $$(FUZZ_OBJ_$(1))
	@rm -f $$@
	$$(AR) rcs $$@ $$^

$(FUZZ_DIR)/$(1)/fuzz_%: $(FUZZ_DIR)/$(1)/fuzz/fuzz_%.o $$(FUZZ_MAIN_$(1):%.c=$(FUZZ_DIR)/$(1)/%.o) $$(FUZZ_LIB_$(1))
	$$(FUZZ_CC_$(1)) $$(FUZZ_LDFLAGS_$(1)) -o $$@ $$^ -lm

# The harness objects are made by a chain of pattern rules: keep them.
.SECONDARY: $$(FUZZ_NAMES:%=$(FUZZ_DIR)/$(1)/fuzz/fuzz_%.o) $(FUZZ_DIR)/$(1)/fuzz/afl_main.o

-include $$(FUZZ_OBJ_$(1):.o=.d) $$(FUZZ_NAMES:%=$(FUZZ_DIR)/$(1)/fuzz/fuzz_%.d)
endef

$(foreach f,$(FUZZ_FLAVOURS),$(eval $(call FUZZ_FLAVOUR,$(f))))

# ==== Corpora and dictionaries ====
FUZZ_TESTS := $(sort $(wildcard tests/*/*.py))

$(FUZZ_DIR)/corpus.stamp: fuzz/gen_corpus.py $(FUZZ_TESTS) $(KINGLET_CROSS)
	$(PYTHON) fuzz/gen_corpus.py --cross $(KINGLET_CROSS) $(FUZZ_DIR)/corpus
	@touch $@

$(FUZZ_DIR)/dict.stamp: fuzz/gen_dict.py $(QSTR_DEFS) $(FUZZ_QSTR_HDR) vm/lexer.h
	$(PYTHON) fuzz/gen_dict.py $(FUZZ_QSTR_HDR) vm/lexer.h $(FUZZ_DIR)/dict
	@touch $@

# ==== Targets ====
.PHONY: fuzz fuzz-libfuzzer fuzz-afl fuzz-cmplog fuzz-corpus fuzz-dict fuzz-smoke

fuzz-libfuzzer: $(FUZZ_BIN_libfuzzer)
fuzz-afl: $(FUZZ_BIN_afl)
fuzz-cmplog: $(FUZZ_BIN_cmplog)
fuzz-corpus: $(FUZZ_DIR)/corpus.stamp
fuzz-dict: $(FUZZ_DIR)/dict.stamp
fuzz: fuzz-libfuzzer fuzz-afl fuzz-cmplog fuzz-corpus fuzz-dict

# Every harness built both ways; the AFL++ build replays what the campaigns found
# (fuzz/findings/NAME-*.input, each under 2 s: the hangs took minutes before their fixes), then
# its whole corpus (each seed once, as afl-fuzz's dry run would), the libFuzzer build fuzzes
# from it for FUZZ_SECONDS. A crash, a sanitiser report or a hang (an input over FUZZ_TIMEOUT
# seconds) fails the target.
FUZZ_TIMEOUT ?= 10
fuzz-smoke: fuzz-libfuzzer fuzz-afl fuzz-corpus fuzz-dict
	@set -e; for n in $(FUZZ_NAMES); do \
	    for f in $$(ls fuzz/findings/$$n-*.input 2>/dev/null); do \
	        timeout 2 $(FUZZ_DIR)/afl/fuzz_$$n $$f >/dev/null 2>$(FUZZ_DIR)/smoke-$$n-afl.log \
	            || { cat $(FUZZ_DIR)/smoke-$$n-afl.log; echo "fuzz-smoke: $$n: $$f failed again"; exit 1; }; \
	    done; \
	    c=$(FUZZ_DIR)/corpus/$$n; \
	    echo "fuzz-smoke: $$n: afl++ build on $$(ls $$c | wc -l) seeds"; \
	    timeout 300 $(FUZZ_DIR)/afl/fuzz_$$n $$c/* >/dev/null 2>$(FUZZ_DIR)/smoke-$$n-afl.log \
	        || { cat $(FUZZ_DIR)/smoke-$$n-afl.log; echo "fuzz-smoke: $$n: afl++ build failed"; exit 1; }; \
	    echo "fuzz-smoke: $$n: libFuzzer for $(FUZZ_SECONDS) s"; \
	    mkdir -p $(FUZZ_DIR)/smoke/$$n; \
	    $(FUZZ_DIR)/libfuzzer/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	        -dict=$(FUZZ_DIR)/dict/$$n.dict -artifact_prefix=$(FUZZ_DIR)/smoke/$$n- \
	        -print_final_stats=1 $(FUZZ_DIR)/smoke/$$n $$c >$(FUZZ_DIR)/smoke-$$n.log 2>&1 \
	        || { tail -40 $(FUZZ_DIR)/smoke-$$n.log; echo "fuzz-smoke: $$n: FAILED (log: $(FUZZ_DIR)/smoke-$$n.log)"; exit 1; }; \
	    grep -h '^stat::number_of_executed_units\|^stat::average_exec_per_sec' $(FUZZ_DIR)/smoke-$$n.log | tr '\n' ' '; echo; \
	done; echo "fuzz-smoke: every harness passed"
