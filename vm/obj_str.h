// vm/obj_str.h: the str and bytes types, and the UTF-8 helpers the rest of the core shares.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A str value has two encodings that behave identically: a qstr immediate (names, literals) or
// a kl_obj_str_t on the heap. Code outside vm/obj_str.c should not test for either: it asks
// kl_obj_is_str and reads the bytes with kl_obj_str_get_data, which serve both. Text is UTF-8
// inside (ASCII only without KL_CFG_STR_UNICODE) and every index a Python program sees counts
// code points; bytes objects share the struct (and most of the code) with charlen == len.

#ifndef KL_INCLUDED_VM_OBJ_STR_H
#define KL_INCLUDED_VM_OBJ_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"

// A staticmethod or classmethod wrapping [fun], the layout of kl_type_staticmethod and
// kl_type_classmethod instances (str.maketrans, bytes.fromhex and dict.fromkeys are const ones).
typedef struct _kl_obj_static_class_method_t {
    kl_obj_base_t base;
    kl_obj_t fun;
} kl_obj_static_class_method_t;

// ==== UTF-8 ====
// The largest code point, and the replacement character that 'replace' error handling inserts.
#define KL_UNICODE_MAX (0x10ffff)
#define KL_UNICODE_REPLACEMENT (0xfffd)

#if KL_CFG_STR_UNICODE
// Write [cp] as 1 to 4 bytes at [buf] and return the count. Surrogates are written as their
// three-byte form, so any code point the language can name round-trips.
size_t kl_obj_str_utf8_encode(uint32_t cp, char *buf);
// Decode the code point at *[p] (valid UTF-8) and advance *[p] past it.
uint32_t kl_obj_str_utf8_decode(const char **p);
// Code points in [len] bytes of valid UTF-8.
size_t kl_obj_str_utf8_charlen(const char *s, size_t len);
// The byte offset of code point [index] (<= charlen) in [len] bytes holding [charlen] code points.
size_t kl_obj_str_utf8_offset(const char *s, size_t len, size_t charlen, size_t index);
#else
// Every str is ASCII (KL_CFG_STR_UNICODE=0): a code point is a byte and a character index a byte
// index, which lets the compiler drop the UTF-8 paths of every caller. The constructors of str
// (kl_obj_str_new_charlen) refuse other bytes, so no str has any.
static inline size_t kl_obj_str_utf8_encode(uint32_t cp, char *buf) {
    buf[0] = (char)cp;
    return 1;
}
static inline uint32_t kl_obj_str_utf8_decode(const char **p) {
    return (uint8_t) * (*p)++;
}
static inline size_t kl_obj_str_utf8_charlen(const char *s, size_t len) {
    (void)s;
    return len;
}
static inline size_t kl_obj_str_utf8_offset(const char *s, size_t len, size_t charlen,
                                            size_t index) {
    (void)s;
    (void)len;
    (void)charlen;
    return index;
}
#endif
// The length of the ASCII text at the start of the [len] bytes at [s].
size_t kl_obj_str_ascii_prefix(const char *s, size_t len);
// The code point count of a new str of [len] bytes at [s] (valid UTF-8), for its charlen.
// Without KL_CFG_STR_UNICODE this is where ASCII is enforced: another byte raises
// UnicodeDecodeError (UnicodeError at MINIMUM), as the ascii codec would.
size_t kl_obj_str_new_charlen(const char *s, size_t len);
// Check [len] bytes: returns len when they are valid UTF-8 (surrogates are invalid, as in
// CPython's strict decoder), else the offset of the first bad sequence, with its length in bytes
// (the maximal invalid prefix, at least 1) in *[bad_len] and CPython's wording of the problem
// ("invalid start byte") in *[reason] (either pointer may be NULL).
size_t kl_obj_str_utf8_check(const char *s, size_t len, size_t *bad_len, const char **reason);

// Print code point [c] as a \xNN, \uNNNN or \UNNNNNNNN escape (the shortest that holds it), as
// repr() and the backslashreplace error handler write it.
void kl_obj_str_print_escape(const kl_print_t *print, uint32_t c);

