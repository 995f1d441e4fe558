// tests/unit/test_bcfile.c: Check tests of .kbc bytecode files: round trips and hostile input.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A program that uses every kind of constant and every table of a code object (closures,
// handlers, generators, classes, big ints, floats, text) is compiled, saved, loaded and saved
// again: the two files must be equal and the loaded code must compute what the compiled code
// computes. Then the loader gets every prefix of the file and the file with each byte changed
// in several ways: it must either load it or raise ValueError, never crash or hang (run it
// under the asan build to catch reads out of bounds).

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/kinglet.h"
#include "vm/nlr.h"
#include "vm/obj_exception.h"
#include "vm/obj_module.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/parse.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

static char heap_region[16 << 20];
static char *stack_base;

static void start(void) {
    kl_init_t init = {
        .heap = heap_region, .heap_size = sizeof(heap_region), .stack_top = stack_base};
    kl_init(&init);
}

static const char program[] =
    "'''module doc'''\n"
    "import sys\n"
    "def outer(a, b=2, *args, c, d=4, **kw):\n"
    "    total = a + b + c + d + len(args) + len(kw)\n"
    "    def inner(x):\n"
    "        nonlocal total\n"
    "        total += x\n"
    "        return total\n"
    "    return inner\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        try:\n"
    "            yield 1 // (i - 2)\n"
    "        except ZeroDivisionError:\n"
    "            yield 'zero'\n"
    "        finally:\n"
    "            pass\n"
    "async def co():\n"
    "    return 5\n"
    "class K:\n"
    "    'class doc'\n"
    "    attr = (1, 2.5, 3j, b'\\x00\\xff', 'h\\u00e9llo \\u2603', ..., None, True, -7)\n"
    "    def m(self):\n"
    "        return __class__.__name__\n"
    "def match(v):\n"
    "    match v:\n"
    "        case [x, *rest]:\n"
    "            return x\n"
    "        case {'k': y}:\n"
    "            return y\n"
    "        case _:\n"
    "            return None\n"
    "big = 2 ** 100 + 123456789012345678901234567890\n"
    "class CM:\n"
    "    def __enter__(self):\n"
    "        return 3\n"
    "    def __exit__(self, *a):\n"
    "        return True\n"
    "with CM() as t:\n"
    "    raise KeyError(t)\n"
    "result = [outer(1, c=3)(10), list(gen(4)), K().m(), K.attr, match([9, 8]),\n"
    "          match({'k': 'v'}), big % 1000, f'{big:x}'[:4], [i * i for i in range(5)],\n"
    "          {k: v for k, v in zip('ab', 'cd')}, K.__doc__, __doc__]\n";

static const char program_safe[] =
    "def outer(a, b=2, *args, c, d=4, **kw):\n"
    "    total = a + b + c + d + len(args) + len(kw)\n"
    "    def inner(x):\n"
    "        nonlocal total\n"
    "        total += x\n"
    "        return total\n"
    "    return inner\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        try:\n"
    "            yield 1 // (i - 2)\n"
    "        except ZeroDivisionError:\n"
    "            yield 'zero'\n"
    "class K:\n"
    "    attr = (1, 2.5, 3j, b'\\x00\\xff', 'h\\u00e9llo \\u2603', ..., None, True, -7)\n"
    "    def m(self):\n"
    "        return __class__.__name__\n"
    "big = 2 ** 100 + 123456789012345678901234567890\n"
    "result = [outer(1, c=3)(10), list(gen(4)), K().m(), K.attr, big % 1000,\n"
    "          [i * i for i in range(5)], {k: v for k, v in zip('ab', 'cd')}]\n";

static kl_obj_t compile_src(const char *src) {
    return kl_compile(src, strlen(src), kl_qstr_from_str("prog.py"), KL_PARSE_FILE);
}

// Run [code] as __main__ and return repr(result).
static kl_obj_t run_result(kl_obj_t code) {
    kl_obj_t g = kl_obj_new_dict(8);
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___name__), KL_OBJ_NEW_QSTR(KL_QSTR___main__));
    kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
    kl_obj_t r = kl_obj_dict_get(g, KL_OBJ_NEW_QSTR(kl_qstr_from_str("result")));
    ck_assert_ptr_nonnull(r);
    kl_vstr_t v;
    kl_vstr_init(&v, 256);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_obj_print(&print, r, KL_PRINT_REPR);
    return kl_vstr_to_str(&v);
}

