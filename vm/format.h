// vm/format.h: format(), f-strings, str.format and %-formatting.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_FORMAT_H
#define KL_INCLUDED_VM_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"
#include "vm/vstr.h"

// format(value, spec): what the format() builtin and f-strings' {value:spec} call. [spec] is a
// str or KL_OBJ_NULL (the empty spec). A class's __format__ is called when it has one; builtin
// values are formatted here; anything else gets str() for an empty spec and a TypeError
// ("unsupported format string passed to X.__format__") otherwise.
kl_obj_t kl_format(kl_obj_t value, kl_obj_t spec);

// The __format__(self, spec) method of str, int, bool and float: put it in their locals dicts.
extern const kl_obj_builtin_t kl_format_dunder_format_obj;
// str.format(*args, **kwargs) and str.format_map(mapping).
extern const kl_obj_builtin_t kl_format_str_format_obj;
extern const kl_obj_builtin_t kl_format_str_format_map_obj;

// [fmt] % [args] for a str, bytes or bytearray [fmt]: printf-style formatting, giving a value
// of the type of [fmt], or KL_OBJ_NULL (unsupported operands) for the kinds that
// KL_CFG_STR_PERCENT and KL_CFG_BYTES_FORMAT leave out. Defined when either is built.
kl_obj_t kl_format_percent(kl_obj_t fmt, kl_obj_t args);

#endif // KL_INCLUDED_VM_FORMAT_H
