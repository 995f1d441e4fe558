# mk/ports.mk: `make ports` builds every bare-metal board, `make ports-test` also boots the
# emulated ones and builds the porting template for each architecture.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# A board is a folder ports/<arch>/boards/<board>/, so a new one is built here without touching
# this file. Each board builds in its own folder (ports/<arch>/build-<board>/); sub-makes run
# one after the other, each with -j$(JOBS).

PORT_ARCHS := arm riscv
PORT_BOARDS := $(foreach a,$(PORT_ARCHS),$(addprefix $(a)/,$(notdir $(wildcard ports/$(a)/boards/*))))
QEMU_BOARDS := arm/qemu-mps2-an385 riscv/qemu-virt-rv32

.PHONY: ports ports-test template-check $(addprefix port-,$(PORT_BOARDS))

# The boards that freeze code into flash use the unix build's kinglet-cross (mk/port.mk); it is
# built first, so that boards built in parallel do not each start building it.
ifeq ($(KINGLET_CROSS),unix/build/kinglet-cross)
$(addprefix port-,$(PORT_BOARDS)): $(KINGLET_CROSS)
endif

# port-arm/qemu-mps2-an385 and so on: one board.
$(addprefix port-,$(PORT_BOARDS)): port-%:
	$(MAKE) -s -j$(JOBS) -C ports/$(firstword $(subst /, ,$*)) BOARD=$(lastword $(subst /, ,$*)) all
	@$(MAKE) -s -C ports/$(firstword $(subst /, ,$*)) BOARD=$(lastword $(subst /, ,$*)) size | tail -1

ports: $(addprefix port-,$(PORT_BOARDS))
	@echo "ports: $(words $(PORT_BOARDS)) boards built: $(PORT_BOARDS)"

template-check:
	ci/template-check $(PORT_ARCHS)

ports-test: ports template-check
	$(foreach b,$(QEMU_BOARDS),$(MAKE) -s -C ports/$(dir $(b)) BOARD=$(notdir $(b)) test &&) true
