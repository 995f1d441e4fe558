// tests/unit/test_str.c: unit tests for the C helpers of vm/obj_str.c, vm/obj_slice.c and
// vm/vstr.c.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// What Python programs cannot see directly: UTF-8 encoding, decoding and validation (with
// CPython's error positions and reasons), code point offsets, the slice clamping arithmetic
// against tables of CPython 3.11's slice.indices() results (and the bounds of index() against
// it), the character class tables, and vstr growth, including appending a vstr's own contents
// to itself, and kl_printf's numbers up to 64 bits. The interpreter is started once (kl_init)
// because vstr and str objects live on its heap.

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/kinglet.h"
#include "vm/nlr.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/unicode_db.h"
#include "vm/vstr.h"

static char *stack_top;
static char heap[512 * 1024];

static void setup(void) {
    kl_init_t init = {.heap = heap, .heap_size = sizeof(heap), .stack_top = stack_top};
    kl_init(&init);
}

static void teardown(void) {
    kl_deinit();
}

// ==== UTF-8 ====

START_TEST(test_utf8_round_trip) {
    static const uint32_t cps[] = {0,      0x41,   0x7f,   0x80,   0xe9,    0x7ff,   0x800,
                                   0x20ac, 0xd800, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
    static const size_t lens[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4};
    for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
        char buf[4];
        size_t n = kl_obj_str_utf8_encode(cps[i], buf);
        ck_assert_uint_eq(n, lens[i]);
        const char *p = buf;
        ck_assert_uint_eq(kl_obj_str_utf8_decode(&p), cps[i]);
        ck_assert_ptr_eq(p, buf + n);
        ck_assert_uint_eq(kl_obj_str_utf8_charlen(buf, n), 1);
    }
    // The encoding of U+20AC, byte for byte.
    char euro[4];
    kl_obj_str_utf8_encode(0x20ac, euro);
    ck_assert_mem_eq(euro, "\xe2\x82\xac", 3);
}
END_TEST

START_TEST(test_utf8_offsets) {
    // "aé€😀b": code points of 1, 2, 3, 4 and 1 bytes.
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
                    "b";
    size_t len = strlen(s);
    ck_assert_uint_eq(len, 11);
    ck_assert_uint_eq(kl_obj_str_utf8_charlen(s, len), 5);
    static const size_t offsets[] = {0, 1, 3, 6, 10, 11};
    for (size_t i = 0; i <= 5; i++) {
        ck_assert_uint_eq(kl_obj_str_utf8_offset(s, len, 5, i), offsets[i]);
    }
    // ASCII takes the short cut: the offset is the index.
    ck_assert_uint_eq(kl_obj_str_utf8_offset("hello", 5, 5, 3), 3);
}
END_TEST

