# mk/cross.mk: kinglet-cross, the host compiler from .py to .kbc bytecode files (cross/).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# It links the whole core and the unix hal as archives, as the unit tests do, with its own
# main(); it lives in cross/ rather than unix/ because unix/*.c is the interpreter's port and
# every file there is linked into kinglet.

KINGLET_CROSS := $(BUILD)/kinglet-cross
CROSS_SRC := $(sort $(wildcard cross/*.c))
CROSS_OBJ := $(CROSS_SRC:%.c=$(BUILD)/%.o)

$(KINGLET_CROSS): $(CROSS_OBJ) $(VM_LIB) $(UNIX_LIB)
	$(CC) $(LDFLAGS_ALL) -o $@ $(CROSS_OBJ) -Wl,--start-group $(VM_LIB) $(UNIX_LIB) \
	    -Wl,--end-group $(LIBS)

-include $(CROSS_OBJ:.o=.d)

# ==== Frozen modules as bytecode ====
# lib/NAME.py -> NAME.kbc under a build's frozen/ folder (mk/unix.mk, mk/arm.mk), its code
# naming the file `<frozen NAME>` as a module frozen as source would. --int-bits 31 keeps every
# LOAD_INT within a 32-bit target's small ints, so one file fits a 64-bit host and a board.
frozen_name = <frozen $(subst /,.,$(patsubst %/__init__,%,$(1)))>
define FROZEN_KBC_RECIPE
@mkdir -p $(@D)
$(KINGLET_CROSS) --int-bits 31 -s '$(call frozen_name,$*)' -o $@ $<
endef

$(BUILD)/frozen/%.kbc: lib/%.py $(KINGLET_CROSS)
	$(FROZEN_KBC_RECIPE)