START_TEST(test_bcfile_round_trip) {
    start();
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = compile_src(program);
        kl_obj_t file = kl_bcfile_save(code);
        size_t len;
        const char *data = kl_obj_str_get_data(file, &len);
        ck_assert(kl_bcfile_is(data, len));
        kl_obj_t loaded = kl_bcfile_load((const uint8_t *)data, len);
        size_t len2;
        const char *data2 = kl_obj_str_get_data(kl_bcfile_save(loaded), &len2);
        ck_assert_uint_eq(len, len2);
        ck_assert(memcmp(data, data2, len) == 0);
        kl_obj_t want = run_result(code);
        kl_obj_t got = run_result(loaded);
        ck_assert(kl_obj_str_equal(want, got));
        kl_nlr_pop();
    } else {
        kl_exception_print(&kl_print_stderr, nlr.ret_val);
        ck_abort_msg("unexpected exception");
    }
}
END_TEST

static bool try_load(const uint8_t *data, size_t len);

// A frozenset constant keeps its table: 800 and 700 collide, and the frozenset the compiler
// builds (from the members in the order a first one iterates them, as CPython does) differs in
// order from one built again from its own iteration order, which is what version 1 stored.
START_TEST(test_bcfile_frozenset_keeps_its_table) {
    start();
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        static const char src[] =
            "result = [x for x in {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100,\n"
            "                      1200, 1300, 1400, 1500}]\n";
        kl_obj_t code = compile_src(src);
        kl_obj_t file = kl_bcfile_save(code);
        size_t len;
        const char *data = kl_obj_str_get_data(file, &len);
        kl_obj_t loaded = kl_bcfile_load((const uint8_t *)data, len);
        const kl_obj_code_t *c = (const kl_obj_code_t *)code;
        const kl_obj_code_t *l = (const kl_obj_code_t *)loaded;
        size_t found = 0;
        for (size_t i = 0; i < c->n_consts; i++) {
            if (!kl_obj_is_type(c->consts[i], &kl_type_frozenset)) {
                continue;
            }
            found++;
            const kl_obj_set_t *a = KL_OBJ_TO_PTR(c->consts[i]);
            const kl_obj_set_t *b = KL_OBJ_TO_PTR(l->consts[i]);
            ck_assert_uint_eq(a->mask, b->mask);
            ck_assert_uint_eq(a->used, b->used);
            for (size_t k = 0; k <= a->mask; k++) {
                ck_assert(a->table[k].key == b->table[k].key);
                ck_assert_uint_eq(a->table[k].hash, b->table[k].hash);
            }
        }
        ck_assert_uint_eq(found, 1);
        ck_assert(kl_obj_str_equal(run_result(code), run_result(loaded)));
        ck_assert_str_eq(kl_obj_str_get_data(run_result(loaded), &len),
                         "[800, 700, 900, 100, 200, 1000, 600, 300, 1100, 400, 1200, 500, 1300, "
                         "1400, 1500]");
        kl_nlr_pop();
    } else {
        kl_exception_print(&kl_print_stderr, nlr.ret_val);
        ck_abort_msg("unexpected exception");
    }
}
END_TEST