// kl_obj_str_utf8_check against what CPython's UTF-8 decoder reports for the same bytes.
START_TEST(test_utf8_check) {
    static const struct {
        const char *bytes;
        size_t len;
        size_t bad_at; // len when valid
        size_t bad_len;
        const char *reason;
    } cases[] = {
        {"abc", 3, 3, 0, NULL},
        {"\xc3\xa9", 2, 2, 0, NULL},
        {"\xf4\x8f\xbf\xbf", 4, 4, 0, NULL},
        {"\xff", 1, 0, 1, "invalid start byte"},
        {"a\x80", 2, 1, 1, "invalid start byte"},
        {"\xc0\x80", 2, 0, 1, "invalid start byte"},
        {"\xe2\x82", 2, 0, 2, "unexpected end of data"},
        {"\xe2\x28\xa1", 3, 0, 1, "invalid continuation byte"},
        {"\xed\xa0\x80", 3, 0, 1, "invalid continuation byte"},     // a surrogate
        {"\xf0\x80\x80\x80", 4, 0, 1, "invalid continuation byte"}, // overlong
        {"\xf4\x90\x80\x80", 4, 0, 1, "invalid continuation byte"}, // above U+10FFFF
        {"ab\xf0\x9f\x98", 5, 2, 3, "unexpected end of data"},
        {"\xf0\x9f\x41", 3, 0, 2, "invalid continuation byte"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        size_t bad_len = 0;
        const char *reason = NULL;
        size_t at = kl_obj_str_utf8_check(cases[i].bytes, cases[i].len, &bad_len, &reason);
        ck_assert_msg(at == cases[i].bad_at, "case %zu: at %zu", i, at);
        if (at < cases[i].len) {
            ck_assert_msg(bad_len == cases[i].bad_len, "case %zu: bad_len %zu", i, bad_len);
            ck_assert_str_eq(reason, cases[i].reason);
        }
    }
}
END_TEST

// ==== Slices ====

// CPython 3.11: slice(start, stop, step).indices(len) and len(range(*that)), with None as a
// missing bound (HAS_* false).
#define NONE (-999999)
START_TEST(test_slice_adjust) {
    static const struct {
        kl_int_t len, start, stop, step;
        kl_int_t r_start, r_stop, r_step;
        size_t count;
    } cases[] = {
        {10, NONE, NONE, 1, 0, 10, 1, 10}, {10, NONE, NONE, -1, 9, -1, -1, 10},
        {10, 2, 8, 2, 2, 8, 2, 3},         {10, -3, NONE, 1, 7, 10, 1, 3},
        {10, -100, 100, 1, 0, 10, 1, 10},  {10, 100, -100, -1, 9, -1, -1, 10},
        {10, 8, 2, -3, 8, 2, -3, 2},       {10, 5, 5, 1, 5, 5, 1, 0},
        {10, 7, 3, 1, 7, 3, 1, 0},         {0, NONE, NONE, -1, -1, -1, -1, 0},
        {0, 0, 10, 1, 0, 0, 1, 0},         {5, NONE, -7, -2, 4, -1, -2, 3},
        {5, -1, NONE, -2, 4, -1, -2, 3},   {3, NONE, NONE, 5, 0, 3, 5, 1},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        kl_slice_indices_t ind;
        kl_obj_slice_adjust((size_t)cases[i].len, cases[i].start != NONE, cases[i].start,
                            cases[i].stop != NONE, cases[i].stop, cases[i].step, &ind);
        ck_assert_msg(ind.start == cases[i].r_start && ind.stop == cases[i].r_stop &&
                          ind.step == cases[i].r_step && ind.count == cases[i].count,
                      "case %zu: (%ld, %ld, %ld) count %zu", i, (long)ind.start, (long)ind.stop,
                      (long)ind.step, ind.count);
    }
}
END_TEST

// Brute force: the count always agrees with walking the selected items.
START_TEST(test_slice_count_brute) {
    for (kl_int_t len = 0; len < 7; len++) {
        for (kl_int_t step = -4; step <= 4; step++) {
            if (step == 0) {
                continue;
            }
            for (kl_int_t a = -9; a <= 9; a++) {
                for (kl_int_t b = -9; b <= 9; b++) {
                    kl_slice_indices_t ind;
                    kl_obj_slice_adjust((size_t)len, true, a, true, b, step, &ind);
                    size_t n = 0;
                    for (kl_int_t i = ind.start; step > 0 ? i < ind.stop : i > ind.stop;
                         i += step) {
                        ck_assert(i >= 0 && i < len);
                        n++;
                    }
                    ck_assert_uint_eq(n, ind.count);
                }
            }
        }
    }
}
END_TEST

// The bounds of index(value, start, stop) select what a step-1 slice with those bounds selects,
// including bounds past either end and a stop before the start.
START_TEST(test_slice_index_range) {
    for (kl_int_t len = 0; len < 6; len++) {
        for (kl_int_t a = -8; a <= 8; a++) {
            for (kl_int_t b = -8; b <= 8; b++) {
                kl_obj_t args[4] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NEW_SMALL_INT(a),
                                    KL_OBJ_NEW_SMALL_INT(b)};
                for (size_t n_args = 2; n_args <= 4; n_args++) {
                    size_t start, stop;
                    kl_obj_slice_index_range((size_t)len, n_args, args, &start, &stop);
                    kl_slice_indices_t ind;
                    kl_obj_slice_adjust((size_t)len, n_args > 2, a, n_args > 3, b, 1, &ind);
                    ck_assert_uint_eq(start, (size_t)ind.start);
                    ck_assert_uint_eq(stop > start ? stop - start : 0, ind.count);
                    ck_assert_uint_le(stop, (size_t)len);
                }
            }
        }
    }
}
END_TEST

