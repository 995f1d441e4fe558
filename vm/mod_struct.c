// vm/mod_struct.c: the struct module, Python values to and from packed binary records.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A format string is never compiled into a table of codes: it is checked once, by a pass that
// computes its size and item count (calcsize, and the constructor of a Struct), and then simply
// walked again by every pack and unpack. The walk costs a few comparisons per group, and a
// Struct stays one small object with no second allocation, which matters on a board.
//
// Native mode ('@', the default) follows the C compiler of the target: the size and alignment
// of each code come from sizeof and _Alignof of the real C type, so 'l' is 8 bytes on a 64-bit
// host and 4 on a Cortex-M, exactly as CPython built for that target would pack it. The
// standard modes ('=', '<', '>', '!') use the fixed sizes of the documentation and no padding.
//
// Error messages copy CPython's, which depend on which of its C routines packs an item: the
// native ones for '@', and also for a standard format in the host's byte order when the
// standard size of the code equals its native size (CPython swaps its faster native routines
// in there). pack_int below decides the same way, so '<h' says "short format requires ..." on
// a little-endian host while '>h' says "'h' format requires ...".
//
// The packing routines write into a private zeroed buffer, never straight into a bytearray:
// __index__, __float__ and __bool__ of the items run Python code, which could resize it.

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"

#if KL_CFG_MODULE_STRUCT

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HOST_LITTLE (false)
#else
#define HOST_LITTLE (true)
#endif

// Sizes and offsets never exceed Py_ssize_t's range in CPython; the same bound here keeps every
// sum below SIZE_MAX.
#define SIZE_LIMIT ((size_t)PTRDIFF_MAX)

#define LONG_BITS (sizeof(long) * CHAR_BIT)
#define INT_BITS (sizeof(int) * CHAR_BIT)

// ==== struct.error ====

static const kl_rom_map_elem_t error_locals_table[] = {
    {KL_ROM_QSTR(__module__), KL_OBJ_NEW_QSTR(KL_QSTR_struct)},
};
static KL_DEFINE_CONST_DICT(error_locals_dict, error_locals_table);

static const kl_obj_type_t struct_error_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_error,
    .make_new = kl_exception_make_new,
    .print = kl_exception_print_obj,
    .attr = kl_exception_attr,
    .locals_dict = &error_locals_dict,
    .parent = &kl_type_Exception,
};

static KL_NORETURN void raise_error(const char *msg) {
    kl_raise_msg(&struct_error_type, msg);
}

// ==== Format strings ====

// One format character: its native size and alignment, and its standard size (0 where the
// code exists only in native mode).
typedef struct _code_t {
    char code;
    uint8_t size;
    uint8_t align;
    uint8_t std_size;
} code_t;

// clang-format off
static const code_t codes[] = {
    {'x', 1, 1, 1},
    {'c', 1, 1, 1},
    {'b', 1, 1, 1},
    {'B', 1, 1, 1},
    {'?', sizeof(_Bool), _Alignof(_Bool), 1},
    {'h', sizeof(short), _Alignof(short), 2},
    {'H', sizeof(short), _Alignof(short), 2},
    {'i', sizeof(int), _Alignof(int), 4},
    {'I', sizeof(int), _Alignof(int), 4},
    {'l', sizeof(long), _Alignof(long), 4},
    {'L', sizeof(long), _Alignof(long), 4},
    {'q', sizeof(long long), _Alignof(long long), 8},
    {'Q', sizeof(long long), _Alignof(long long), 8},
    {'n', sizeof(size_t), _Alignof(size_t), 0},
    {'N', sizeof(size_t), _Alignof(size_t), 0},
    {'P', sizeof(void *), _Alignof(void *), 0},
    {'e', 2, _Alignof(short), 2},
    {'f', sizeof(float), _Alignof(float), 4},
    {'d', sizeof(double), _Alignof(double), 8},
    {'s', 1, 1, 1},
    {'p', 1, 1, 1},
};
// clang-format on

// A walk over a format string.
typedef struct _fmt_t {
    const char *p;
    const char *end;
    bool native; // '@': native sizes and alignment
    bool little; // byte order of multi-byte items
} fmt_t;

static void fmt_start(fmt_t *f, const char *s, size_t len) {
    f->p = s;
    f->end = s + len;
    f->native = false;
    f->little = HOST_LITTLE;
    switch (len > 0 ? s[0] : '\0') {
        case '<':
            f->little = true;
            break;
        case '>':
        case '!':
            f->little = false;
            break;
        case '=':
            break;
        case '@':
            f->native = true;
            break;
        default:
            f->native = true;
            return;
    }
    f->p++;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The next group of [f] in *[code] and its repeat count in *[count]; false at the end.
static bool fmt_next(fmt_t *f, char *code, size_t *count) {
    while (f->p < f->end && is_space(*f->p)) {
        f->p++;
    }
    if (f->p == f->end) {
        return false;
    }
    size_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            size_t d = (size_t)(*f->p++ - '0');
            if (n > (SIZE_LIMIT - d) / 10) {
                raise_error(KL_ERROR_TEXT("total struct size too long"));
            }
            n = n * 10 + d;
        }
        if (f->p == f->end) {
            raise_error(KL_ERROR_TEXT("repeat count given without format specifier"));
        }
    }
    *code = *f->p++;
    *count = n;
    return true;
}

static const code_t *find_code(const fmt_t *f, char c) {
    for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
        if (codes[i].code == c) {
            return f->native || codes[i].std_size != 0 ? &codes[i] : NULL;
        }
    }
    return NULL;
}