// A frozenset whose layout this build would not make (here: two members swapped, so neither
// is where a lookup looks) is built again from its members; one whose table is bigger than
// any this build makes is refused before anything is allocated.
START_TEST(test_bcfile_frozenset_layouts) {
    start();
    kl_obj_t items[2] = {KL_OBJ_NEW_SMALL_INT(1), KL_OBJ_NEW_SMALL_INT(2)};
    uint32_t good[2] = {1, 2}, swapped[2] = {2, 1}, same[2] = {1, 1};
    kl_obj_t fs = kl_obj_new_frozenset_with_layout(8, 2, good, items);
    ck_assert_ptr_nonnull((void *)fs);
    ck_assert(kl_obj_set_lookup(fs, items[1]) == items[1]);
    ck_assert(kl_obj_new_frozenset_with_layout(8, 2, swapped, items) == KL_OBJ_NULL);
    ck_assert(kl_obj_new_frozenset_with_layout(8, 2, same, items) == KL_OBJ_NULL);
    ck_assert(kl_obj_new_frozenset_with_layout(12, 2, good, items) == KL_OBJ_NULL);
    kl_obj_t five[5];
    uint32_t at5[5];
    for (size_t i = 0; i < 5; i++) {
        five[i] = KL_OBJ_NEW_SMALL_INT(i);
        at5[i] = (uint32_t)i;
    }
    ck_assert(kl_obj_new_frozenset_with_layout(8, 5, at5, five) == KL_OBJ_NULL); // too full
    ck_assert_ptr_nonnull((void *)kl_obj_new_frozenset_with_layout(16, 5, at5, five));
    // In a file: the header, one name, then a module whose only constant is the frozenset.
    // clang-format off
    static const uint8_t head[] = {
        0xff, 'K', 'B', 'C', KL_BCFILE_VERSION, KL_BC_NUM_OPCODES, 2, 0, // header
        1, 1, 'm',                                                       // the names: "m"
        0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0,                              // the code's header
        1};                                                              // one constant
    // clang-format on
    static const uint8_t tail[] = {3, KL_BC_LOAD_CONST, 0, KL_BC_RETURN_VALUE, 0, 0};
    static const uint8_t swapped_fs[] = {'z', 8, 2, 1, 'i', 4, 2, 'i', 2};
    static const uint8_t huge_fs[] = {'z', 0x80, 0x80, 0x80, 0x80, 0x04, 1, 1, 'i', 2};
    uint8_t file[64];
    memcpy(file, head, sizeof(head));
    memcpy(file + sizeof(head), swapped_fs, sizeof(swapped_fs));
    memcpy(file + sizeof(head) + sizeof(swapped_fs), tail, sizeof(tail));
    ck_assert(try_load(file, sizeof(head) + sizeof(swapped_fs) + sizeof(tail)));
    memcpy(file + sizeof(head), huge_fs, sizeof(huge_fs));
    memcpy(file + sizeof(head) + sizeof(huge_fs), tail, sizeof(tail));
    ck_assert(!try_load(file, sizeof(head) + sizeof(huge_fs) + sizeof(tail)));
}
END_TEST

// Load [len] bytes: true if they loaded, false if the loader raised ValueError (anything else
// fails the test).
static bool try_load(const uint8_t *data, size_t len) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_bcfile_load(data, len);
        kl_nlr_pop();
        return true;
    }
    if (!kl_obj_isinstance(nlr.ret_val, &kl_type_ValueError)) {
        kl_exception_print(&kl_print_stderr, nlr.ret_val);
        ck_abort_msg("the loader raised something other than ValueError");
    }
    return false;
}

// A copy of a saved [src] outside the heap, so that collections cannot move or free it.
static uint8_t *saved_copy(const char *src, size_t *len) {
    kl_obj_t file = kl_bcfile_save(compile_src(src));
    const char *data = kl_obj_str_get_data(file, len);
    uint8_t *copy = malloc(*len);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, data, *len);
    return copy;
}

START_TEST(test_bcfile_truncated_at_every_byte) {
    start();
    size_t len;
    uint8_t *data = saved_copy(program, &len);
    ck_assert(try_load(data, len));
    for (size_t n = 0; n < len; n++) {
        uint8_t *cut = malloc(n + 1); // exactly n bytes readable, for asan
        memcpy(cut, data, n);
        ck_assert_msg(!try_load(cut, n), "a file cut to %zu of %zu bytes loaded", n, len);
        free(cut);
    }
    free(data);
}
END_TEST

START_TEST(test_bcfile_every_byte_mutated) {
    start();
    size_t len;
    uint8_t *data = saved_copy(program_safe, &len);
    static const uint8_t flips[] = {0x01, 0x02, 0x10, 0x40, 0x80, 0xff};
    uint8_t *copy = malloc(len);
    size_t loaded = 0, rejected = 0;
    for (size_t i = 0; i < len; i++) {
        for (size_t f = 0; f < sizeof(flips); f++) {
            memcpy(copy, data, len);
            copy[i] ^= flips[f];
            if (try_load(copy, len)) {
                loaded++;
            } else {
                rejected++;
            }
        }
        for (unsigned v = 0; v < 256; v += 51) {
            memcpy(copy, data, len);
            copy[i] = (uint8_t)v;
            try_load(copy, len);
        }
    }
    // Most changes are caught; the rest changed a name, a constant or a line number.
    ck_assert_uint_gt(rejected, loaded);
    free(copy);
    free(data);
}
END_TEST