// ==== Character classes ====

START_TEST(test_char_case) {
    // Latin-1 letters map both ways, except the three without a partner in Latin-1.
    for (uint32_t c = 0xc0; c <= 0xde; c++) {
        if (c == 0xd7) {
            continue;
        }
        ck_assert_uint_eq(kl_obj_str_char_tolower(c), c + 0x20);
        ck_assert_uint_eq(kl_obj_str_char_toupper(c + 0x20), c);
        ck_assert(kl_obj_str_char_isupper(c));
        ck_assert(kl_obj_str_char_islower(c + 0x20));
    }
    ck_assert_uint_eq(kl_obj_str_char_toupper(0xff), 0x178);
    ck_assert_uint_eq(kl_obj_str_char_toupper(0xb5), 0x39c);
    ck_assert(kl_obj_str_char_islower(0xdf));
    // Latin Extended-A pairs, both parities.
    ck_assert_uint_eq(kl_obj_str_char_toupper(0x101), 0x100);
    ck_assert_uint_eq(kl_obj_str_char_tolower(0x139), 0x13a);
    ck_assert_uint_eq(kl_obj_str_char_toupper(0x17e), 0x17d);
    // Greek and Cyrillic.
    ck_assert_uint_eq(kl_obj_str_char_toupper(0x3c9), 0x3a9);
    ck_assert_uint_eq(kl_obj_str_char_toupper(0x3c2), 0x3a3);
    ck_assert_uint_eq(kl_obj_str_char_tolower(0x416), 0x436);
    ck_assert_uint_eq(kl_obj_str_char_tolower(0x401), 0x451);
    // No case.
    ck_assert_uint_eq(kl_obj_str_char_toupper('1'), '1');
    ck_assert_uint_eq(kl_obj_str_char_toupper(0x4e00), 0x4e00);
}
END_TEST

START_TEST(test_char_classes) {
    ck_assert(kl_obj_str_char_isalpha('q'));
    ck_assert(kl_obj_str_char_isalpha(0xe9));
    ck_assert(!kl_obj_str_char_isalpha(0xd7));
    ck_assert(kl_obj_str_char_isalpha(0x4e2d));
    ck_assert(kl_obj_str_char_isdecimal('7'));
    ck_assert(kl_obj_str_char_isdecimal(0x663));
    ck_assert(!kl_obj_str_char_isdecimal(0xb2));
    ck_assert(kl_obj_str_char_isdigit(0xb2));
    ck_assert(!kl_obj_str_char_isdigit(0xbd));
    ck_assert(kl_obj_str_char_isnumeric(0xbd));
    ck_assert(kl_obj_str_char_isspace(0x85));
    ck_assert(kl_obj_str_char_isspace(0x3000));
    ck_assert(!kl_obj_str_char_isspace(0x200b));
    ck_assert(kl_obj_str_char_isprintable(' '));
    ck_assert(!kl_obj_str_char_isprintable(0x7f));
    ck_assert(!kl_obj_str_char_isprintable(0xa0));
    ck_assert(!kl_obj_str_char_isprintable(0xad));
    ck_assert(kl_obj_str_char_isprintable(0xe9));
    ck_assert(!kl_obj_str_char_isprintable(0xd800));
    ck_assert(kl_obj_str_char_isprintable(0x1f600));
    ck_assert(kl_obj_str_char_isident('_', true));
    ck_assert(!kl_obj_str_char_isident('1', true));
    ck_assert(kl_obj_str_char_isident('1', false));
}
END_TEST

// ==== Objects ====