static size_t item_size(const fmt_t *f, const code_t *k) {
    return f->native ? k->size : k->std_size;
}

// [offset] rounded up to the alignment of [k] in native mode; SIZE_MAX when that overflows.
static size_t align_offset(const fmt_t *f, const code_t *k, size_t offset) {
    if (!f->native || k->align <= 1) {
        return offset;
    }
    size_t extra = (k->align - offset % k->align) % k->align;
    return extra > SIZE_LIMIT - offset ? SIZE_MAX : offset + extra;
}

// Check the format [s] of [len] bytes and compute its packed size and the number of values
// it packs; raises struct.error for a bad format.
static void fmt_layout(const char *s, size_t len, size_t *size_out, size_t *items_out) {
    fmt_t f;
    fmt_start(&f, s, len);
    size_t size = 0;
    size_t items = 0;
    char c;
    size_t n;
    while (fmt_next(&f, &c, &n)) {
        const code_t *k = find_code(&f, c);
        if (k == NULL) {
            raise_error(KL_ERROR_TEXT("bad char in struct format"));
        }
        if (c == 's' || c == 'p') {
            items++;
        } else if (c != 'x') {
            items += n;
        }
        size = align_offset(&f, k, size);
        size_t isz = item_size(&f, k);
        if (size == SIZE_MAX || n > (SIZE_LIMIT - size) / isz) {
            raise_error(KL_ERROR_TEXT("total struct size too long"));
        }
        size += n * isz;
    }
    *size_out = size;
    *items_out = items;
}

// ==== Numbers to bytes and back ====

static void write_uint(uint8_t *p, size_t n, bool little, uint64_t v) {
    for (size_t i = 0; i < n; i++) {
        p[little ? i : n - 1 - i] = (uint8_t)v;
        v >>= 8;
    }
}

static uint64_t read_uint(const uint8_t *p, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v = (v << 8) | p[little ? n - 1 - i : i];
    }
    return v;
}

// IEEE 754 binary16, rounding half to even. Sets *[overflow] when [x] is finite but rounds
// beyond the largest half float, 65504.
static uint16_t half_from_double(double x, bool *overflow) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    *overflow = false;
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    x = fabs(x);
    if (x == 0) {
        return sign;
    }
    int e;
    double m = frexp(x, &e); // x = m * 2**e, 0.5 <= m < 1
    // Below 2**-14 the result is subnormal: a count of 2**-24 units. Else 11 significant bits.
    bool normal = e >= -13;
    double q = normal ? ldexp(m, 11) : ldexp(x, 24);
    double whole = floor(q);
    uint32_t bits = (uint32_t)whole;
    double rest = q - whole;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        bits++;
    }
    if (!normal) {
        // 1024 units is the smallest normal number, whose encoding follows on naturally.
        return sign | (uint16_t)bits;
    }
    if (bits == 2048) {
        bits = 1024;
        e++;
    }
    int biased = e + 14;
    if (biased >= 31) {
        *overflow = true;
        return 0;
    }
    return sign | (uint16_t)((unsigned)biased << 10) | (uint16_t)(bits - 1024);
}

static double half_to_double(uint16_t h) {
    unsigned biased = (h >> 10) & 0x1f;
    unsigned frac = h & 0x3ff;
    double v;
    if (biased == 0) {
        v = ldexp((double)frac, -24);
    } else if (biased == 31) {
        v = frac == 0 ? INFINITY : NAN;
    } else {
        v = ldexp((double)(frac + 1024), (int)biased - 25);
    }
    return (h & 0x8000) ? -v : v;
}

// (float)x without C's undefined behaviour for values beyond FLT_MAX: those round to FLT_MAX
// or to infinity as IEEE 754 does.
static float float_narrow(double x) {
    double ax = fabs(x);
    if (ax > FLT_MAX && !isinf(x)) {
        float r = ax >= 0x1.ffffffp127 ? INFINITY : FLT_MAX;
        return x < 0 ? -r : r;
    }
    return (float)x;
}

// ==== Packing one value ====

static bool is_int_value(kl_obj_t v) {
    return kl_obj_is_int(v) || kl_obj_isinstance(v, &kl_type_int);
}

// The int an integer code packs: an int, or what __index__ gives.
static kl_obj_t get_int(kl_obj_t v) {
    if (kl_obj_is_int(v)) {
        return v;
    }
    kl_obj_t n = kl_obj_native(v, &kl_type_int);
    if (n != v && kl_obj_is_int(n)) {
        return n;
    }
    kl_obj_t m[2];
    kl_load_method_maybe(v, KL_QSTR___index__, m);
    if (m[0] == KL_OBJ_NULL) {
        raise_error(KL_ERROR_TEXT("required argument is not an integer"));
    }
    return kl_obj_index(v);
}

// An int as a sign and a 64-bit magnitude; [big] when the magnitude needs more bits.
typedef struct _ival_t {
    uint64_t mag;
    bool neg;
    bool big;
} ival_t;

// Is [x] in -2**(bits-1) .. 2**(bits-1)-1?
static bool in_signed(const ival_t *x, unsigned bits) {
    if (x->big) {
        return false;
    }
    uint64_t half = (uint64_t)1 << (bits - 1);
    return x->neg ? x->mag <= half : x->mag < half;
}

// Is [x] in 0 .. 2**bits-1?
static bool in_unsigned(const ival_t *x, unsigned bits) {
    if (x->big || x->neg) {
        return false;
    }
    return bits >= 64 || x->mag < ((uint64_t)1 << bits);
}