START_TEST(test_bcfile_rejects_bad_headers) {
    start();
    size_t len;
    uint8_t *data = saved_copy("x = 1\n", &len);
    ck_assert(try_load(data, len));
    uint8_t *copy = malloc(len + 1);
    memcpy(copy, data, len);
    copy[4] = KL_BCFILE_VERSION + 1; // version
    ck_assert(!try_load(copy, len));
    memcpy(copy, data, len);
    copy[0] = 'K'; // magic
    ck_assert(!try_load(copy, len));
    memcpy(copy, data, len);
    copy[len] = 0; // a trailing byte
    ck_assert(!try_load(copy, len + 1));
    free(copy);
    free(data);
}
END_TEST

// ==== Hand-made files ====
// A module with three names ("m", "f", "x"): its code has [n_locals] locals, all named x, the
// given constants (already encoded), bytecode and exception table (start, end, handler, depth
// a row), every number under 128 so that each varint is one byte.

typedef struct {
    uint8_t n_locals, n_stack, n_free, n_cells, cell; // cell: the local of the one cell
    uint8_t n_consts;
    const uint8_t *consts;
    size_t consts_len;
    const uint8_t *bc;
    size_t bc_len;
    uint8_t n_exc;
    const uint8_t *exc;
} hand_t;

static size_t hand_file(const hand_t *h, uint8_t *out) {
    static const uint8_t head[] = {
        0xff, 'K', 'B', 'C', KL_BCFILE_VERSION, KL_BC_NUM_OPCODES, 2, 0, 3, 1, 'm', 1, 'f', 1, 'x'};
    size_t n = 0;
    memcpy(out, head, sizeof(head));
    n += sizeof(head);
    const uint8_t code[] = {0, 0, 0, 0, 1, h->n_locals, h->n_stack, 0, 0, 0, h->n_free, h->n_cells};
    memcpy(out + n, code, sizeof(code));
    n += sizeof(code);
    for (size_t i = 0; i < h->n_locals; i++) {
        out[n++] = 2;
    }
    if (h->n_cells) {
        out[n++] = h->cell;
    }
    out[n++] = h->n_consts;
    memcpy(out + n, h->consts, h->consts_len);
    n += h->consts_len;
    out[n++] = (uint8_t)h->bc_len;
    memcpy(out + n, h->bc, h->bc_len);
    n += h->bc_len;
    out[n++] = 0; // no line table
    out[n++] = h->n_exc;
    memcpy(out + n, h->exc, 4 * (size_t)h->n_exc);
    n += 4 * (size_t)h->n_exc;
    return n;
}

// Why the loader refuses [len] bytes: the text after "invalid bytecode file: ", or NULL when
// they load.
static const char *load_error(const uint8_t *file, size_t len) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_bcfile_load(file, len);
        kl_nlr_pop();
        return NULL;
    }
    ck_assert(kl_obj_isinstance(nlr.ret_val, &kl_type_ValueError));
    size_t n;
    const char *msg = kl_obj_str_get_data(kl_obj_str_of(nlr.ret_val, KL_PRINT_STR), &n);
    const char *prefix = "invalid bytecode file: ";
    ck_assert(strncmp(msg, prefix, strlen(prefix)) == 0);
    return msg + strlen(prefix);
}

// Why the loader refuses the module [bc] (with [consts] and [exc]), or NULL.
static const char *hand_error(uint8_t n_stack, const uint8_t *consts, size_t consts_len,
                              uint8_t n_consts, const uint8_t *bc, size_t bc_len,
                              const uint8_t *exc, uint8_t n_exc) {
    hand_t h = {0,  n_stack, 0,     0,  0, n_consts, consts, n_consts ? consts_len : 0,
                bc, bc_len,  n_exc, exc};
    uint8_t file[256];
    return load_error(file, hand_file(&h, file));
}

