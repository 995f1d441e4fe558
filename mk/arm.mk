# mk/arm.mk: `make arm-check`, every vm/*.c compiled for a Cortex-M3 with warnings as errors.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# The core must build for a 32-bit microcontroller with newlib and nothing else, where int is 32
# bits, pointers are 4 bytes and there is no operating system. Nothing is linked: a compile of
# each file against a minimal port configuration (ci/arm-check/port_config.h, the CORE level)
# catches the host-only assumptions that a unix build hides.

ARM_CC ?= arm-none-eabi-gcc
ARM_BUILD := build/arm-check
ARM_CONFIG := ci/arm-check
ARM_CFLAGS := -mcpu=cortex-m3 -mthumb -Os -std=c11 -Wall -Wextra -Werror -Wundef \
    -ffunction-sections
ARM_INCLUDES := -I. -I$(ARM_CONFIG) -I$(ARM_BUILD)
ARM_OBJ := $(VM_SRC:%.c=$(ARM_BUILD)/%.o)
ARM_QSTR_HDR := $(ARM_BUILD)/genhdr/qstrdefs.generated.h
ARM_QSTR_SRC := $(sort $(wildcard vm/*.c vm/*.h $(ARM_CONFIG)/*.h))

.PHONY: arm-check

arm-check: $(ARM_OBJ)
	@echo "arm-check: $(words $(ARM_OBJ)) files compile for Cortex-M3"

$(ARM_BUILD)/genhdr/qstrdefs.stamp: $(ARM_QSTR_SRC) $(QSTR_DEFS) vm/gen_qstr.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_qstr.py $(ARM_QSTR_HDR) $(QSTR_DEFS) -- $(ARM_QSTR_SRC)
	@touch $@

$(ARM_QSTR_HDR): $(ARM_BUILD)/genhdr/qstrdefs.stamp
	@test -f $@ || $(PYTHON) vm/gen_qstr.py $@ $(QSTR_DEFS) -- $(ARM_QSTR_SRC)

$(ARM_BUILD)/genhdr/frozen.generated.h: $(FROZEN_SRC) vm/gen_frozen.py
	@mkdir -p $(@D)
	$(PYTHON) vm/gen_frozen.py $@ lib $(FROZEN_SRC)

$(ARM_BUILD)/vm/frozen.o: $(ARM_BUILD)/genhdr/frozen.generated.h

$(ARM_OBJ): $(ARM_BUILD)/%.o: %.c $(ARM_QSTR_HDR)
	@mkdir -p $(@D)
	$(ARM_CC) $(ARM_CFLAGS) $(ARM_INCLUDES) -MMD -MP -c -o $@ $<

-include $(ARM_OBJ:.o=.d)