static void need(bool ok) {
    if (!ok) {
        raise_error(KL_ERROR_TEXT("argument out of range"));
    }
}

// The bits an integer code [k] packs for [v] in format [f], with CPython's checks and
// messages (see the top of the file for why they depend on the byte order).
static uint64_t pack_int(const fmt_t *f, const code_t *k, kl_obj_t v) {
    ival_t x;
    x.big = !kl_obj_int_get_mag64(get_int(v), &x.mag, &x.neg);
    char c = k->code;
    bool as_native = f->native || (f->little == HOST_LITTLE && k->std_size == k->size);
    unsigned bits = (unsigned)(8 * item_size(f, k));
    switch (c) {
        case 'b':
            need(in_signed(&x, LONG_BITS));
            if (!in_signed(&x, 8)) {
                raise_error(KL_ERROR_TEXT("byte format requires -128 <= number <= 127"));
            }
            break;
        case 'B':
            need(in_signed(&x, LONG_BITS));
            if (!in_unsigned(&x, 8)) {
                raise_error(KL_ERROR_TEXT("ubyte format requires 0 <= number <= 255"));
            }
            break;
        case 'h':
            if (!as_native) {
                goto std_signed;
            }
            need(in_signed(&x, LONG_BITS));
            if (!in_signed(&x, 16)) {
                raise_error(KL_ERROR_TEXT("short format requires -32768 <= number <= 32767"));
            }
            break;
        case 'H':
            if (!as_native) {
                goto std_unsigned;
            }
            need(in_signed(&x, LONG_BITS));
            if (!in_unsigned(&x, 16)) {
                raise_error(KL_ERROR_TEXT("ushort format requires 0 <= number <= 65535"));
            }
            break;
        case 'i':
        case 'l':
            if (!as_native) {
                goto std_signed;
            }
            need(in_signed(&x, LONG_BITS));
            if (!in_signed(&x, bits)) {
                kl_raise_msg_fmt(&struct_error_type,
                                 KL_ERROR_TEXT("'%c' format requires %lld <= number <= %lld"), c,
                                 (long long)INT_MIN, (long long)INT_MAX);
            }
            break;
        case 'I':
        case 'L':
            if (!as_native) {
                goto std_unsigned;
            }
            need(in_unsigned(&x, LONG_BITS));
            if (!in_unsigned(&x, bits)) {
                kl_raise_msg_fmt(&struct_error_type,
                                 KL_ERROR_TEXT("'%c' format requires 0 <= number <= %llu"), c,
                                 (unsigned long long)UINT_MAX);
            }
            break;
        case 'q':
        case 'Q':
            if (c == 'q' ? in_signed(&x, 64) : in_unsigned(&x, 64)) {
                break;
            }
            if (as_native) {
                need(false);
            }
            raise_error(KL_ERROR_TEXT("int too large to convert"));
        case 'n':
            need(in_signed(&x, bits));
            break;
        case 'N':
            need(in_unsigned(&x, bits));
            break;
        default: // 'P'
            if (!in_signed(&x, bits) && !in_unsigned(&x, bits)) {
                raise_error(KL_ERROR_TEXT("int too large to convert"));
            }
            break;
    }
    return x.neg ? 0 - x.mag : x.mag;

std_signed:
    need(in_signed(&x, LONG_BITS));
    if (bits != LONG_BITS && !in_signed(&x, bits)) {
        long long hi = (long long)((1ull << (bits - 1)) - 1);
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("'%c' format requires %lld <= number <= %lld"), c, -hi - 1,
                         hi);
    }
    return x.neg ? 0 - x.mag : x.mag;

std_unsigned:
    need(in_unsigned(&x, LONG_BITS));
    if (bits != LONG_BITS && !in_unsigned(&x, bits)) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("'%c' format requires 0 <= number <= %llu"), c,
                         (unsigned long long)((1ull << bits) - 1));
    }
    return x.mag;
}

// float(v) as PyFloat_AsDouble sees it: a float, an int, __float__ or __index__.
static void float_value(kl_obj_t v, kl_float_t *out) {
    if (kl_obj_get_float_maybe(v, out)) {
        return;
    }
    kl_obj_t m[2];
    kl_load_method_maybe(v, KL_QSTR___index__, m);
    if (m[0] == KL_OBJ_NULL) {
        raise_error(KL_ERROR_TEXT("required argument is not a float"));
    }
    *out = kl_obj_int_to_float(kl_obj_index(v));
}

// The value a float code packs; any failure to convert becomes struct.error, as in CPython.
static kl_float_t get_float(kl_obj_t v) {
    kl_float_t d = 0;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        float_value(v, &d);
        kl_nlr_pop();
    } else {
        raise_error(KL_ERROR_TEXT("required argument is not a float"));
    }
    return d;
}

// A float too large for the code [c]: an int argument reads "int too large to convert".
static KL_NORETURN void float_overflow(kl_obj_t v, char c) {
    if (is_int_value(v)) {
        raise_error(KL_ERROR_TEXT("int too large to convert"));
    }
    kl_raise_msg_fmt(&kl_type_OverflowError,
                     KL_ERROR_TEXT("float too large to pack with %c format"), c);
}