#define WHY(n_stack, consts, n_consts, bc, exc, n_exc)                                             \
    hand_error(n_stack, consts, sizeof(consts), n_consts, bc, sizeof(bc), exc, n_exc)

static const uint8_t no_consts[1] = {0};
static const uint8_t no_exc[1] = {0};

// The null LOAD_METHOD pushes for a plain function is read by CALL_METHOD and nothing else.
START_TEST(test_bcfile_rejects_a_null_used_as_a_value) {
    start();
    static const uint8_t call[] = {KL_BC_LOAD_NONE,   KL_BC_LOAD_METHOD, 1, KL_BC_CALL_METHOD, 0, 0,
                                   KL_BC_RETURN_VALUE};
    static const uint8_t returned[] = {KL_BC_LOAD_NONE, KL_BC_LOAD_METHOD, 1, KL_BC_RETURN_VALUE};
    static const uint8_t called[] = {
        KL_BC_LOAD_NONE,   KL_BC_LOAD_METHOD, 1, KL_BC_ROT_TWO, KL_BC_CALL_METHOD, 0, 0,
        KL_BC_RETURN_VALUE};
    static const uint8_t stored[] = {
        KL_BC_LOAD_NONE, KL_BC_LOAD_METHOD, 1, KL_BC_STORE_NAME, 2, KL_BC_POP_TOP,
        KL_BC_LOAD_NONE, KL_BC_RETURN_VALUE};
    ck_assert_ptr_null(WHY(2, no_consts, 0, call, no_exc, 0));
    ck_assert_str_eq(WHY(2, no_consts, 0, returned, no_exc, 0), "a null operand");
    ck_assert_str_eq(WHY(2, no_consts, 0, called, no_exc, 0),
                     "a null operand"); // the null moved to the callee
    ck_assert_str_eq(WHY(2, no_consts, 0, stored, no_exc, 0), "a null operand");
}
END_TEST

// A call's keyword names are strs: argument binding reads them as such.
START_TEST(test_bcfile_rejects_a_keyword_name_not_a_str) {
    start();
    static const uint8_t name[] = {'q', 2}; // the name "x"
    static const uint8_t good[] = {
        KL_BC_LOAD_NONE,   KL_BC_LOAD_CONST, 0, KL_BC_LOAD_NONE, KL_BC_CALL_FUNCTION, 0, 1,
        KL_BC_RETURN_VALUE};
    static const uint8_t bad[] = {
        KL_BC_LOAD_NONE,   KL_BC_LOAD_INT, 2, KL_BC_LOAD_NONE, KL_BC_CALL_FUNCTION, 0, 1,
        KL_BC_RETURN_VALUE};
    ck_assert_ptr_null(WHY(3, name, 1, good, no_exc, 0));
    ck_assert_str_eq(WHY(3, name, 1, bad, no_exc, 0), "an operand that must be a str");
}
END_TEST

// BUILD_STRING joins strs (constants or what FORMAT_VALUE made) without looking.
START_TEST(test_bcfile_rejects_build_string_of_a_non_str) {
    start();
    static const uint8_t text[] = {'s', 1, 'a'};
    static const uint8_t good[] = {KL_BC_LOAD_CONST,   0, KL_BC_LOAD_INT,     2,
                                   KL_BC_FORMAT_VALUE, 0, KL_BC_BUILD_STRING, 2,
                                   KL_BC_RETURN_VALUE};
    static const uint8_t bad[] = {KL_BC_LOAD_CONST,   0, KL_BC_LOAD_INT,    2,
                                  KL_BC_BUILD_STRING, 2, KL_BC_RETURN_VALUE};
    // A str on one path and an int on the other is not a str either.
    static const uint8_t merged[] = {KL_BC_LOAD_TRUE,
                                     KL_BC_POP_JUMP_IF_FALSE,
                                     9,
                                     0,
                                     KL_BC_LOAD_CONST,
                                     0,
                                     KL_BC_JUMP,
                                     11,
                                     0,
                                     KL_BC_LOAD_INT, // 9
                                     2,
                                     KL_BC_LOAD_CONST, // 11
                                     0,
                                     KL_BC_BUILD_STRING,
                                     2,
                                     KL_BC_RETURN_VALUE};
    ck_assert_ptr_null(WHY(2, text, 1, good, no_exc, 0));
    ck_assert_str_eq(WHY(2, text, 1, bad, no_exc, 0), "an operand that must be a str");
    ck_assert_str_eq(WHY(2, text, 1, merged, no_exc, 0), "an operand that must be a str");
}
END_TEST

