// vm/vstr.h: growable byte strings on the GC heap, and formatted printing.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every place that builds text (repr, str.join, print to a string, error messages, the
// compiler's bytecode buffer) uses one growable buffer type; a kl_print_t that appends to a
// vstr lets the same print functions write to a string or to the console.

#ifndef KL_INCLUDED_VM_VSTR_H
#define KL_INCLUDED_VM_VSTR_H

#include <stdarg.h>
#include <stddef.h>

#include "vm/obj.h"

typedef struct _kl_vstr_t {
    size_t len;
    size_t alloc;
    char *buf; // on the GC heap (atomic); always NUL-terminated after kl_vstr_null_terminate
} kl_vstr_t;

void kl_vstr_init(kl_vstr_t *vstr, size_t alloc);
void kl_vstr_add_byte(kl_vstr_t *vstr, char c);
void kl_vstr_add_char(kl_vstr_t *vstr, uint32_t codepoint); // as UTF-8
void kl_vstr_add_strn(kl_vstr_t *vstr, const char *str, size_t len);
void kl_vstr_add_str(kl_vstr_t *vstr, const char *str);
// Make room for [len] more bytes and return where they go (the caller fills them in).
char *kl_vstr_extend(kl_vstr_t *vstr, size_t len);
void kl_vstr_cut_tail(kl_vstr_t *vstr, size_t len);
const char *kl_vstr_null_terminate(kl_vstr_t *vstr);
// A str object with the contents (the buffer is handed over where possible).
kl_obj_t kl_vstr_to_str(kl_vstr_t *vstr);
kl_obj_t kl_vstr_to_bytes(kl_vstr_t *vstr);
// A kl_print_t that appends to [vstr].
void kl_vstr_print(kl_print_t *print, kl_vstr_t *vstr);
// What [fn] prints of [o] as [kind], as a new str: the builtin __str__ and __repr__ that a
// type's print function serves.
kl_obj_t kl_vstr_print_to_str(kl_print_fun_t fn, kl_obj_t o, kl_print_kind_t kind);

// Write the digits of [v] in [base] (2 to 16; letters in upper case with [upper]) backwards,
// ending just before [end]; returns where they start. Every int-to-text path uses it.
char *kl_vstr_uint_digits(char *end, unsigned long long v, unsigned base, bool upper);

// The console streams.
extern const kl_print_t kl_print_stdout;
extern const kl_print_t kl_print_stderr;

void kl_print_strn(const kl_print_t *print, const char *str, size_t len);
void kl_print_str(const kl_print_t *print, const char *str);
// printf-like: %s %d %u %x %c %z(size_t) %q(qstr) %r(repr obj) %S(str obj) %T(type name of obj)
// %N(type name of obj, "None" for None) %%; widths are not supported. In the
// smallest builds only %s %q %T %r %S %p %d (with l or ll) are read (vstr.c, ALL_FORMATS).
void kl_printf(const kl_print_t *print, const char *fmt, ...);
void kl_vprintf(const kl_print_t *print, const char *fmt, va_list ap);
// A new str object with kl_printf's formatting.
kl_obj_t kl_obj_str_printf(const char *fmt, ...);
kl_obj_t kl_obj_str_vprintf(const char *fmt, va_list ap);

#endif // KL_INCLUDED_VM_VSTR_H