static void pack_one(const fmt_t *f, const code_t *k, uint8_t *p, kl_obj_t v) {
    size_t size = item_size(f, k);
    switch (k->code) {
        case 'c': {
            size_t len = 0;
            const char *data = kl_obj_is_bytes(v) ? kl_obj_str_get_data(v, &len) : NULL;
            if (len != 1) {
                raise_error(KL_ERROR_TEXT("char format requires a bytes object of length 1"));
            }
            p[0] = (uint8_t)data[0];
            return;
        }
        case '?':
            write_uint(p, size, f->little, kl_obj_is_true(v));
            return;
        case 'e': {
            bool overflow;
            uint16_t h = half_from_double(get_float(v), &overflow);
            if (overflow) {
                float_overflow(v, 'e');
            }
            write_uint(p, 2, f->little, h);
            return;
        }
        case 'f': {
            kl_float_t d = get_float(v);
            float x = float_narrow(d);
            if (!f->native && isinf(x) && !isinf(d)) {
                float_overflow(v, 'f');
            }
            uint32_t u;
            memcpy(&u, &x, sizeof(u));
            write_uint(p, 4, f->little, u);
            return;
        }
        case 'd': {
            double d = get_float(v);
            uint64_t u;
            memcpy(&u, &d, sizeof(u));
            write_uint(p, 8, f->little, u);
            return;
        }
        default:
            write_uint(p, size, f->little, pack_int(f, k, v));
            return;
    }
}

// 's' and 'p' take one bytes or bytearray for a field of [n] bytes.
static void pack_string(char c, size_t n, uint8_t *p, kl_obj_t v) {
    const char *data;
    size_t len;
    if (!(kl_obj_is_bytes(v) || kl_obj_isinstance(v, &kl_type_bytearray)) ||
        !kl_buffer_get_maybe(v, &data, &len, false)) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("argument for '%c' must be a bytes object"), c);
    }
    if (c == 's') {
        kl_mem_copy(p, data, len < n ? len : n);
        return;
    }
    if (n == 0) {
        return;
    }
    // Pascal string: a length byte (at most 255), then as much of the data as fits.
    size_t m = len < n - 1 ? len : n - 1;
    kl_mem_copy(p + 1, data, m);
    p[0] = (uint8_t)(m > 255 ? 255 : m);
}

// ==== Struct objects ====

// A checked format: the str or bytes it was made from (KL_OBJ_NULL for a Struct whose
// __init__ has not run), its packed size and its number of values.
typedef struct _struct_obj_t {
    kl_obj_base_t base;
    kl_obj_t format;
    size_t size;
    size_t n_items;
} struct_obj_t;

static const kl_obj_type_t struct_type;

static const char *struct_format_data(const struct_obj_t *s, size_t *len) {
    if (s->format == KL_OBJ_NULL) {
        *len = 0;
        return "";
    }
    return kl_obj_str_get_data(s->format, len);
}

// Check [fmt] and make [s] describe it.
static void struct_setup(struct_obj_t *s, kl_obj_t fmt) {
    if (!kl_obj_is_str(fmt) && !kl_obj_is_bytes(fmt)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Struct() argument 1 must be a str or bytes object, not %T"),
                         fmt);
    }
    size_t len;
    const char *data = kl_obj_str_get_data(fmt, &len);
    if (kl_obj_is_str(fmt) && kl_obj_str_get_charlen(fmt) != len) {
        // Raises CPython's UnicodeEncodeError for the first non-ASCII character.
        kl_obj_str_encode(fmt, "ascii", "strict");
    }
    if (memchr(data, '\0', len) != NULL) {
        raise_error(KL_ERROR_TEXT("embedded null character"));
    }
    fmt_layout(data, len, &s->size, &s->n_items);
    s->format = fmt;
}

// Pack [args] ([s]->n_items of them) into [buf] of [s]->size zeroed bytes.
static void struct_pack_buf(const struct_obj_t *s, uint8_t *buf, const kl_obj_t *args) {
    size_t len;
    const char *data = struct_format_data(s, &len);
    fmt_t f;
    fmt_start(&f, data, len);
    size_t off = 0;
    char c;
    size_t n;
    while (fmt_next(&f, &c, &n)) {
        const code_t *k = find_code(&f, c);
        off = align_offset(&f, k, off);
        if (c == 's' || c == 'p') {
            pack_string(c, n, buf + off, *args++);
            off += n;
        } else if (c == 'x') {
            off += n;
        } else {
            size_t isz = item_size(&f, k);
            for (size_t i = 0; i < n; i++) {
                pack_one(&f, k, buf + off, *args++);
                off += isz;
            }
        }
    }
}

static kl_obj_t unpack_one(const fmt_t *f, const code_t *k, const uint8_t *p) {
    size_t size = item_size(f, k);
    uint64_t u = read_uint(p, size, f->little);
    switch (k->code) {
        case 'c':
            return kl_obj_new_bytes((const char *)p, 1);
        case '?':
            return KL_OBJ_FROM_BOOL(u != 0);
        case 'e':
            return kl_obj_new_float(half_to_double((uint16_t)u));
        case 'f': {
            uint32_t b = (uint32_t)u;
            float x;
            memcpy(&x, &b, sizeof(x));
            return kl_obj_new_float(x);
        }
        case 'd': {
            double x;
            memcpy(&x, &u, sizeof(x));
            return kl_obj_new_float(x);
        }
        case 'b':
        case 'h':
        case 'i':
        case 'l':
        case 'q':
        case 'n':
            if (size < 8 && ((u >> (size * 8 - 1)) & 1)) {
                u |= ~(uint64_t)0 << (size * 8);
            }
            return kl_obj_new_int_from_ll((long long)(int64_t)u);
        default:
            return kl_obj_new_int_from_u64(u);
    }
}