START_TEST(test_str_objects) {
    // The empty string is the qstr for "", one ASCII character a const object.
    kl_obj_t e = kl_obj_new_str("", 0);
    ck_assert(KL_OBJ_IS_QSTR(e));
    kl_obj_t a = kl_obj_new_str("a", 1);
    ck_assert(kl_obj_is_str(a));
    ck_assert(!kl_gc_is_heap_ptr(a));
    ck_assert_ptr_eq(a, kl_obj_str_from_char('a'));
    // Every const one-character string has the hash a heap string would compute.
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        kl_obj_t s = kl_obj_new_str(&ch, 1);
        ck_assert_uint_eq(kl_obj_str_get_hash(s), kl_qstr_compute_hash(&ch, 1));
    }
    // A heap str keeps its bytes right after the header and knows its code point count.
    kl_obj_t s = kl_obj_new_str("caf\xc3\xa9", 5);
    ck_assert(kl_gc_is_heap_ptr(s));
    const kl_obj_str_t *so = KL_OBJ_TO_PTR(s);
    ck_assert_ptr_eq(so->data, (const char *)(so + 1));
    ck_assert_uint_eq(kl_obj_str_get_charlen(s), 4);
    // A qstr and a heap str with the same text are equal and hash equal.
    kl_obj_t q = KL_OBJ_NEW_QSTR(KL_QSTR_append);
    kl_obj_t h = kl_obj_new_str("append", 6);
    ck_assert(!KL_OBJ_IS_QSTR(h));
    ck_assert(kl_obj_str_equal(q, h));
    ck_assert(kl_obj_str_equal(h, q));
    ck_assert_uint_eq(kl_obj_str_get_hash(q), kl_obj_str_get_hash(h));
    ck_assert(!kl_obj_str_equal(h, kl_obj_new_str("appenD", 6)));
    // bytes share the struct: charlen counts bytes.
    kl_obj_t b = kl_obj_new_bytes("caf\xc3\xa9", 5);
    ck_assert(kl_obj_is_bytes(b));
    ck_assert(!kl_obj_is_str(b));
    ck_assert_uint_eq(kl_obj_str_get_charlen(b), 5);
}
END_TEST

// kl_obj_str_get_data given something that is neither str nor bytes (a caller that took an
// argument on trust) raises TypeError instead of reading the object as a string.
START_TEST(test_str_get_data_non_str) {
    kl_obj_t bad[] = {KL_OBJ_NEW_SMALL_INT(5), kl_const_none, kl_obj_new_list(0, NULL)};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        kl_nlr_buf_t nlr;
        if (kl_nlr_push(&nlr) == 0) {
            size_t len;
            kl_obj_str_get_data(bad[i], &len);
            kl_nlr_pop();
            ck_abort_msg("no exception for case %zu", i);
        } else {
            ck_assert(kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError));
        }
    }
    // A str reads as its bytes.
    size_t len;
    const char *d = kl_obj_str_get_data(kl_obj_new_str("abc", 3), &len);
    ck_assert_uint_eq(len, 3);
    ck_assert(memcmp(d, "abc", 3) == 0);
}
END_TEST

// ==== vstr ====

START_TEST(test_vstr_growth) {
    kl_vstr_t v;
    kl_vstr_init(&v, 1);
    for (int i = 0; i < 10000; i++) {
        kl_vstr_add_byte(&v, (char)('a' + i % 26));
    }
    ck_assert_uint_eq(v.len, 10000);
    ck_assert_uint_ge(v.alloc, v.len + 1);
    for (int i = 0; i < 10000; i++) {
        ck_assert_int_eq(v.buf[i], 'a' + i % 26);
    }
    // Appending its own contents: the buffer moves while the bytes are being read.
    kl_vstr_t w;
    kl_vstr_init(&w, 0);
    kl_vstr_add_str(&w, "abc");
    for (int i = 0; i < 12; i++) {
        kl_vstr_add_strn(&w, w.buf, w.len);
    }
    ck_assert_uint_eq(w.len, 3u << 12);
    for (size_t i = 0; i < w.len; i++) {
        ck_assert_int_eq(w.buf[i], "abc"[i % 3]);
    }
    kl_vstr_cut_tail(&w, w.len - 2);
    ck_assert_str_eq(kl_vstr_null_terminate(&w), "ab");
    // Code points go in as UTF-8.
    kl_vstr_t u;
    kl_vstr_init(&u, 4);
    kl_vstr_add_char(&u, 0xe9);
    kl_vstr_add_char(&u, 0x1f600);
    ck_assert_uint_eq(u.len, 6);
    kl_obj_t s = kl_vstr_to_str(&u);
    ck_assert_uint_eq(kl_obj_str_get_charlen(s), 2);
    size_t len;
    ck_assert_mem_eq(kl_obj_str_get_data(s, &len), "\xc3\xa9\xf0\x9f\x98\x80", 6);
}
END_TEST

