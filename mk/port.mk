# mk/port.mk: the build of a bare-metal firmware image, shared by every port Makefile.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# A port's Makefile (ports/arm/Makefile, ports/riscv/Makefile, stubs/template/Makefile) sets the
# variables below and includes this file, which compiles the core (vm/*.c), the weak stubs of
# stubs/hal_stubs.c and the port's own sources into $(BUILD)/firmware.elf, with .bin and .hex
# beside it, and prints the footprint with `make size`. Make runs in the port's folder
# (make -C ports/arm BOARD=...), so the core is reached through KL_ROOT.
#
#   KL_ROOT      the repository's top folder, relative to the port's (../.. for ports/arm)
#   CROSS        the tool prefix: arm-none-eabi-, riscv64-unknown-elf-
#   ARCH_CFLAGS  CPU flags, used to compile and to link (-mcpu=cortex-m3 -mthumb)
#   ARCH_LIBS    the C library and libgcc, as the link's last arguments
#   LDSCRIPT     the linker script of the board
#   PORT_SRC     the port's C and assembly sources, relative to its folder or under $(KL_ROOT)/
#   PORT_INC     folders searched for port_config.h and the port's headers (-I)
#   BUILD        the build folder (build-$(BOARD))
#   FROZEN       modules of lib/ frozen into the image, as paths under lib/ (enum.py
#                collections/__init__.py); empty by default (see docs/footprint.md)
#   FROZEN_EXTRA more modules to freeze from outside lib/, as paths from the port's folder, each
#                named after its file (a CI board's test module)
#   FROZEN_MODE  how: `source` (the default: the text, compiled at each import) or `flash` (the
#                code objects as const data, compiled on the host by kinglet-cross and
#                vm/gen_frozen.py, and run where they lie: an import builds no code on the heap)
#   LEVEL        optional: overrides KL_CFG_LEVEL (MINIMUM, CORE, BASIC, FULL) for measurements

PYTHON ?= python3
# Forced: a CC= on the top-level make's command line (make CC=clang test) is meant for the unix
# build and reaches this sub-make too.
override CC := $(CROSS)gcc
override OBJCOPY := $(CROSS)objcopy
override SIZE := $(CROSS)size

OPT ?= -Os
# At LEVEL=MINIMUM, where size is the point, four of the optimisations -Os keeps are turned off:
# with GCC 12 each makes the smallest image larger (measured one at a time on both QEMU boards:
# hoisting loop invariants 192 bytes, if-conversion 112, partial inlining 72, identical-function
# folding 76). Together they take 400 to 480 bytes off, about 0.5 %; the code they leave is a
# little slower in loops. ARCH_SIZE_OPT adds what only helps one architecture; SIZE_OPT= turns
# all of it off.
SIZE_OPT ?= $(if $(filter MINIMUM,$(LEVEL)),-fno-move-loop-invariants -fno-if-conversion \
    -fno-partial-inlining -fno-ipa-icf $(ARCH_SIZE_OPT))
# Link-time optimisation: the core's many small functions across files are inlined or dropped as
# a whole (about 4 KB, 2.6 %, of the smallest image). LTO= builds without it.
LTO ?= -flto=auto
WARN := -Wall -Wextra -Wundef -Werror
CFLAGS_PORT := $(ARCH_CFLAGS) $(OPT) $(SIZE_OPT) $(LTO) -std=c11 $(WARN) -ffunction-sections -fdata-sections -g \
    -I$(KL_ROOT) $(addprefix -I,$(PORT_INC)) -I$(BUILD) $(PORT_CFLAGS)
ifneq ($(LEVEL),)
CFLAGS_PORT += -DKL_CFG_LEVEL=KL_LEVEL_$(LEVEL)
endif
LDFLAGS_PORT := $(ARCH_CFLAGS) $(OPT) $(SIZE_OPT) $(LTO) -nostartfiles -T$(LDSCRIPT) -Wl,--gc-sections \
    -Wl,-Map=$(BUILD)/firmware.map -Wl,--no-warn-rwx-segments $(PORT_LDFLAGS)