// The tuple of the values packed in the [s]->size bytes at [buf].
static kl_obj_t struct_unpack_buf(const struct_obj_t *s, const uint8_t *buf) {
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(s->n_items);
    size_t len;
    const char *data = struct_format_data(s, &len);
    fmt_t f;
    fmt_start(&f, data, len);
    size_t off = 0;
    size_t item = 0;
    char c;
    size_t n;
    while (fmt_next(&f, &c, &n)) {
        const code_t *k = find_code(&f, c);
        off = align_offset(&f, k, off);
        if (c == 's') {
            t->items[item++] = kl_obj_new_bytes((const char *)buf + off, n);
            off += n;
        } else if (c == 'p') {
            size_t m = n == 0 ? 0 : buf[off];
            if (n > 0 && m >= n) {
                m = n - 1;
            }
            t->items[item++] = kl_obj_new_bytes((const char *)buf + off + (n > 0), m);
            off += n;
        } else if (c == 'x') {
            off += n;
        } else {
            size_t isz = item_size(&f, k);
            for (size_t i = 0; i < n; i++) {
                t->items[item++] = unpack_one(&f, k, buf + off);
                off += isz;
            }
        }
    }
    return KL_OBJ_FROM_PTR(t);
}

// The Struct behind [self] (a Struct or an instance of a subclass); TypeError for anything
// else, which only an unbound call such as Struct.pack(5) can pass.
static struct_obj_t *get_struct(kl_obj_t self, kl_qstr_t method) {
    kl_obj_t s = kl_obj_native(self, &struct_type);
    if (!kl_obj_is_type(s, &struct_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor '%q' for '_struct.Struct' objects doesn't "
                                       "apply to a '%T' object"),
                         method, self);
    }
    return (struct_obj_t *)s;
}

static void check_no_kw(size_t n_kw, kl_qstr_t name) {
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         name);
    }
}

// pack with [n_args] values at [args].
static kl_obj_t do_pack(const struct_obj_t *s, size_t n_args, const kl_obj_t *args) {
    if (n_args != s->n_items) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("pack expected %z items for packing (got %z)"), s->n_items,
                         n_args);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, s->size);
    uint8_t *buf = (uint8_t *)kl_vstr_extend(&v, s->size);
    memset(buf, 0, s->size);
    struct_pack_buf(s, buf, args);
    return kl_vstr_to_bytes(&v);
}

// A signed offset argument; [index_error] picks pack_into's IndexError over unpack_from's
// OverflowError for one that does not fit.
static kl_int_t get_offset(kl_obj_t o, bool index_error) {
    kl_int_t v;
    if (!kl_obj_int_to_int_checked(kl_obj_index(o), &v)) {
        if (index_error) {
            kl_raise_IndexError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        }
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    return v;
}

// pack_into(buffer, offset, *values): [args] holds those [n_args] arguments.
static void do_pack_into(const struct_obj_t *s, size_t n_args, const kl_obj_t *args) {
    if (n_args != s->n_items + 2) {
        if (n_args == 0) {
            raise_error(KL_ERROR_TEXT("pack_into expected buffer argument"));
        }
        if (n_args == 1) {
            raise_error(KL_ERROR_TEXT("pack_into expected offset argument"));
        }
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("pack_into expected %z items for packing (got %z)"),
                         s->n_items, n_args - 2);
    }
    char *data;
    size_t len;
    if (!kl_buffer_get_maybe(args[0], (const char **)&data, &len, true)) {
        if (args[0] == kl_const_none) {
            kl_raise_TypeError(KL_ERROR_TEXT("argument must be read-write bytes-like object, "
                                             "not None"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("argument must be read-write bytes-like object, not %T"),
                         args[0]);
    }
    kl_int_t off = get_offset(args[1], true);
    kl_int_t size = (kl_int_t)s->size;
    kl_int_t blen = (kl_int_t)len;
    if (off < 0) {
        if (off + size > 0) {
            kl_raise_msg_fmt(&struct_error_type,
                             KL_ERROR_TEXT("no space to pack %zd bytes at offset %zd"),
                             (ptrdiff_t)size, (ptrdiff_t)off);
        }
        if (off + blen < 0) {
            kl_raise_msg_fmt(&struct_error_type,
                             KL_ERROR_TEXT("offset %zd out of range for %zd-byte buffer"),
                             (ptrdiff_t)off, (ptrdiff_t)blen);
        }
        off += blen;
    }
    if (blen - off < size) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("pack_into requires a buffer of at least %zu bytes for "
                                       "packing %zd bytes at offset %zd (actual buffer size is "
                                       "%zd)"),
                         (size_t)size + (size_t)off, (ptrdiff_t)size, (ptrdiff_t)off,
                         (ptrdiff_t)blen);
    }
    // Pack aside, then copy: the values' __index__ may resize a bytearray. Like CPython, a
    // failure leaves the zeroed region and the values packed before it in the buffer.
    uint8_t small[32];
    uint8_t *tmp = s->size <= sizeof(small) ? small : kl_gc_alloc(s->size, KL_GC_ATOMIC);
    memset(tmp, 0, s->size);
    kl_obj_t exc = KL_OBJ_NULL;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        struct_pack_buf(s, tmp, args + 2);
        kl_nlr_pop();
    } else {
        exc = nlr.ret_val;
    }
    if (kl_buffer_get_maybe(args[0], (const char **)&data, &len, true) &&
        (size_t)off + s->size <= len) {
        kl_mem_copy(data + off, tmp, s->size);
    }
    if (exc != KL_OBJ_NULL) {
        kl_nlr_jump(exc);
    }
}

