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

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
typedef struct _kl_format_spec_t {
    uint32_t fill;      // a code point; ' ' by default
    char align;         // '<', '>', '^', '=' or 0 (the type's default)
    char sign;          // '+', '-', ' ' or 0
    bool no_neg_zero;   // 'z'
    bool alternate;     // '#'
    bool zero_pad;      // '0' before the width
    char grouping;      // ',', '_' or 0
    uint32_t type;      // the presentation type (a code point), or 0
    kl_int_t width;     // -1 when absent
    kl_int_t precision; // -1 when absent
    bool explicit_fill; // a fill character was given (else '0' padding may replace it)
} kl_format_spec_t;

// Parse [len] bytes of spec for formatting [value] (named in error messages); raises
// ValueError ("Invalid format specifier '.2fx' for object of type 'float'").
void kl_format_spec_parse(const char *spec, size_t len, kl_obj_t value, kl_format_spec_t *out);

// Append [value] formatted by [spec] to [out]. The str and int forms raise ValueError for a
// presentation type they do not know, naming [value]'s type as CPython does.
void kl_format_str(kl_vstr_t *out, kl_obj_t value, const kl_format_spec_t *spec);
void kl_format_int(kl_vstr_t *out, kl_obj_t value, const kl_format_spec_t *spec);
#if KL_CFG_FLOAT
void kl_format_float(kl_vstr_t *out, kl_float_t value, const kl_format_spec_t *spec);
// A complex number: both parts with the spec's type and precision, the imaginary one always
// signed; with no type, in parentheses (and the shortest repr of each part without precision).
void kl_format_complex(kl_vstr_t *out, kl_float_t re, kl_float_t im, const kl_format_spec_t *spec);
#endif

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
// of the type of [fmt].
kl_obj_t kl_format_percent(kl_obj_t fmt, kl_obj_t args);

#endif // KL_INCLUDED_VM_FORMAT_H