CORE_SRC := $(sort $(wildcard $(KL_ROOT)/vm/*.c)) $(KL_ROOT)/stubs/hal_stubs.c
CORE_OBJ := $(patsubst $(KL_ROOT)/%,$(BUILD)/core/%.o,$(CORE_SRC))
# A port source under $(KL_ROOT) (ports/shared/main.c) builds beside the core's objects.
PORT_SRC_ROOT := $(filter $(KL_ROOT)/%,$(PORT_SRC))
PORT_SRC_HERE := $(filter-out $(KL_ROOT)/%,$(PORT_SRC))
PORT_OBJ := $(patsubst $(KL_ROOT)/%,$(BUILD)/core/%.o,$(PORT_SRC_ROOT)) \
    $(PORT_SRC_HERE:%=$(BUILD)/port/%.o)
OBJ := $(CORE_OBJ) $(PORT_OBJ)

ELF := $(BUILD)/firmware.elf

.PHONY: all size clean-port
.DEFAULT_GOAL := all
all: $(ELF) $(BUILD)/firmware.bin $(BUILD)/firmware.hex

# ==== Generated headers: the qstr table and the frozen modules ====
QSTR_HDR := $(BUILD)/genhdr/qstrdefs.generated.h
QSTR_SCAN := $(sort $(wildcard $(KL_ROOT)/vm/*.c $(KL_ROOT)/vm/*.h)) $(KL_ROOT)/stubs/hal_stubs.c \
    $(filter %.c %.h,$(PORT_SRC)) $(foreach d,$(PORT_INC),$(wildcard $(d)/*.h))

FROZEN_MODE ?= source
ifeq ($(filter source flash,$(FROZEN_MODE)),)
$(error unknown FROZEN_MODE '$(FROZEN_MODE)': use source or flash)
endif
FROZEN_HDR := $(BUILD)/genhdr/frozen.generated.h
FROZEN_FILES := $(addprefix $(KL_ROOT)/lib/,$(FROZEN)) $(FROZEN_EXTRA)
# In flash mode the frozen code names its qstrs by enumerator, and this file, written with the
# header, adds them to the table.
FROZEN_QSTRS := $(if $(filter flash,$(FROZEN_MODE)),$(BUILD)/genhdr/frozen.qstrs.def)

# The names are collected from the sources as the board's configuration preprocesses them, so a
# module or feature that is switched off costs no entry in the table: the MINIMUM level needs
# about half the names of a full build (11 KiB of flash). The scan sees an empty qstr header
# (qstrscan/ comes first on the include path): the table's own entries must not count as uses.
# The frozen header is scanned too; the names of code frozen into flash come from FROZEN_QSTRS.
# The entries of vm/qstrdefs.def count only when a source uses them: the "module.Name" type names
# of a switched-off module are not in the table.
QSTR_PP := $(BUILD)/genhdr/qstrscan.i
QSTR_PP_SRC := $(filter %.c,$(CORE_SRC) $(PORT_SRC))

$(QSTR_PP): $(QSTR_SCAN) $(BUILD)/flags.txt $(FROZEN_HDR)
	@mkdir -p $(BUILD)/qstrscan/genhdr
	@touch $(BUILD)/qstrscan/genhdr/qstrdefs.generated.h
	@for f in $(QSTR_PP_SRC); do \
	    $(CC) -I$(BUILD)/qstrscan $(CFLAGS_PORT) -E $$f || exit 1; \
	done > $@.tmp && mv $@.tmp $@

$(BUILD)/genhdr/qstrdefs.stamp: $(QSTR_PP) $(KL_ROOT)/vm/qstrdefs.def $(KL_ROOT)/vm/gen_qstr.py \
    $(FROZEN_QSTRS)
	@mkdir -p $(@D)
	$(PYTHON) $(KL_ROOT)/vm/gen_qstr.py $(QSTR_HDR) $(FROZEN_QSTRS) \
	    --if-used $(KL_ROOT)/vm/qstrdefs.def -- $(QSTR_PP)
	@touch $@

$(QSTR_HDR): $(BUILD)/genhdr/qstrdefs.stamp
	@test -f $@ || $(PYTHON) $(KL_ROOT)/vm/gen_qstr.py $@ $(FROZEN_QSTRS) \
	    --if-used $(KL_ROOT)/vm/qstrdefs.def -- $(QSTR_PP)

# The list itself is a dependency: freezing one module fewer must rebuild the header.
$(BUILD)/genhdr/frozen.list: FORCE
	@mkdir -p $(@D)
	@echo '$(FROZEN_MODE) $(FROZEN_FILES)' | cmp -s - $@ || \
	    echo '$(FROZEN_MODE) $(FROZEN_FILES)' > $@

ifeq ($(FROZEN_MODE),flash)
# The host's kinglet-cross (the unix build's, mk/cross.mk) compiles each module to a .kbc file
# under $(BUILD)/frozen/, for a 32-bit target (--int-bits 31), naming the file `<frozen NAME>`
# as a module frozen as source would; gen_frozen.py turns those into C. The unix build is asked
# every time, so kinglet-cross is rebuilt when the core changes.
KINGLET_CROSS := $(KL_ROOT)/unix/build/kinglet-cross
FROZEN_KBC := $(addprefix $(BUILD)/frozen/,$(FROZEN:.py=.kbc) $(notdir $(FROZEN_EXTRA:.py=.kbc)))
FROZEN_GEN := $(PYTHON) $(KL_ROOT)/vm/gen_frozen.py --flash $(BUILD)/frozen $(FROZEN_QSTRS)
frozen_kbc_name = <frozen $(subst /,.,$(patsubst %/__init__,%,$(1)))>

# The variables of this make's command line (BUILD, LEVEL, FROZEN...) mean the board's build, not
# the unix one: they are passed on neither as make's overrides nor through the environment (the
# unix build reads FROZEN and VARIANT from it).
MAKEOVERRIDES :=
unexport BOARD BUILD FROZEN FROZEN_EXTRA FROZEN_MODE LEVEL VARIANT
$(KINGLET_CROSS): FORCE
	$(MAKE) -s -C $(KL_ROOT) unix/build/kinglet-cross

$(BUILD)/frozen/%.kbc: $(KL_ROOT)/lib/%.py $(KINGLET_CROSS)
	@mkdir -p $(@D)
	$(KINGLET_CROSS) --int-bits 31 -s '$(call frozen_kbc_name,$*)' -o $@ $<

define FROZEN_EXTRA_RULE
$(BUILD)/frozen/$(notdir $(1:.py=.kbc)): $(1) $(KINGLET_CROSS)
	@mkdir -p $$(@D)
	$(KINGLET_CROSS) --int-bits 31 -s '<frozen $(notdir $(1:.py=))>' -o $$@ $$<
endef
$(foreach f,$(FROZEN_EXTRA),$(eval $(call FROZEN_EXTRA_RULE,$(f))))
else
FROZEN_GEN := $(PYTHON) $(KL_ROOT)/vm/gen_frozen.py
endif

# gen_frozen.py writes the header (and the qstrs) only when their text changes, so the stamp
# records that it ran.
$(BUILD)/genhdr/frozen.stamp: $(FROZEN_FILES) $(FROZEN_KBC) $(BUILD)/genhdr/frozen.list \
    $(KL_ROOT)/vm/gen_frozen.py $(KL_ROOT)/vm/opcodes.def
	$(FROZEN_GEN) $(FROZEN_HDR) $(KL_ROOT)/lib $(FROZEN_FILES)
	@touch $@

$(FROZEN_HDR) $(FROZEN_QSTRS): $(BUILD)/genhdr/frozen.stamp
	@test -f $@ || $(FROZEN_GEN) $(FROZEN_HDR) $(KL_ROOT)/lib $(FROZEN_FILES)

$(BUILD)/core/vm/frozen.c.o: $(FROZEN_HDR)

# ==== Compile and link ====
# The flags are recorded, so changing LEVEL or OPT rebuilds everything.
FLAGS_FILE := $(BUILD)/flags.txt
FLAGS_NOW := $(CC) $(CFLAGS_PORT) | $(LDFLAGS_PORT) $(ARCH_LIBS)
ifeq ($(filter clean clean-port,$(MAKECMDGOALS)),)
$(shell mkdir -p $(BUILD) && if [ "$$(cat $(FLAGS_FILE) 2>/dev/null)" != '$(FLAGS_NOW)' ]; \
    then printf '%s\n' '$(FLAGS_NOW)' > $(FLAGS_FILE); fi)
endif

$(BUILD)/core/%.S.o: $(KL_ROOT)/%.S $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_PORT) -MMD -MP -c -o $@ $<

$(BUILD)/core/%.c.o: $(KL_ROOT)/%.c $(QSTR_HDR) $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_PORT) -MMD -MP -c -o $@ $<

$(BUILD)/port/%.c.o: %.c $(QSTR_HDR) $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_PORT) -MMD -MP -c -o $@ $<

$(BUILD)/port/%.S.o: %.S $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_PORT) -MMD -MP -c -o $@ $<

$(ELF): $(OBJ) $(LDSCRIPT)
	$(CC) $(LDFLAGS_PORT) -o $@ $(OBJ) $(ARCH_LIBS)

$(BUILD)/firmware.bin: $(ELF)
	$(OBJCOPY) -O binary $< $@

$(BUILD)/firmware.hex: $(ELF)
	$(OBJCOPY) -O ihex $< $@

# Flash: code and constant data (.text, .rodata) plus the initial values of .data, which the
# startup code copies to RAM. RAM: .data, .bss (static buffers, the heap when it is a static
# array) and the stack. ci/size-table turns the same numbers into docs/footprint.md's rows.
size: $(ELF)
	@$(SIZE) $<
	@$(SIZE) -A $< | awk -v board='$(BOARD)' ' \
	    /^\.text|^\.rodata|^\.isr_vector|^\.vectors|^\.init/ {flash += $$2} \
	    /^\.data|^\.sdata/ {flash += $$2; ram += $$2} \
	    /^\.bss|^\.sbss|^\.heap|^\.stack/ {ram += $$2} \
	    END {printf "%s: flash %d bytes (%.1f KiB), RAM %d bytes (%.1f KiB)\n", \
	        board, flash, flash / 1024, ram, ram / 1024}'

clean-port:
	rm -rf $(BUILD)

FORCE:

-include $(OBJ:.o=.d)