static kl_obj_t do_unpack(const struct_obj_t *s, kl_obj_t buffer) {
    const char *data;
    size_t len;
    kl_buffer_get(buffer, &data, &len, false);
    if (len != s->size) {
        kl_raise_msg_fmt(&struct_error_type, KL_ERROR_TEXT("unpack requires a buffer of %z bytes"),
                         s->size);
    }
    return struct_unpack_buf(s, (const uint8_t *)data);
}

static kl_obj_t do_unpack_from(const struct_obj_t *s, kl_obj_t buffer, kl_obj_t offset) {
    const char *data;
    size_t len;
    kl_buffer_get(buffer, &data, &len, false);
    kl_int_t off = offset == KL_OBJ_NULL ? 0 : get_offset(offset, false);
    // The offset's __index__ may have resized a bytearray.
    kl_buffer_get(buffer, &data, &len, false);
    kl_int_t size = (kl_int_t)s->size;
    kl_int_t blen = (kl_int_t)len;
    if (off < 0) {
        if (off + size > 0) {
            kl_raise_msg_fmt(&struct_error_type,
                             KL_ERROR_TEXT("not enough data to unpack %zd bytes at offset %zd"),
                             (ptrdiff_t)size, (ptrdiff_t)off);
        }
        if (off + blen < 0) {
            kl_raise_msg_fmt(&struct_error_type,
                             KL_ERROR_TEXT("offset %zd out of range for %zd-byte buffer"),
                             (ptrdiff_t)off, (ptrdiff_t)blen);
        }
        off += blen;
    }
    if (blen - off < size) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("unpack_from requires a buffer of at least %zu bytes for "
                                       "unpacking %zd bytes at offset %zd (actual buffer size is "
                                       "%zd)"),
                         (size_t)size + (size_t)off, (ptrdiff_t)size, (ptrdiff_t)off,
                         (ptrdiff_t)blen);
    }
    return struct_unpack_buf(s, (const uint8_t *)data + off);
}

// The buffer and offset of unpack_from(buffer, offset=0), after [n_skip] leading arguments
// (the format or self).
static void parse_unpack_from(size_t n_args, size_t n_kw, const kl_obj_t *args, size_t n_skip,
                              kl_obj_t *buffer, kl_obj_t *offset) {
    *buffer = n_args > n_skip ? args[n_skip] : KL_OBJ_NULL;
    *offset = n_args > n_skip + 1 ? args[n_skip + 1] : KL_OBJ_NULL;
    if (n_args > n_skip + 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unpack_from() takes at most %z arguments (%z given)"),
                         n_skip + 2, n_args);
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t key = args[n_args + 2 * i];
        kl_qstr_t q = kl_obj_str_get_qstr(key);
        kl_obj_t *slot = q == KL_QSTR_buffer ? buffer : q == KL_QSTR_offset ? offset : NULL;
        if (slot == NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for "
                                           "unpack_from()"),
                             key);
        }
        if (*slot != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for unpack_from() given by name ('%q') and "
                                           "position"),
                             q);
        }
        *slot = args[n_args + 2 * i + 1];
    }
    if (*buffer == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unpack_from() missing required argument 'buffer' (pos "
                                       "%z)"),
                         n_skip + 1);
    }
}

// ==== The unpack iterator ====

typedef struct _unpack_iter_t {
    kl_obj_base_t base;
    struct_obj_t s; // a copy: __init__ may change the Struct it came from
    kl_obj_t buffer;
    size_t offset;
} unpack_iter_t;

static const kl_obj_iter_type_t unpack_iter_type_head;
#define unpack_iter_type (unpack_iter_type_head.type)

static kl_obj_t new_unpack_iter(const struct_obj_t *s, kl_obj_t buffer) {
    if (s->size == 0) {
        raise_error(KL_ERROR_TEXT("cannot iteratively unpack with a struct of length 0"));
    }
    const char *data;
    size_t len;
    kl_buffer_get(buffer, &data, &len, false);
    if (len % s->size != 0) {
        kl_raise_msg_fmt(&struct_error_type,
                         KL_ERROR_TEXT("iterative unpacking requires a buffer of a multiple of "
                                       "%z bytes"),
                         s->size);
    }
    unpack_iter_t *it = kl_gc_alloc(sizeof(unpack_iter_t), 0);
    it->base.type = &unpack_iter_type;
    it->s = *s;
    it->buffer = buffer;
    it->offset = 0;
    return KL_OBJ_FROM_PTR(it);
}

// The bytes of the iterator's buffer now (a bytearray may have changed size since).
static size_t unpack_iter_len(unpack_iter_t *it, const char **data) {
    size_t len;
    if (!kl_buffer_get_maybe(it->buffer, data, &len, false)) {
        return 0;
    }
    return len;
}

static kl_obj_t unpack_iter_next(kl_obj_t self) {
    unpack_iter_t *it = (unpack_iter_t *)self;
    const char *data;
    size_t len = unpack_iter_len(it, &data);
    if (it->offset > len || len - it->offset < it->s.size) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t r = struct_unpack_buf(&it->s, (const uint8_t *)data + it->offset);
    it->offset += it->s.size;
    return r;
}

static kl_obj_t unpack_iter___length_hint__(kl_obj_t self) {
    unpack_iter_t *it = (unpack_iter_t *)self;
    const char *data;
    size_t len = unpack_iter_len(it, &data);
    size_t left = it->offset > len ? 0 : (len - it->offset) / it->s.size;
    return kl_obj_new_int_from_uint(left);
}
static KL_DEFINE_FUN_1(unpack_iter___length_hint___obj, __length_hint__,
                       unpack_iter___length_hint__);