START_TEST(test_vstr_to_str_long) {
    // Long contents are handed over instead of copied; short ones get the inline layout.
    kl_vstr_t v;
    kl_vstr_init(&v, 16);
    for (int i = 0; i < 1000; i++) {
        kl_vstr_add_char(&v, i % 2 ? 0x20ac : 'x');
    }
    kl_obj_t s = kl_vstr_to_str(&v);
    ck_assert_uint_eq(kl_obj_str_get_charlen(s), 1000);
    size_t len;
    const char *d = kl_obj_str_get_data(s, &len);
    ck_assert_uint_eq(len, 2000);
    ck_assert_int_eq(d[len], '\0');
    kl_vstr_t w;
    kl_vstr_init(&w, 64);
    kl_vstr_add_str(&w, "hi");
    kl_obj_t t = kl_vstr_to_bytes(&w);
    ck_assert(kl_obj_is_bytes(t));
    const kl_obj_str_t *to = KL_OBJ_TO_PTR(t);
    ck_assert_ptr_eq(to->data, (const char *)(to + 1));
}
END_TEST

START_TEST(test_printf) {
    kl_vstr_t v;
    kl_vstr_init(&v, 8);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_printf(&print, "%d %u %x %s %z %c %.*s %% %q", -42, 42u, 255u, "str", (size_t)7, 0xe9, 3,
              "abcdef", (kl_qstr_t)KL_QSTR_append);
    ck_assert_str_eq(kl_vstr_null_terminate(&v), "-42 42 ff str 7 \xc3\xa9 abc % append");
}
END_TEST

// The other integer forms, which share one path, and the object forms.
START_TEST(test_printf_forms) {
    kl_vstr_t v;
    kl_vstr_init(&v, 8);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_obj_t s = kl_obj_new_str("a'b", 3);
    kl_printf(&print, "%zd %zu %ld %lu %lx %i %p|%T %N %N|%r %S", (ptrdiff_t)-5, (size_t)5, -6l,
              6ul, 0xabcul, -7, (void *)0x1234, KL_OBJ_NEW_SMALL_INT(1), kl_const_none, s, s, s);
    ck_assert_str_eq(kl_vstr_null_terminate(&v),
                     "-5 5 -6 6 abc -7 0x1234|int None str|\"a'b\" a'b");
}
END_TEST

// 64-bit numbers, which print_uint divides 16 bits at a time: the edges of each width.
START_TEST(test_printf_64) {
    kl_vstr_t v;
    kl_vstr_init(&v, 8);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_printf(&print, "%llu %llx %lld %lld %llu %llx %u %d %llu", 18446744073709551615ull,
              18446744073709551615ull, -9223372036854775807ll - 1, 9223372036854775807ll,
              10000000000000000000ull, 0x123456789abcdef0ull, 4294967295u, -2147483647 - 1, 0ull);
    ck_assert_str_eq(kl_vstr_null_terminate(&v),
                     "18446744073709551615 ffffffffffffffff -9223372036854775808 "
                     "9223372036854775807 10000000000000000000 123456789abcdef0 4294967295 "
                     "-2147483648 0");
}
END_TEST

