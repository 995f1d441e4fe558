// vm/unicode_names.h: Unicode character names, for the \N{...} escape of string literals.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_UNICODE_NAMES_H
#define KL_INCLUDED_VM_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The code point named by the [len] bytes at [name] (any letter case), in *[cp]. False for a
// name the build does not know: see vm/gen_unicode_names.py for the blocks it covers, and
// KL_CFG_UNICODE_NAMES.
bool kl_unicode_names_lookup(const char *name, size_t len, uint32_t *cp);

#endif // KL_INCLUDED_VM_UNICODE_NAMES_H
