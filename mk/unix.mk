# mk/unix.mk: the unix executable, $(BUILD)/kinglet, from vm/*.c and unix/*.c.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Sources are found by wildcard, so a new vm/obj_set.c is built without touching this file.
# Every object depends on the generated qstr table (vm/qstr.h includes it) and on the recorded
# compiler flags; header dependencies come from the compiler (-MMD -MP).

KINGLET := $(BUILD)/kinglet

VM_SRC := $(sort $(wildcard vm/*.c))
UNIX_SRC := $(sort $(wildcard unix/*.c))
VM_OBJ := $(VM_SRC:%.c=$(BUILD)/%.o)
UNIX_OBJ := $(UNIX_SRC:%.c=$(BUILD)/%.o)
# Everything of the port except main(): what the unit tests link against as their hal.
UNIX_LIB_OBJ := $(filter-out $(BUILD)/unix/main.o,$(UNIX_OBJ))

# Archives let a unit test link only the objects it needs: a test of vm/mpn.c must not fail to
# link because vm/compile.c is half written. The core's archive has no frozen modules (see
# FROZEN_NONE_OBJ): they are compiled by kinglet-cross, which links it.
VM_LIB := $(BUILD)/libkinglet.a
UNIX_LIB := $(BUILD)/libkinglet_unix.a

# libffi for unix/mod_ffi.c, and dlopen (in libc since glibc 2.34, in libdl before).
FFI_CFLAGS := $(shell pkg-config --cflags libffi 2>/dev/null)
FFI_LIBS := $(shell pkg-config --libs libffi 2>/dev/null || echo -lffi) -ldl

INCLUDES := -I. -Iunix -I$(BUILD) $(FFI_CFLAGS)
LIBS := -lm -pthread $(FFI_LIBS)

# ==== Generated qstr table ====
# gen_qstr.py rewrites the header only when its text changes, so an edit that adds no name
# rebuilds nothing else. The stamp records when it last ran, so it runs once per edit rather
# than at every make.
QSTR_HDR := $(BUILD)/genhdr/qstrdefs.generated.h
QSTR_STAMP := $(BUILD)/genhdr/qstrdefs.stamp
QSTR_DEFS := vm/qstrdefs.def
QSTR_SRC := $(sort $(wildcard vm/*.c vm/*.h unix/*.c unix/*.h))

$(QSTR_STAMP): $(QSTR_SRC) $(QSTR_DEFS) vm/gen_qstr.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_qstr.py $(QSTR_HDR) $(QSTR_DEFS) -- $(QSTR_SRC)
	@touch $@

# The header is a by-product of the stamp; the recipe only repairs a deleted header.
$(QSTR_HDR): $(QSTR_STAMP)
	@test -f $@ || $(PYTHON) vm/gen_qstr.py $@ $(QSTR_DEFS) -- $(QSTR_SRC)

# ==== Frozen Python modules ====
# lib/ holds the modules written in Python; a port's manifest (unix/frozen.txt,
# ci/*/frozen.txt) names those it freezes: one module or package a word ('#' starts a comment),
# a package with all its files, `*` for the whole of lib/. FROZEN=bytecode (the default) freezes
# each one compiled by this build's kinglet-cross (the rule is in mk/cross.mk), FROZEN=source
# the source text, compiled at import, for a target that host-compiled bytecode does not fit
# (no KL_CFG_BYTECODE_FILES, or no kinglet-cross for it). gen_frozen.py turns them into one
# header that vm/frozen.c includes, rewriting it only when its text changes.
FROZEN ?= bytecode
ifeq ($(filter bytecode source,$(FROZEN)),)
$(error unknown FROZEN '$(FROZEN)': use bytecode or source)
endif
HASH := \#
frozen_files = $(sort $(foreach w,$(shell sed -e 's/$(HASH).*//' $(1)),$(if $(filter *,$(w)), \
    $(wildcard lib/*.py lib/*/*.py),$(or $(wildcard lib/$(w).py lib/$(w)/*.py), \
    $(error $(1): no module or package '$(w)' in lib/)))))
# $(1): the folder of the .kbc files, when FROZEN=bytecode.
frozen_gen = $(PYTHON) vm/gen_frozen.py $(if $(filter bytecode,$(FROZEN)),--kbc $(1))
# Each .kbc file of the sources $(2), under the folder $(1), when FROZEN=bytecode.
frozen_kbc = $(if $(filter bytecode,$(FROZEN)),$(2:lib/%.py=$(1)/%.kbc))
# Write the text $(2) to the file $(1) when it differs: a rule that depends on the file reruns
# when a setting (FROZEN, a manifest) changes although no source file is newer.
record = $(shell mkdir -p $(dir $(1)) && if [ "$$(cat $(1) 2>/dev/null)" != '$(2)' ]; \
    then printf '%s\n' '$(2)' > $(1); fi)

FROZEN_MANIFEST := unix/frozen.txt
FROZEN_SRC := $(call frozen_files,$(FROZEN_MANIFEST))
FROZEN_KBC := $(call frozen_kbc,$(BUILD)/frozen,$(FROZEN_SRC))
FROZEN_HDR := $(BUILD)/genhdr/frozen.generated.h
FROZEN_STAMP := $(BUILD)/genhdr/frozen.stamp
FROZEN_LIST := $(BUILD)/genhdr/frozen.list

$(FROZEN_STAMP): $(FROZEN_SRC) $(FROZEN_KBC) $(FROZEN_LIST) vm/gen_frozen.py
	@mkdir -p $(@D)
	$(call frozen_gen,$(BUILD)/frozen) $(FROZEN_HDR) lib $(FROZEN_SRC)
	@touch $@

$(FROZEN_HDR): $(FROZEN_STAMP)
	@test -f $@ || $(call frozen_gen,$(BUILD)/frozen) $@ lib $(FROZEN_SRC)

$(BUILD)/vm/frozen.o: $(FROZEN_HDR)

# ==== Recorded flags ====
# Rewritten only when the compiler or the flags differ from the last build in this folder.
FLAGS_FILE := $(BUILD)/flags.txt
FLAGS_NOW := $(CC) $(CFLAGS_ALL) $(INCLUDES) | $(LDFLAGS_ALL) $(LIBS)
ifeq ($(filter clean format format-check help,$(MAKECMDGOALS)),)
$(shell mkdir -p $(BUILD) && if [ "$$(cat $(FLAGS_FILE) 2>/dev/null)" != '$(FLAGS_NOW)' ]; \
    then printf '%s\n' '$(FLAGS_NOW)' > $(FLAGS_FILE); fi)
$(call record,$(FROZEN_LIST),$(FROZEN) $(FROZEN_SRC))
endif

# ==== Compile and link ====
# The core's archive holds an empty table instead (vm/frozen.c built with KL_CFG_FROZEN=0):
# kinglet-cross, which compiles the frozen modules, links it, and so do the unit tests.
FROZEN_NONE_OBJ := $(BUILD)/vm/frozen-none.o

$(FROZEN_NONE_OBJ): vm/frozen.c $(QSTR_HDR) $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(INCLUDES) -DKL_CFG_FROZEN=0 -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.c $(QSTR_HDR) $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(INCLUDES) -MMD -MP -c -o $@ $<

$(VM_LIB): $(filter-out $(BUILD)/vm/frozen.o,$(VM_OBJ)) $(FROZEN_NONE_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(UNIX_LIB): $(UNIX_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(KINGLET): $(VM_OBJ) $(UNIX_OBJ)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LIBS)

-include $(VM_OBJ:.o=.d) $(UNIX_OBJ:.o=.d) $(FROZEN_NONE_OBJ:.o=.d)