static const kl_rom_map_elem_t unpack_iter_locals_table[] = {
    {KL_ROM_QSTR(__length_hint__), KL_ROM_PTR(&unpack_iter___length_hint___obj)},
    {KL_ROM_QSTR(__module__), KL_OBJ_NEW_QSTR(KL_QSTR__struct)},
};
static KL_DEFINE_CONST_DICT(unpack_iter_locals_dict, unpack_iter_locals_table);

static const kl_obj_iter_type_t unpack_iter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_unpack_iterator,
            .locals_dict = &unpack_iter_locals_dict,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = unpack_iter_next,
};

// ==== Struct ====
// The methods work on a copy of the Struct on the C stack: the values' __index__ may call
// __init__ on the Struct while it packs, and the copy keeps the format it started with (and
// keeps that format alive).

static kl_obj_t struct_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    (void)type;
    struct_obj_t *s = kl_gc_alloc(sizeof(struct_obj_t), 0);
    s->base.type = &struct_type;
    if (n_args + n_kw > 1) {
        if (n_args == 0) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Struct() takes at most 1 keyword argument (%z given)"),
                             n_kw);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Struct() takes at most 1 argument (%z given)"),
                         n_args + n_kw);
    }
    kl_obj_t fmt = n_args > 0 ? args[0] : KL_OBJ_NULL;
    if (n_kw == 1) {
        if (kl_obj_str_get_qstr(args[0]) != KL_QSTR_format) {
            kl_raise_TypeError(
                KL_ERROR_TEXT("Struct() missing required argument 'format' (pos 1)"));
        }
        fmt = args[1];
    }
    // Without a format this is Struct.__new__, making the native part of an instance of a
    // subclass whose __init__ passes the format on later. Its size reads -1 until then, as in
    // CPython.
    if (fmt != KL_OBJ_NULL) {
        struct_setup(s, fmt);
    }
    return KL_OBJ_FROM_PTR(s);
}

static kl_obj_t struct___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    struct_obj_t *s = get_struct(args[0], KL_QSTR___init__);
    if (n_args + n_kw == 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("Struct() missing required argument 'format' (pos 1)"));
    }
    kl_obj_t n = struct_make_new(&struct_type, n_args - 1, n_kw, args + 1);
    *s = *(struct_obj_t *)n;
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(struct___init___obj, __init__, 1, struct___init__);

static kl_obj_t struct_pack(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    check_no_kw(n_kw, KL_QSTR_pack);
    struct_obj_t s = *get_struct(args[0], KL_QSTR_pack);
    return do_pack(&s, n_args - 1, args + 1);
}
static KL_DEFINE_FUN_KW(struct_pack_obj, pack, 1, struct_pack);

static kl_obj_t struct_pack_into(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    check_no_kw(n_kw, KL_QSTR_pack_into);
    struct_obj_t s = *get_struct(args[0], KL_QSTR_pack_into);
    do_pack_into(&s, n_args - 1, args + 1);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(struct_pack_into_obj, pack_into, 1, struct_pack_into);

static kl_obj_t struct_unpack(kl_obj_t self, kl_obj_t buffer) {
    return do_unpack(get_struct(self, KL_QSTR_unpack), buffer);
}
static KL_DEFINE_FUN_2(struct_unpack_obj, unpack, struct_unpack);

static kl_obj_t struct_unpack_from(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    struct_obj_t s = *get_struct(args[0], KL_QSTR_unpack_from);
    kl_obj_t buffer, offset;
    parse_unpack_from(n_args, n_kw, args, 1, &buffer, &offset);
    return do_unpack_from(&s, buffer, offset);
}
static KL_DEFINE_FUN_KW(struct_unpack_from_obj, unpack_from, 1, struct_unpack_from);

static kl_obj_t struct_iter_unpack(kl_obj_t self, kl_obj_t buffer) {
    return new_unpack_iter(get_struct(self, KL_QSTR_iter_unpack), buffer);
}
static KL_DEFINE_FUN_2(struct_iter_unpack_obj, iter_unpack, struct_iter_unpack);

static void struct_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<_struct.Struct object at %p>", o);
}

// The read-only attributes format (always a str) and size, also read-only properties in the
// class so dir() lists them and subclass instances cannot shadow them.
static kl_obj_t struct_get_format(kl_obj_t self) {
    struct_obj_t *s = get_struct(self, KL_QSTR_format);
    size_t len;
    const char *data = struct_format_data(s, &len);
    // Always an exact str, as the format was given or decoded from the bytes.
    return s->format != KL_OBJ_NULL && kl_obj_get_type(s->format) == &kl_type_str
               ? s->format
               : kl_obj_new_str(data, len);
}
static KL_DEFINE_FUN_1(struct_get_format_obj, format, struct_get_format);
static const kl_obj_property_t struct_format_obj = {
    {&kl_type_property}, KL_ROM_PTR(&struct_get_format_obj),
    KL_OBJ_NULL,         KL_OBJ_NULL,
    kl_const_none,       KL_OBJ_NULL};

static kl_obj_t struct_get_size(kl_obj_t self) {
    struct_obj_t *s = get_struct(self, KL_QSTR_size);
    return s->format == KL_OBJ_NULL ? KL_OBJ_NEW_SMALL_INT(-1) : kl_obj_new_int_from_uint(s->size);
}
static KL_DEFINE_FUN_1(struct_get_size_obj, size, struct_get_size);
static const kl_obj_property_t struct_size_obj = {
    {&kl_type_property}, KL_ROM_PTR(&struct_get_size_obj), KL_OBJ_NULL, KL_OBJ_NULL, kl_const_none,
    KL_OBJ_NULL};