// A handler deeper than the stack of the code it protects finds in the slots above what was
// last stored there, or null: it may not use them.
START_TEST(test_bcfile_rejects_a_handler_reading_below_its_depth) {
    start();
    static const uint8_t good[] = {KL_BC_LOAD_NONE,    KL_BC_POP_TOP,     KL_BC_LOAD_NAME, 2,
                                   KL_BC_RETURN_VALUE, KL_BC_RETURN_VALUE};
    static const uint8_t good_exc[] = {2, 4, 5, 0}; // the handler returns the exception
    static const uint8_t bad[] = {KL_BC_LOAD_NONE,    KL_BC_POP_TOP, KL_BC_LOAD_NAME,   2,
                                  KL_BC_RETURN_VALUE, KL_BC_POP_TOP, KL_BC_RETURN_VALUE};
    static const uint8_t bad_exc[] = {2, 4, 5, 1}; // ... and this one what is under it
    ck_assert_ptr_null(WHY(2, no_consts, 0, good, good_exc, 1));
    ck_assert_str_eq(WHY(2, no_consts, 0, bad, bad_exc, 1), "a null operand");
    // The same handler is fine where the protected code has a value in that slot.
    static const uint8_t kept[] = {KL_BC_LOAD_NONE,   KL_BC_LOAD_NAME,    2,
                                   KL_BC_POP_TOP,     KL_BC_RETURN_VALUE, KL_BC_POP_TOP,
                                   KL_BC_RETURN_VALUE};
    static const uint8_t kept_exc[] = {1, 3, 5, 1};
    ck_assert_ptr_null(WHY(2, no_consts, 0, kept, kept_exc, 1));
}
END_TEST

// Every loop passes a check point (Ctrl-C, the instruction budget): only JUMP goes backward,
// or another jump to a FOR_ITER or GET_ANEXT (which check at each item), and a handler never
// lies before the end of the code it protects. fuzz_bcfile's hangs were files that looped
// with a conditional jump or a handler, and so never ran out of their instruction limit.
START_TEST(test_bcfile_rejects_loops_without_a_check_point) {
    start();
    static const uint8_t cond_back[] = {KL_BC_LOAD_TRUE, KL_BC_POP_JUMP_IF_TRUE, 0, 0,
                                        KL_BC_LOAD_NONE, KL_BC_RETURN_VALUE};
    static const uint8_t jump_back[] = {KL_BC_LOAD_NONE, KL_BC_POP_TOP, KL_BC_JUMP, 0, 0};
    static const uint8_t to_for_iter[] = {KL_BC_BUILD_TUPLE,
                                          0,
                                          KL_BC_GET_ITER,
                                          KL_BC_FOR_ITER,
                                          14,
                                          0,
                                          KL_BC_POP_TOP, // 0 2 3 6
                                          KL_BC_LOAD_TRUE,
                                          KL_BC_POP_JUMP_IF_TRUE,
                                          3,
                                          0,
                                          KL_BC_JUMP,
                                          3,
                                          0, // 7 8 11
                                          KL_BC_LOAD_NONE,
                                          KL_BC_RETURN_VALUE}; // 14 15
    static const uint8_t into_body[] = {KL_BC_BUILD_TUPLE,
                                        0,
                                        KL_BC_GET_ITER,
                                        KL_BC_FOR_ITER,
                                        14,
                                        0,
                                        KL_BC_POP_TOP,
                                        KL_BC_LOAD_TRUE,
                                        KL_BC_POP_JUMP_IF_TRUE,
                                        7,
                                        0,
                                        KL_BC_JUMP,
                                        3,
                                        0,
                                        KL_BC_LOAD_NONE,
                                        KL_BC_RETURN_VALUE};
    ck_assert_str_eq(WHY(1, no_consts, 0, cond_back, no_exc, 0), "backward jump");
    ck_assert_ptr_null(WHY(1, no_consts, 0, jump_back, no_exc, 0));
    ck_assert_ptr_null(WHY(2, no_consts, 0, to_for_iter, no_exc, 0));
    ck_assert_str_eq(WHY(2, no_consts, 0, into_body, no_exc, 0), "backward jump");
    static const uint8_t guarded[] = {KL_BC_LOAD_NONE, KL_BC_POP_TOP, KL_BC_LOAD_NAME, 2,
                                      KL_BC_RETURN_VALUE};
    static const uint8_t handler_after[] = {2, 4, 4, 0};
    static const uint8_t handler_before[] = {2, 4, 0, 0};
    ck_assert_ptr_null(WHY(2, no_consts, 0, guarded, handler_after, 1));
    ck_assert_str_eq(WHY(2, no_consts, 0, guarded, handler_before, 1),
                     "exception handler before the end of its range");
}
END_TEST

