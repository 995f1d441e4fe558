# mk/format.mk: `make format` and `make format-check` with the pinned clang-format.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Formatting is checked with the clang-format that Debian 12 ships (version 14): another
# version formats some constructs differently, so use CLANG_FORMAT=clang-format-14 where the
# default one is newer. Generated files under build folders are never formatted.

CLANG_FORMAT ?= clang-format
FORMAT_DIRS := $(wildcard vm unix cross stubs ports fuzz hil bisect tests/unit ci)
FORMAT_SRC = $(shell find $(FORMAT_DIRS) -path '*/build*' -prune -o \
    \( -name '*.c' -o -name '*.h' \) -type f -print | sort)

.PHONY: format format-check

format:
	$(CLANG_FORMAT) -i $(FORMAT_SRC)

format-check:
	$(CLANG_FORMAT) --dry-run -Werror $(FORMAT_SRC)
	@echo "format-check: $(words $(FORMAT_SRC)) files formatted"