// ==== Character classes ====
// Unicode properties: from the full database with KL_CFG_UNICODE_DB, else for ASCII, Latin-1,
// Latin Extended-A, Greek and Cyrillic, every other code point being treated as a non-letter,
// non-digit, printable character without case. Without KL_CFG_UNICODE_LETTERS, isalpha,
// isupper, islower, toupper, tolower and isident raise NotImplementedError for a non-ASCII [c].
bool kl_obj_str_char_isalpha(uint32_t c);
bool kl_obj_str_char_isdecimal(uint32_t c);
bool kl_obj_str_char_isdigit(uint32_t c);
bool kl_obj_str_char_isnumeric(uint32_t c);
bool kl_obj_str_char_isspace(uint32_t c);
bool kl_obj_str_char_isprintable(uint32_t c);
bool kl_obj_str_char_isupper(uint32_t c);
bool kl_obj_str_char_islower(uint32_t c);
// Simple (one to one) case mappings; code points without one map to themselves.
uint32_t kl_obj_str_char_toupper(uint32_t c);
uint32_t kl_obj_str_char_tolower(uint32_t c);
// May [c] start ([first]) or continue a Python identifier?
bool kl_obj_str_char_isident(uint32_t c, bool first);

// The bytes of str or bytes [o] as int() and float() parse them: for a str with non-ASCII
// text, a copy in which every Unicode decimal digit becomes its ASCII digit and every Unicode
// space an ASCII space (other code points become '?', which no number contains).
const char *kl_obj_str_get_number_text(kl_obj_t o, size_t *len);

// ==== str and bytes values ====
// True for a qstr or a heap str (and an instance of a str subclass).
bool kl_obj_is_str(kl_obj_t o);
// True for a bytes object (and an instance of a bytes subclass).
bool kl_obj_is_bytes(kl_obj_t o);
// The bytes of a str or bytes value and their count; the text is NUL-terminated.
const char *kl_obj_str_get_data(kl_obj_t o, size_t *len);
// Code points of a str (bytes of a bytes value).
size_t kl_obj_str_get_charlen(kl_obj_t o);
// The hash of a str or bytes value: kl_qstr_compute_hash of its bytes, equal for a qstr and a
// heap str with the same text, and cached in heap objects.
uint32_t kl_obj_str_get_hash(kl_obj_t o);
// Equality of two str values (either encoding), or of two bytes values.
bool kl_obj_str_equal(kl_obj_t a, kl_obj_t b);
// The qstr with the same text as the str [s] (interned, which is forever: for names only).
kl_qstr_t kl_obj_str_get_qstr(kl_obj_t s);
kl_obj_t kl_obj_str_intern(kl_obj_t s);

// A new str or bytes, as [type] (&kl_type_str or &kl_type_bytes) says, of [len] bytes at [data].
kl_obj_t kl_obj_str_new_of_type(const kl_obj_type_t *type, const char *data, size_t len);
// A str of one code point (chr()); ASCII ones come from a const table and cost nothing.
kl_obj_t kl_obj_str_from_char(uint32_t cp);
// Print [len] bytes as a str literal (or a bytes literal, b'...'), with CPython's choice of
// quotes and escapes.
void kl_obj_str_repr(const kl_print_t *print, const char *data, size_t len, bool is_bytes);
// Decode [len] bytes with [encoding] ("utf-8", "ascii", "latin-1" and their aliases) and
// [errors] ("strict", "ignore", "replace"); NULL means the default. Raises UnicodeDecodeError,
// LookupError for an unknown encoding.
kl_obj_t kl_obj_str_decode(const char *data, size_t len, const char *encoding, const char *errors);
// The index of the C string [name] in [words], a list of NUL-separated words ended by an empty
// one ("utf8\0u8\0"), or -1: how codec and error handler names are looked up without strcmp.
int kl_obj_str_word_index(const char *name, const char *words);
// Encode the str [s]; raises UnicodeEncodeError.
kl_obj_t kl_obj_str_encode(kl_obj_t s, const char *encoding, const char *errors);
// The unary_op of str, exported so that str subclasses and the runtime can reuse it.
kl_obj_t kl_obj_str_unary_op(kl_unary_op_t op, kl_obj_t self);
// The method table of bytearray (vm/obj_bytearray.c), kept here because all but a few of its
// methods are the bytes methods of this file.
extern kl_obj_dict_t kl_obj_str_bytearray_locals_dict;

#endif // KL_INCLUDED_VM_OBJ_STR_H