// Cells live in their locals: a plain STORE_FAST there would leave LOAD_DEREF a non-cell. A
// module has no closure, so no free variables.
START_TEST(test_bcfile_rejects_cell_misuse) {
    start();
    static const uint8_t deref[] = {KL_BC_LOAD_NONE,   KL_BC_STORE_DEREF, 0, KL_BC_LOAD_DEREF, 0,
                                    KL_BC_RETURN_VALUE};
    static const uint8_t fast[] = {KL_BC_LOAD_NONE,   KL_BC_STORE_FAST, 0, KL_BC_LOAD_DEREF, 0,
                                   KL_BC_RETURN_VALUE};
    static const uint8_t ret[] = {KL_BC_LOAD_NONE, KL_BC_RETURN_VALUE};
    uint8_t file[256];
    hand_t h = {1, 1, 0, 1, 0, 0, no_consts, 0, deref, sizeof(deref), 0, no_exc};
    ck_assert_ptr_null(load_error(file, hand_file(&h, file)));
    h.bc = fast;
    h.bc_len = sizeof(fast);
    ck_assert_str_eq(load_error(file, hand_file(&h, file)), "a plain access to a cell");
    hand_t free_var = {1, 1, 1, 0, 0, 0, no_consts, 0, ret, sizeof(ret), 0, no_exc};
    ck_assert_str_eq(load_error(file, hand_file(&free_var, file)), "free variables in a module");
}
END_TEST

// Load and run a hand-made module; the type of the exception it raised (NULL for none).
static const kl_obj_type_t *hand_run(const uint8_t *consts, size_t consts_len, uint8_t n_consts,
                                     const uint8_t *bc, size_t bc_len) {
    hand_t h = {0, 4, 0, 0, 0, n_consts, consts, n_consts ? consts_len : 0, bc, bc_len, 0, no_exc};
    uint8_t file[256];
    size_t len = hand_file(&h, file);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = kl_bcfile_load(file, len);
        kl_obj_t g = kl_obj_new_dict(8);
        kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
        kl_nlr_pop();
        return NULL;
    }
    return kl_obj_get_type(nlr.ret_val);
}

#define RUNS(consts, n_consts, bc) hand_run(consts, sizeof(consts), n_consts, bc, sizeof(bc))

// What the loader leaves to the VM, where the kind is one compare at an instruction the
// compiler uses in one pattern: these load, and raise rather than crash.
START_TEST(test_bcfile_vm_checks_kinds) {
    start();
    static const uint8_t reraise[] = {KL_BC_LOAD_INT, 2, KL_BC_RERAISE};
    ck_assert(RUNS(no_consts, 0, reraise) == &kl_type_SystemError);
    static const uint8_t with_exit[] = {KL_BC_LOAD_NONE,         KL_BC_LOAD_NONE,
                                        KL_BC_LOAD_INT,          2,
                                        KL_BC_WITH_EXCEPT_START, KL_BC_RETURN_VALUE};
    ck_assert(RUNS(no_consts, 0, with_exit) == &kl_type_SystemError);
    static const uint8_t for_loop[] = {KL_BC_LOAD_INT,
                                       2,
                                       KL_BC_FOR_ITER,
                                       9,
                                       0,
                                       KL_BC_POP_TOP,
                                       KL_BC_JUMP,
                                       2,
                                       0,
                                       KL_BC_LOAD_NONE,
                                       KL_BC_RETURN_VALUE};
    ck_assert(RUNS(no_consts, 0, for_loop) == &kl_type_TypeError); // not an iterator
    // A function whose defaults are not a tuple.
    static const uint8_t fun[] = {
        'C', 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 2, 0, 3, KL_BC_LOAD_FAST, 0, KL_BC_RETURN_VALUE,
        0,   0};
    static const uint8_t make[] = {KL_BC_LOAD_INT,    2, KL_BC_MAKE_FUNCTION, 0, 1,
                                   KL_BC_RETURN_VALUE};
    ck_assert(RUNS(fun, 1, make) == &kl_type_SystemError);
}
END_TEST