// The Unicode database's invariants over every code point: a special (several code points
// in some mapping) is found by the binary search and maps to non-zero code points; a one-to-one
// mapping stays inside Unicode; digit flags nest (decimal implies digit implies numeric) and
// only decimals carry a value, which counts up within a run of ten.
START_TEST(test_unicode_db) {
#if KL_CFG_UNICODE_DB
    // Check's assertions report each check to the runner, too slow for 1.1 million code
    // points: count the code points that break a rule, and report the first.
    size_t specials = 0, bad = 0;
    uint32_t first_bad = 0;
    for (uint32_t c = 0; c < 0x110000; c++) {
        const kl_udb_record_t *r = kl_udb_get(c);
        bool ok = true;
        for (int kind = KL_UDB_MAP_UPPER; kind <= KL_UDB_MAP_FOLD; kind++) {
            uint32_t out[KL_UDB_MAP_MAX] = {0};
            size_t n = kl_udb_map(c, (kl_udb_map_t)kind, out);
            ok = ok && n >= 1 && n <= KL_UDB_MAP_MAX;
            ok = ok && ((r->flags & KL_UDB_SPECIAL) || n == 1);
            for (size_t i = 0; i < n && ok; i++) {
                ok = out[i] < 0x110000 && (out[i] != 0 || c == 0);
            }
        }
        specials += (r->flags & KL_UDB_SPECIAL) != 0;
        if (r->flags & KL_UDB_DECIMAL) {
            ok = ok && (r->flags & KL_UDB_DIGIT) && r->decimal <= 9;
            ok = ok && (r->decimal == 0 || kl_udb_get(c - 1)->decimal == r->decimal - 1u);
        } else {
            ok = ok && r->decimal == 0;
        }
        ok = ok && (!(r->flags & KL_UDB_DIGIT) || (r->flags & KL_UDB_NUMERIC));
        if (!ok && bad++ == 0) {
            first_bad = c;
        }
    }
    ck_assert_msg(bad == 0, "%zu code points break a rule, the first U+%04X", bad,
                  (unsigned)first_bad);
    ck_assert_uint_gt(specials, 100);
    // Spot checks against values from the Unicode standard.
    uint32_t out[KL_UDB_MAP_MAX];
    ck_assert_uint_eq(kl_udb_map(0xdf, KL_UDB_MAP_UPPER, out), 2); // sharp s -> SS
    ck_assert_uint_eq(out[0], 'S');
    ck_assert_uint_eq(kl_udb_map(0x1c4, KL_UDB_MAP_TITLE, out), 1); // DZ caron -> Dz caron
    ck_assert_uint_eq(out[0], 0x1c5);
    ck_assert_uint_eq(kl_udb_map(0x10400, KL_UDB_MAP_LOWER, out), 1); // Deseret
    ck_assert_uint_eq(out[0], 0x10428);
    ck_assert_uint_eq(kl_udb_map(0x13a0, KL_UDB_MAP_FOLD, out), 1); // Cherokee folds up
    ck_assert_uint_eq(out[0], 0x13a0);
    ck_assert_uint_eq(kl_udb_get(0x0663)->decimal, 3); // Arabic-Indic three
    ck_assert(kl_udb_get(0x3000)->flags & KL_UDB_SPACE);
    ck_assert(!(kl_udb_get(0x0378)->flags & KL_UDB_PRINTABLE)); // unassigned
    ck_assert(kl_udb_get(0x0301)->flags & KL_UDB_CASE_IGNORABLE);
    ck_assert(kl_udb_get(0x110000)->flags == 0);
#endif
}
END_TEST

static Suite *str_suite(void) {
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("helpers");
    tcase_add_unchecked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_utf8_round_trip);
    tcase_add_test(tc, test_utf8_offsets);
    tcase_add_test(tc, test_utf8_check);
    tcase_add_test(tc, test_slice_adjust);
    tcase_add_test(tc, test_slice_count_brute);
    tcase_add_test(tc, test_slice_index_range);
    tcase_add_test(tc, test_char_case);
    tcase_add_test(tc, test_char_classes);
    tcase_add_test(tc, test_unicode_db);
    tcase_add_test(tc, test_str_objects);
    tcase_add_test(tc, test_str_get_data_non_str);
    tcase_add_test(tc, test_vstr_growth);
    tcase_add_test(tc, test_vstr_to_str_long);
    tcase_add_test(tc, test_printf);
    tcase_add_test(tc, test_printf_64);
    tcase_add_test(tc, test_printf_forms);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    char top;
    stack_top = &top;
    SRunner *sr = srunner_create(str_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
