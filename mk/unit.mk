# mk/unit.mk: the C unit tests, one Check program per tests/unit/test_*.c.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Each test file has its own main() and is linked with the core and the unix hal as archives,
# so it pulls in only the objects it uses. `make unit` runs them all, prints Check's summary
# line for each, and fails if any failed.

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
UNIT_OBJ := $(UNIT_BIN:%=%.o)

CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS = $(shell pkg-config --libs check)

.PHONY: unit unit-build

# Check's macros use GNU extensions (a variadic macro called with no variadic argument), so the
# tests, and only they, are C11 with GNU extensions.
UNIT_CFLAGS = -std=gnu11 $(WARNFLAGS) $(VARIANT_CFLAGS) $(CFLAGS) $(CHECK_CFLAGS) -Itests/unit
ifneq ($(findstring clang,$(CC)),)
UNIT_CFLAGS += -Wno-gnu-zero-variadic-macro-arguments
endif
$(UNIT_OBJ): CFLAGS_ALL = $(UNIT_CFLAGS)

# The group lets the port and core archives call each other in any order.
$(UNIT_BIN): $(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(VM_LIB) $(UNIX_LIB)
	$(CC) $(LDFLAGS_ALL) -o $@ $< -Wl,--start-group $(VM_LIB) $(UNIX_LIB) -Wl,--end-group \
	    $(CHECK_LIBS) $(LIBS)

unit-build: $(UNIT_BIN)

# Run the programs in $(1), failing if any failed.
define run_unit
	@failed=0; for t in $(1); do \
	    echo "== $$t"; \
	    $$t || { echo "FAILED: $$t"; failed=1; }; \
	done; exit $$failed
endef

unit: $(UNIT_BIN)
	@if [ -z "$(UNIT_BIN)" ]; then echo "unit: no tests/unit/test_*.c"; fi
	$(call run_unit,$(UNIT_BIN))

# The unit tests of the .kbc loader (and of the set tables it rebuilds), which feed it hostile
# files: `make test` runs them in the asan build (a few seconds, where every unit test under
# asan takes over a minute).
UNIT_LOADER_BIN := $(BUILD)/tests/unit/test_bcfile $(BUILD)/tests/unit/test_set

.PHONY: unit-loader
unit-loader: $(UNIT_LOADER_BIN)
	$(call run_unit,$(UNIT_LOADER_BIN))

-include $(UNIT_OBJ:.o=.d)