// What fuzz/fuzz_bcfile.c does with one input: a new interpreter in its own heap loads the
// file and runs it under an instruction budget, then ends. Every error is a Python exception.
static char fuzz_heap[8 << 20];

static void run_like_the_fuzzer(const uint8_t *data, size_t len) {
    char stack_top;
    kl_init_t init = {.heap = fuzz_heap, .heap_size = sizeof(fuzz_heap), .stack_top = &stack_top};
    kl_init(&init);
    kl_set_instruction_budget(100000);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = kl_bcfile_load(data, len);
        kl_obj_t g = kl_obj_module_globals(kl_state.roots.main_module);
        kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
        kl_nlr_pop();
    }
    kl_deinit();
}

// The .kbc file of tests/[path] (the unit tests run from the top of the tree), malloc'ed.
static uint8_t *saved_test(const char *path, size_t *len) {
    char full[256];
    snprintf(full, sizeof(full), "tests/%s", path);
    FILE *f = fopen(full, "rb");
    ck_assert_ptr_nonnull(f);
    char *src = calloc(1, 1 << 16);
    size_t n = fread(src, 1, (1 << 16) - 1, f);
    fclose(f);
    src[n] = 0;
    start();
    uint8_t *data = saved_copy(src, len);
    kl_deinit();
    free(src);
    return data;
}

// A new interpreter in the same heap (a soft reset, or the fuzzer starting one for every
// input) must not find the last one's objects in the attribute lookup cache, which outlives
// the heap. libFuzzer found these two programs, run in this order, doing so (it crashed).
START_TEST(test_bcfile_reinit_forgets_cached_attributes) {
    size_t len1, len2;
    uint8_t *first = saved_test("lang/scope_class_body.py", &len1);
    uint8_t *second = saved_test("classes/alt_constructors.py", &len2);
    run_like_the_fuzzer(first, len1);
    run_like_the_fuzzer(second, len2);
    free(first);
    free(second);
}
END_TEST

static Suite *bcfile_suite(void) {
    Suite *s = suite_create("bcfile");
    TCase *tc = tcase_create("bcfile");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_bcfile_round_trip);
    tcase_add_test(tc, test_bcfile_truncated_at_every_byte);
    tcase_add_test(tc, test_bcfile_every_byte_mutated);
    tcase_add_test(tc, test_bcfile_rejects_bad_headers);
    tcase_add_test(tc, test_bcfile_frozenset_keeps_its_table);
    tcase_add_test(tc, test_bcfile_frozenset_layouts);
    tcase_add_test(tc, test_bcfile_reinit_forgets_cached_attributes);
    tcase_add_test(tc, test_bcfile_rejects_a_null_used_as_a_value);
    tcase_add_test(tc, test_bcfile_rejects_a_keyword_name_not_a_str);
    tcase_add_test(tc, test_bcfile_rejects_build_string_of_a_non_str);
    tcase_add_test(tc, test_bcfile_rejects_a_handler_reading_below_its_depth);
    tcase_add_test(tc, test_bcfile_rejects_cell_misuse);
    tcase_add_test(tc, test_bcfile_rejects_loops_without_a_check_point);
    tcase_add_test(tc, test_bcfile_vm_checks_kinds);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    char base;
    stack_base = &base;
    SRunner *sr = srunner_create(bcfile_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
