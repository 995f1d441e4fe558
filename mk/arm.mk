# mk/arm.mk: `make arm-check`, every vm/*.c compiled for a Cortex-M3 with warnings as errors.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# The core must build for a 32-bit microcontroller with newlib and nothing else, where int is 32
# bits, pointers are 4 bytes and there is no operating system. Nothing is linked: a compile of
# each file against a minimal port configuration catches the host-only assumptions that a unix
# build hides. Two configurations are checked: ci/arm-check (the CORE level, as a new port
# first meets the defaults) and ci/arm-check-full (the FULL level, every switch on). Each
# freezes the lib/ modules its frozen.txt names, compiled by the host's kinglet-cross for a
# 32-bit target (mk/cross.mk) unless FROZEN=source, so `make arm-check` builds kinglet-cross.

ARM_CC ?= arm-none-eabi-gcc
ARM_CFLAGS := -mcpu=cortex-m3 -mthumb -Os -std=c11 -Wall -Wextra -Werror -Wundef \
    -ffunction-sections
ARM_CONFIGS := arm-check arm-check-full

.PHONY: arm-check

# One configuration: $(1) names both its port_config.h folder (ci/$(1)) and its build folder.
define ARM_CONFIG_RULES
$(1)_BUILD := build/$(1)
$(1)_OBJ := $$(VM_SRC:%.c=build/$(1)/%.o)
$(1)_QSTR_HDR := build/$(1)/genhdr/qstrdefs.generated.h
$(1)_QSTR_SRC := $$(sort $$(wildcard vm/*.c vm/*.h ci/$(1)/*.h))

build/$(1)/genhdr/qstrdefs.stamp: $$($(1)_QSTR_SRC) $$(QSTR_DEFS) vm/gen_qstr.py
	@mkdir -p $$(@D)
	$$(PYTHON) vm/gen_qstr.py $$($(1)_QSTR_HDR) $$(QSTR_DEFS) -- $$($(1)_QSTR_SRC)
	@touch $$@

$$($(1)_QSTR_HDR): build/$(1)/genhdr/qstrdefs.stamp
	@test -f $$@ || $$(PYTHON) vm/gen_qstr.py $$@ $$(QSTR_DEFS) -- $$($(1)_QSTR_SRC)

$(1)_FROZEN_SRC := $$(call frozen_files,ci/$(1)/frozen.txt)
$(1)_FROZEN_KBC := $$(call frozen_kbc,build/$(1)/frozen,$$($(1)_FROZEN_SRC))

build/$(1)/frozen/%.kbc: lib/%.py $$(KINGLET_CROSS)
	$$(FROZEN_KBC_RECIPE)

build/$(1)/genhdr/frozen.generated.h: $$($(1)_FROZEN_SRC) $$($(1)_FROZEN_KBC) \
    build/$(1)/genhdr/frozen.list vm/gen_frozen.py
	@mkdir -p $$(@D)
	$$(call frozen_gen,build/$(1)/frozen) $$@ lib $$($(1)_FROZEN_SRC)

build/$(1)/vm/frozen.o: build/$(1)/genhdr/frozen.generated.h

$$($(1)_OBJ): build/$(1)/%.o: %.c $$($(1)_QSTR_HDR)
	@mkdir -p $$(@D)
	$$(ARM_CC) $$(ARM_CFLAGS) -I. -Ici/$(1) -Ibuild/$(1) -MMD -MP -c -o $$@ $$<

-include $$($(1)_OBJ:.o=.d)
endef

$(foreach c,$(ARM_CONFIGS),$(eval $(call ARM_CONFIG_RULES,$(c))))
ifeq ($(filter clean format format-check help,$(MAKECMDGOALS)),)
$(foreach c,$(ARM_CONFIGS), \
    $(call record,build/$(c)/genhdr/frozen.list,$(FROZEN) $($(c)_FROZEN_SRC)))
endif

arm-check: $(foreach c,$(ARM_CONFIGS),$($(c)_OBJ))
	@echo "arm-check: $(words $(VM_SRC)) files compile for Cortex-M3 at the CORE and FULL levels"
