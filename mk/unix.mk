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
# link because vm/compile.c is half written.
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
# lib/ holds the modules written in Python; gen_frozen.py turns them into one header that
# vm/frozen.c includes, rewriting it only when its text changes.
FROZEN_HDR := $(BUILD)/genhdr/frozen.generated.h
FROZEN_STAMP := $(BUILD)/genhdr/frozen.stamp
FROZEN_SRC := $(sort $(wildcard lib/*.py lib/*/*.py))

$(FROZEN_STAMP): $(FROZEN_SRC) vm/gen_frozen.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_frozen.py $(FROZEN_HDR) lib $(FROZEN_SRC)
	@touch $@

$(FROZEN_HDR): $(FROZEN_STAMP)
	@test -f $@ || $(PYTHON) vm/gen_frozen.py $@ lib $(FROZEN_SRC)

$(BUILD)/vm/frozen.o: $(FROZEN_HDR)

# ==== Recorded flags ====
# Rewritten only when the compiler or the flags differ from the last build in this folder.
FLAGS_FILE := $(BUILD)/flags.txt
FLAGS_NOW := $(CC) $(CFLAGS_ALL) $(INCLUDES) | $(LDFLAGS_ALL) $(LIBS)
ifeq ($(filter clean format format-check help,$(MAKECMDGOALS)),)
$(shell mkdir -p $(BUILD) && if [ "$$(cat $(FLAGS_FILE) 2>/dev/null)" != '$(FLAGS_NOW)' ]; \
    then printf '%s\n' '$(FLAGS_NOW)' > $(FLAGS_FILE); fi)
endif

# ==== Compile and link ====
$(BUILD)/%.o: %.c $(QSTR_HDR) $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(INCLUDES) -MMD -MP -c -o $@ $<

$(VM_LIB): $(VM_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(UNIX_LIB): $(UNIX_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(KINGLET): $(VM_OBJ) $(UNIX_OBJ)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LIBS)

-include $(VM_OBJ:.o=.d) $(UNIX_OBJ:.o=.d)