static void struct_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (attr == KL_QSTR_format || attr == KL_QSTR_size) {
        if (dest[0] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_AttributeError,
                             KL_ERROR_TEXT("attribute '%q' of '_struct.Struct' objects is not "
                                           "writable"),
                             attr);
        }
        dest[0] = attr == KL_QSTR_size ? struct_get_size(self) : struct_get_format(self);
        return;
    }
    if (dest[0] != KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_AttributeError,
                         KL_ERROR_TEXT("'_struct.Struct' object has no attribute '%q'"), attr);
    }
    kl_type_generic_attr(self, attr, dest);
}

static const kl_rom_map_elem_t struct_locals_table[] = {
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&struct___init___obj)},
    {KL_ROM_QSTR(__module__), KL_OBJ_NEW_QSTR(KL_QSTR__struct)},
    {KL_ROM_QSTR(format), KL_ROM_PTR(&struct_format_obj)},
    {KL_ROM_QSTR(iter_unpack), KL_ROM_PTR(&struct_iter_unpack_obj)},
    {KL_ROM_QSTR(pack), KL_ROM_PTR(&struct_pack_obj)},
    {KL_ROM_QSTR(pack_into), KL_ROM_PTR(&struct_pack_into_obj)},
    {KL_ROM_QSTR(size), KL_ROM_PTR(&struct_size_obj)},
    {KL_ROM_QSTR(unpack), KL_ROM_PTR(&struct_unpack_obj)},
    {KL_ROM_QSTR(unpack_from), KL_ROM_PTR(&struct_unpack_from_obj)},
};
static KL_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_table);

static const kl_obj_type_t struct_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_Struct,
    .make_new = struct_make_new,
    .print = struct_print,
    .attr = struct_attr,
    .locals_dict = &struct_locals_dict,
    .parent = &kl_type_object,
};

// ==== Module functions ====
// Each takes the format as a str or bytes and works through a Struct on the C stack.

static kl_obj_t mod_pack(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    check_no_kw(n_kw, KL_QSTR_pack);
    if (n_args == 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("missing format argument"));
    }
    struct_obj_t s;
    struct_setup(&s, args[0]);
    return do_pack(&s, n_args - 1, args + 1);
}
static KL_DEFINE_FUN_KW(mod_pack_obj, pack, 0, mod_pack);

static kl_obj_t mod_pack_into(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    check_no_kw(n_kw, KL_QSTR_pack_into);
    if (n_args == 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("missing format argument"));
    }
    struct_obj_t s;
    struct_setup(&s, args[0]);
    do_pack_into(&s, n_args - 1, args + 1);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(mod_pack_into_obj, pack_into, 0, mod_pack_into);

static kl_obj_t mod_unpack(kl_obj_t fmt, kl_obj_t buffer) {
    struct_obj_t s;
    struct_setup(&s, fmt);
    return do_unpack(&s, buffer);
}
static KL_DEFINE_FUN_2(mod_unpack_obj, unpack, mod_unpack);

static kl_obj_t mod_unpack_from(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t buffer, offset;
    parse_unpack_from(n_args, n_kw, args, 1, &buffer, &offset);
    struct_obj_t s;
    struct_setup(&s, args[0]);
    return do_unpack_from(&s, buffer, offset);
}
static KL_DEFINE_FUN_KW(mod_unpack_from_obj, unpack_from, 1, mod_unpack_from);

static kl_obj_t mod_iter_unpack(kl_obj_t fmt, kl_obj_t buffer) {
    struct_obj_t s;
    struct_setup(&s, fmt);
    return new_unpack_iter(&s, buffer);
}
static KL_DEFINE_FUN_2(mod_iter_unpack_obj, iter_unpack, mod_iter_unpack);

static kl_obj_t mod_calcsize(kl_obj_t fmt) {
    struct_obj_t s;
    struct_setup(&s, fmt);
    return kl_obj_new_int_from_uint(s.size);
}
static KL_DEFINE_FUN_1(mod_calcsize_obj, calcsize, mod_calcsize);

// Sorted by name (ASCII order): const dicts are searched by bisection.
static const kl_rom_map_elem_t struct_globals_table[] = {
    {KL_ROM_QSTR(Struct), KL_ROM_PTR(&struct_type)},
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_struct)},
    {KL_ROM_QSTR(calcsize), KL_ROM_PTR(&mod_calcsize_obj)},
    {KL_ROM_QSTR(error), KL_ROM_PTR(&struct_error_type)},
    {KL_ROM_QSTR(iter_unpack), KL_ROM_PTR(&mod_iter_unpack_obj)},
    {KL_ROM_QSTR(pack), KL_ROM_PTR(&mod_pack_obj)},
    {KL_ROM_QSTR(pack_into), KL_ROM_PTR(&mod_pack_into_obj)},
    {KL_ROM_QSTR(unpack), KL_ROM_PTR(&mod_unpack_obj)},
    {KL_ROM_QSTR(unpack_from), KL_ROM_PTR(&mod_unpack_from_obj)},
};
static KL_DEFINE_CONST_DICT(struct_globals_dict, struct_globals_table);

const kl_obj_module_t kl_module_struct = {{&kl_type_module}, &struct_globals_dict};

#endif // KL_CFG_MODULE_STRUCT
