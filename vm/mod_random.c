// vm/mod_random.c: the random module, a Mersenne Twister that repeats CPython's sequences.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Programs seed random to get reproducible output, and the promise here is that the same seed
// gives the same numbers on kinglet as on CPython 3.11. So the generator is MT19937 (Matsumoto
// and Nishimura, 1998), seeded the way CPython seeds it (an int's absolute value cut into 32-bit
// words for init_by_array; a str or bytes with its SHA-512 digest appended first), and every
// function consumes the generator exactly as CPython's documented algorithms do: random() takes
// 53 bits from two words, integers come from getrandbits() with rejection sampling, the
// distributions make the same calls to random() in the same order and use the C library's
// log/exp/sqrt/cos as CPython's math module does.
//
// A Random object is a small header with a pointer to its 624 state words, which live in a
// separate pointer-free (atomic) block the collector never scans. The module-level functions
// are bound methods of one hidden instance kept in the module dict (_inst), as in CPython, so
// its state is reachable like any other value. Random can be subclassed, and as in CPython a
// subclass that overrides random() or getrandbits() changes what every inherited method draws.

#include <math.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/digest.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"

#if KL_CFG_MODULE_RANDOM

// ==== MT19937 ====
// The generator as its authors specify it: 624 words of state, refilled all at once ("twist")
// every 624 outputs, each output tempered by four shift-and-mask steps.

#define MT_N (624)
#define MT_M (397)
#define MT_MATRIX_A (0x9908b0dfu)
#define MT_UPPER_MASK (0x80000000u)
#define MT_LOWER_MASK (0x7fffffffu)

typedef struct _random_obj_t {
    kl_obj_base_t base;
    uint32_t *mt;        // MT_N words, an atomic block
    uint32_t index;      // the next word of mt to output; MT_N: twist first
    kl_obj_t gauss_next; // None, or the second deviate of the last gauss() pair
    kl_obj_t owner;      // the subclass instance this is the native part of, or NULL
} random_obj_t;

static void mt_init_genrand(random_obj_t *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    }
    r->index = MT_N;
}

// Seed from [len] words at [key] (len >= 1), the initialisation that takes any amount of seed.
static void mt_init_by_array(random_obj_t *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->mt;
    mt_init_genrand(r, 19650218u);
    size_t i = 1;
    size_t j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; // the most significant bit is 1: the state is never all zero
}

static uint32_t mt_next(random_obj_t *r) {
    uint32_t *mt = r->mt;
    if (r->index >= MT_N) {
        for (size_t k = 0; k < MT_N; k++) {
            uint32_t y = (mt[k] & MT_UPPER_MASK) | (mt[(k + 1) % MT_N] & MT_LOWER_MASK);
            mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
        }
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

#if KL_CFG_FLOAT
// A float in [0, 1) with 53 random bits: 27 from one word and 26 from the next.
static double mt_random(random_obj_t *r) {
    uint32_t a = mt_next(r) >> 5;
    uint32_t b = mt_next(r) >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}
#endif

// ==== Integers ====

// An int's magnitude as 32-bit digits, little-endian (the layout of vm/mpn.h).
typedef struct _int_view_t {
    const kl_mpn_dig_t *d;
    size_t n;
    bool neg;
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
} int_view_t;

// [o] must be an int (small or big; a bool or subclass goes through kl_obj_index first).
static void int_view(kl_obj_t o, int_view_t *v) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        kl_int_t i = KL_OBJ_SMALL_INT_VALUE(o);
        v->neg = i < 0;
        v->n = kl_mpn_from_u64(v->buf, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i);
        v->d = v->buf;
    } else {
        const kl_obj_int_t *b = (const kl_obj_int_t *)o;
        v->d = b->dig;
        v->n = b->len;
        v->neg = b->neg != 0;
    }
}

static kl_obj_t int_from_u64(uint64_t v) {
    if (v <= (uint64_t)KL_SMALL_INT_MAX) {
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)v);
    }
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
    return kl_obj_new_int_from_digits(buf, kl_mpn_from_u64(buf, v), false);
}

// [k] <= 64 random bits: each 32-bit word in turn is the next digit, the last one shifted
// down to the bits still wanted (CPython's getrandbits).
static uint64_t bits_u64(random_obj_t *r, unsigned k) {
    if (k == 0) {
        return 0;
    }
    if (k <= 32) {
        return mt_next(r) >> (32 - k);
    }
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r) >> (64 - k);
    return lo | (hi << 32);
}

// Fill [k] bits into ceil(k / 32) digits at [d].
static void bits_digits(random_obj_t *r, kl_mpn_dig_t *d, size_t k) {
    for (size_t i = 0; k > 0; i++) {
        uint32_t w = mt_next(r);
        if (k < 32) {
            w >>= 32 - k;
            k = 0;
        } else {
            k -= 32;
        }
        d[i] = w;
    }
}

static kl_obj_t getrandbits(random_obj_t *r, kl_obj_t k_obj) {
    kl_int_t k = kl_obj_get_int(k_obj);
    if (k < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("number of bits must be non-negative"));
    }
    if (k <= 64) {
        return int_from_u64(bits_u64(r, (unsigned)k));
    }
    size_t n = ((size_t)k - 1) / 32 + 1;
    kl_mpn_dig_t *d = kl_gc_alloc(n * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
    bits_digits(r, d, (size_t)k);
    kl_obj_t v = kl_obj_new_int_from_digits(d, n, false);
    kl_gc_free(d);
    return v;
}

static unsigned bit_length_u64(uint64_t n) {
    unsigned k = 0;
    while (n != 0) {
        k++;
        n >>= 1;
    }
    return k;
}

// A random int in [0, n) for n >= 1: draw bit_length(n) bits until the value is below n.
static uint64_t randbelow_u64(random_obj_t *r, uint64_t n) {
    unsigned k = bit_length_u64(n);
    uint64_t v = bits_u64(r, k);
    while (v >= n) {
        v = bits_u64(r, k);
    }
    return v;
}

// The same for any positive int [n].
static kl_obj_t randbelow(random_obj_t *r, kl_obj_t n) {
    int_view_t v;
    int_view(n, &v);
    uint64_t small;
    if (kl_mpn_to_u64(v.d, v.n, &small)) {
        return int_from_u64(randbelow_u64(r, small));
    }
    size_t k = kl_mpn_bit_length(v.d, v.n);
    size_t nd = (k - 1) / 32 + 1;
    kl_mpn_dig_t *d = kl_gc_alloc(nd * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
    do {
        bits_digits(r, d, k);
    } while (kl_mpn_cmp(d, kl_mpn_norm(d, nd), v.d, v.n) >= 0);
    kl_obj_t res = kl_obj_new_int_from_digits(d, nd, false);
    kl_gc_free(d);
    return res;
}

static size_t randbelow_size(random_obj_t *r, size_t n) {
    return (size_t)randbelow_u64(r, (uint64_t)n);
}

// ==== Overrides in subclasses ====
// CPython's methods are Python code that calls self.random(), self.getrandbits() or
// self._randbelow(), so a subclass that overrides those changes what every other method draws
// (the documented way to plug in another generator). A gen_t, set up once per call, says where
// the numbers come from: the native generator (always, for Random itself), or the subclass's
// methods. Method calls on a subclass instance reach the builtins with its native part as self,
// so the native part remembers its instance (owner, set by Random.__new__).

extern const kl_obj_type_t kl_type_random_Random;

static random_obj_t *get_self(kl_obj_t self) {
    kl_obj_t o = kl_obj_native(self, &kl_type_random_Random);
    if (!kl_obj_is_type(o, &kl_type_random_Random)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'Random' object but received '%T'"),
                         self);
    }
    return (random_obj_t *)o;
}

typedef enum {
    BELOW_NATIVE,      // the native getrandbits
    BELOW_GETRANDBITS, // rejection sampling with self.getrandbits()
    BELOW_RANDOM,      // scaled self.random() (CPython's _randbelow_without_getrandbits)
    BELOW_METHOD,      // self._randbelow(), written by the subclass
} below_kind_t;

typedef struct _gen_t {
    random_obj_t *r;
    kl_obj_t self;  // the subclass instance, or the Random object
    bool py_random; // self.random() is a Python method
    uint8_t below;  // below_kind_t
} gen_t;

static bool is_heap_instance(kl_obj_t o) {
    return o != KL_OBJ_NULL && KL_OBJ_IS_OBJ(o) &&
           (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP) != 0;
}

static bool class_defines(const kl_obj_type_t *t, kl_qstr_t name) {
    return t->locals_dict != NULL &&
           kl_map_lookup_qstr(&t->locals_dict->map, name, KL_MAP_LOOKUP) != NULL;
}

static void gen_init(gen_t *g, kl_obj_t self) {
    random_obj_t *r = get_self(self);
    g->r = r;
    g->self = self;
    g->py_random = false;
    g->below = BELOW_NATIVE;
    if (is_heap_instance(self)) {
        r->owner = self;
    } else if (r->owner != KL_OBJ_NULL) {
        g->self = r->owner;
    } else {
        return;
    }
    const kl_obj_type_t *t = kl_obj_get_type(g->self);
#if KL_CFG_FLOAT
    g->py_random = kl_type_heap_defines(t, KL_QSTR_random);
#endif
    // The first class along the MRO that defines one of the three decides, as CPython's
    // Random.__init_subclass__ does.
    const kl_obj_tuple_t *mro = kl_type_mro(t);
    for (size_t i = 0; mro != NULL && i < mro->len; i++) {
        const kl_obj_type_t *c = (const kl_obj_type_t *)mro->items[i];
        if (!(c->flags & KL_TYPE_FLAG_HEAP)) {
            break;
        }
        if (class_defines(c, KL_QSTR__randbelow)) {
            g->below = BELOW_METHOD;
            break;
        }
        if (class_defines(c, KL_QSTR_getrandbits)) {
            g->below = BELOW_GETRANDBITS;
            break;
        }
#if KL_CFG_FLOAT
        if (class_defines(c, KL_QSTR_random)) {
            g->below = BELOW_RANDOM;
            break;
        }
#endif
    }
}

// Does the class of [g]'s instance override the method [name]?
static bool gen_overrides(const gen_t *g, kl_qstr_t name) {
    return is_heap_instance(g->self) && kl_type_heap_defines(kl_obj_get_type(g->self), name);
}

// self.[name](*args, **kw): [n_args] positional values then [n_kw] (name, value) pairs, six
// words at most.
static kl_obj_t call_self(const gen_t *g, kl_qstr_t name, size_t n_args, size_t n_kw,
                          const kl_obj_t *args) {
    kl_obj_t call[2 + 6];
    kl_load_method(g->self, name, call);
    size_t n = n_args + 2 * n_kw;
    for (size_t i = 0; i < n && i < 6; i++) {
        call[2 + i] = args[i];
    }
    return kl_call_method_n_kw(n_args, n_kw, call);
}

#if KL_CFG_FLOAT
static double gen_random(const gen_t *g) {
    if (!g->py_random) {
        return mt_random(g->r);
    }
    return kl_obj_get_float(call_self(g, KL_QSTR_random, 0, 0, NULL));
}
#endif

// A random int in [0, n) for a positive int [n], drawn as the instance's class draws it.
static kl_obj_t gen_randbelow(const gen_t *g, kl_obj_t n) {
    switch (g->below) {
        case BELOW_METHOD:
            return call_self(g, KL_QSTR__randbelow, 1, 0, &n);
        case BELOW_GETRANDBITS: {
            int_view_t v;
            int_view(n, &v);
            kl_obj_t k = kl_obj_new_int_from_uint(kl_mpn_bit_length(v.d, v.n));
            kl_obj_t x = call_self(g, KL_QSTR_getrandbits, 1, 0, &k);
            while (kl_obj_is_true(kl_binary_op(KL_BINARY_OP_GE, x, n))) {
                x = call_self(g, KL_QSTR_getrandbits, 1, 0, &k);
            }
            return x;
        }
#if KL_CFG_FLOAT
        case BELOW_RANDOM: {
            // Scale random() by 2**53, the bits a float holds, rejecting the top part of the
            // range that n does not divide evenly. (CPython also warns when n >= 2**53.)
            const uint64_t maxsize = (uint64_t)1 << 53;
            int_view_t v;
            int_view(n, &v);
            uint64_t nn;
            if (!kl_mpn_to_u64(v.d, v.n, &nn) || nn >= maxsize) {
                double x = gen_random(g) * kl_obj_get_float(n);
                return kl_obj_new_int_from_float(floor(x));
            }
            double limit = (double)(maxsize - maxsize % nn) / (double)maxsize;
            double x = gen_random(g);
            while (x >= limit) {
                x = gen_random(g);
            }
            kl_obj_t scaled = kl_obj_new_int_from_float(floor(x * (double)maxsize));
            return kl_binary_op(KL_BINARY_OP_MOD, scaled, n);
        }
#endif
        default:
            return randbelow(g->r, n);
    }
}

// The same for a size: an int object, to index with.
static kl_obj_t gen_randbelow_size(const gen_t *g, size_t n) {
    if (g->below == BELOW_NATIVE) {
        return kl_obj_new_int_from_uint(randbelow_size(g->r, n));
    }
    return gen_randbelow(g, kl_obj_new_int_from_uint(n));
}

// ==== Arguments ====

// Sort the arguments of a call to the method Random.[fname] into [out] (whose entries hold the
// defaults, KL_OBJ_NULL for a required argument). args[0] is self; then come up to [n_pos]
// positional arguments and the keyword pairs. [names] lists the parameters after self; those
// past [n_pos] are keyword-only. Errors use the wording of CPython's Python-level methods.
static void parse_args(kl_qstr_t fname, size_t n_args, size_t n_kw, const kl_obj_t *args,
                       const uint16_t *names, size_t n_names, size_t n_pos, kl_obj_t *out) {
    size_t given = n_args - 1;
    if (given > n_pos) {
        size_t n_req = 0;
        while (n_req < n_pos && out[n_req] == KL_OBJ_NULL) {
            n_req++;
        }
        if (n_req == n_pos) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Random.%q() takes %z positional arguments but %z "
                                           "were given"),
                             fname, n_pos + 1, n_args);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Random.%q() takes from %z to %z positional arguments "
                                       "but %z were given"),
                         fname, n_req + 1, n_pos + 1, n_args);
    }
    for (size_t i = 0; i < given; i++) {
        out[i] = args[1 + i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t key = args[n_args + 2 * i];
        kl_qstr_t q = kl_obj_str_get_qstr(key);
        size_t j = 0;
        while (j < n_names && names[j] != q) {
            j++;
        }
        if (j == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Random.%q() got an unexpected keyword argument '%q'"),
                             fname, q);
        }
        if (j < given) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Random.%q() got multiple values for argument '%q'"),
                             fname, q);
        }
        out[j] = args[n_args + 2 * i + 1];
    }
    size_t missing = 0;
    size_t first = 0;
    for (size_t i = 0; i < n_names; i++) {
        if (out[i] == KL_OBJ_NULL) {
            if (missing++ == 0) {
                first = i;
            }
        }
    }
    if (missing == 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Random.%q() missing 1 required positional argument: '%q'"),
                         fname, (kl_qstr_t)names[first]);
    }
    if (missing > 1) {
        // No method has more than two required parameters.
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Random.%q() missing 2 required positional arguments: "
                                       "'%q' and '%q'"),
                         fname, (kl_qstr_t)names[first], (kl_qstr_t)names[first + 1]);
    }
}

#define PARSE(fname, n_pos, out, ...)                                                              \
    do {                                                                                           \
        static const uint16_t names_[] = {__VA_ARGS__};                                            \
        parse_args(KL_QSTR_##fname, n_args, n_kw, args, names_,                                    \
                   sizeof(names_) / sizeof(names_[0]), n_pos, out);                                \
    } while (0)

// ==== Seeding ====

// Seed from the magnitude [d, n) of an int (zero: one word 0), as CPython's seed(int) does.
static void seed_digits(random_obj_t *r, const kl_mpn_dig_t *d, size_t n) {
    n = kl_mpn_norm(d, n);
    static const uint32_t zero = 0;
    mt_init_by_array(r, n == 0 ? &zero : d, n == 0 ? 1 : n);
}

static void seed_u64(random_obj_t *r, uint64_t v) {
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
    seed_digits(r, buf, kl_mpn_from_u64(buf, v));
}

// Version 2 seeding of [len] bytes: the int whose big-endian bytes are the data followed by
// their SHA-512 digest.
static void seed_bytes(random_obj_t *r, const uint8_t *data, size_t len) {
    size_t total = len + 64;
    size_t n = (total + 3) / 4;
    kl_mpn_dig_t *d = kl_gc_alloc(n * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
    uint8_t digest[64];
    kl_digest_t ctx;
    kl_digest_init(&ctx, KL_DIGEST_SHA512);
    kl_digest_update(&ctx, data, len);
    kl_digest_final(&ctx, digest);
    for (size_t i = 0; i < total; i++) {
        // Byte i from the end is bits 8*i.. of the number.
        size_t from_end = total - 1 - i;
        uint8_t byte = i < len ? data[i] : digest[i - len];
        d[from_end / 4] |= (kl_mpn_dig_t)byte << (8 * (from_end % 4));
    }
    seed_digits(r, d, n);
    kl_gc_free(d);
}

// Version 1 seeding of a str or bytes: the old string hash of [n] code points.
static void seed_v1(random_obj_t *r, kl_obj_t a) {
    size_t len;
    const char *s = kl_obj_str_get_data(a, &len);
    bool is_bytes = !kl_obj_is_str(a);
    const char *end = s + len;
    uint64_t x = 0;
    size_t count = 0;
    while (s < end) {
        uint32_t c = is_bytes ? (uint8_t)*s++ : kl_obj_str_utf8_decode(&s);
        if (count++ == 0) {
            x = (uint64_t)c << 7;
        }
        x = (1000003u * x) ^ c;
    }
    seed_u64(r, x ^ count);
}

#if KL_CFG_FLOAT
// CPython's hash of a float on a 64-bit build (the documented numeric hash: the value modulo
// the prime 2**61 - 1), as an unsigned word: seed(float) seeds with that.
static uint64_t float_hash(double x) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    int64_t h;
    if (isnan(x)) {
        h = 0; // CPython hashes a NaN by its identity
    } else if (isinf(x)) {
        h = x > 0 ? 314159 : -314159;
    } else {
        int e;
        double m = frexp(fabs(x), &e);
        uint64_t mant = (uint64_t)ldexp(m, 53); // |x| = mant * 2**(e - 53)
        // 2**61 is 1 modulo p, so multiplying by 2**k is a rotation of the 61-bit value.
        int k = (e - 53) % 61;
        if (k < 0) {
            k += 61;
        }
        uint64_t v = mant;
        if (k != 0) {
            v = ((v << k) & p) | (v >> (61 - k));
        }
        h = x < 0 ? -(int64_t)v : (int64_t)v;
    }
    if (h == -1) {
        h = -2;
    }
    return (uint64_t)h;
}
#endif

// Something that differs between runs and boards: the clocks, a counter, an address.
static void seed_entropy(random_obj_t *r) {
    static uint32_t counter;
    uint32_t key[5];
    key[0] = kl_hal_ticks_us();
    key[1] = kl_hal_ticks_ms();
    key[2] = ++counter;
    key[3] = (uint32_t)(uintptr_t)r->mt;
    key[4] = (uint32_t)((uint64_t)(uintptr_t)&counter >> 16);
    mt_init_by_array(r, key, 5);
}

static void random_seed(random_obj_t *r, kl_obj_t a, kl_obj_t version) {
    int ver = version == KL_OBJ_NULL || kl_obj_equal(version, KL_OBJ_NEW_SMALL_INT(2)) ? 2
              : kl_obj_equal(version, KL_OBJ_NEW_SMALL_INT(1))                         ? 1
                                                                                       : 0;
    if (a == KL_OBJ_NULL || a == kl_const_none) {
        seed_entropy(r);
    } else if (kl_obj_is_int(a) || kl_obj_isinstance(a, &kl_type_int)) {
        int_view_t v;
        int_view(kl_obj_index(a), &v);
        seed_digits(r, v.d, v.n);
    } else if (ver == 1 && (kl_obj_is_str(a) || kl_obj_is_bytes(a))) {
        seed_v1(r, a);
    } else if (ver == 2 && (kl_obj_is_str(a) || kl_obj_is_bytes(a) || kl_obj_is_bytearray(a))) {
        size_t len;
        const char *data;
        if (kl_obj_is_bytearray(a)) {
            kl_obj_bytearray_t *ba = (kl_obj_bytearray_t *)kl_obj_native(a, &kl_type_bytearray);
            data = ba->items;
            len = ba->len;
        } else {
            data = kl_obj_str_get_data(a, &len);
        }
        seed_bytes(r, (const uint8_t *)data, len);
#if KL_CFG_FLOAT
    } else if (kl_obj_isinstance(a, &kl_type_float)) {
        seed_u64(r, float_hash(kl_obj_get_float(a)));
#endif
    } else if (kl_obj_is_str(a) || kl_obj_is_bytes(a) || kl_obj_is_bytearray(a)) {
        // Another version: CPython seeds with the object's hash.
        seed_u64(r, (uint64_t)kl_obj_hash(a));
    } else {
        kl_raise_TypeError(KL_ERROR_TEXT("The only supported seed types are: None,\nint, float, "
                                         "str, bytes, and bytearray."));
    }
    r->gauss_next = kl_const_none;
}

// ==== State ====

static kl_obj_t getstate(random_obj_t *r) {
    kl_obj_t words = kl_obj_new_tuple(MT_N + 1, NULL);
    kl_obj_tuple_t *t = (kl_obj_tuple_t *)words;
    for (size_t i = 0; i < MT_N; i++) {
        t->items[i] = int_from_u64(r->mt[i]);
    }
    t->items[MT_N] = KL_OBJ_NEW_SMALL_INT(r->index);
    kl_obj_t items[3] = {KL_OBJ_NEW_SMALL_INT(3), words, r->gauss_next};
    return kl_obj_new_tuple(3, items);
}

// Unpack [seq] into exactly [n] values, with the messages of Python's unpacking.
static void unpack(kl_obj_t seq, size_t n, kl_obj_t *out) {
    kl_obj_iter_buf_t buf;
    kl_obj_t it = kl_getiter(seq, &buf);
    for (size_t i = 0; i < n; i++) {
        out[i] = kl_iternext(it);
        if (out[i] == KL_OBJ_STOP_ITERATION) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("not enough values to unpack (expected %z, got %z)"), n,
                             i);
        }
    }
    if (kl_iternext(it) != KL_OBJ_STOP_ITERATION) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("too many values to unpack (expected %z)"), n);
    }
}

// One state word: a non-negative int, cut to 32 bits (as C's unsigned long conversion does).
static uint32_t state_word(kl_obj_t o) {
    kl_obj_t i = kl_obj_index(o);
    int_view_t v;
    int_view(i, &v);
    if (v.neg) {
        kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative value to unsigned int"));
    }
    if (v.n > 2) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C unsigned long"));
    }
    return v.n > 0 ? v.d[0] : 0;
}

static void setstate(random_obj_t *r, kl_obj_t state) {
    kl_obj_t version = kl_obj_subscr(state, KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_SENTINEL);
    bool v3 = kl_obj_equal(version, KL_OBJ_NEW_SMALL_INT(3));
    if (!v3 && !kl_obj_equal(version, KL_OBJ_NEW_SMALL_INT(2))) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("state with version %S passed to Random.setstate() of "
                                       "version 3"),
                         version);
    }
    kl_obj_t parts[3];
    unpack(state, 3, parts);
    kl_obj_t words = parts[1];
    r->gauss_next = parts[2];
    if (!v3) {
        // Version 2 states may hold words outside 32 bits: keep them modulo 2**32.
        kl_obj_t list = kl_obj_list_from_iterable(words);
        size_t len;
        kl_obj_t *items = kl_obj_list_get_items(list, &len);
        kl_obj_t mod = int_from_u64((uint64_t)1 << 32);
        for (size_t i = 0; i < len; i++) {
            items[i] = kl_binary_op(KL_BINARY_OP_MOD, items[i], mod);
        }
        words = kl_obj_new_tuple(len, items);
    }
    if (!kl_obj_isinstance(words, &kl_type_tuple)) {
        kl_raise_TypeError(KL_ERROR_TEXT("state vector must be a tuple"));
    }
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(kl_obj_native(words, &kl_type_tuple), &len, &items);
    if (len != MT_N + 1) {
        kl_raise_ValueError(KL_ERROR_TEXT("state vector is the wrong size"));
    }
    uint32_t *mt = kl_gc_alloc(MT_N * sizeof(uint32_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < MT_N; i++) {
        mt[i] = state_word(items[i]);
    }
    kl_int_t index = kl_obj_get_int(items[MT_N]);
    if (index < 0 || index > MT_N) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid state"));
    }
    memcpy(r->mt, mt, MT_N * sizeof(uint32_t));
    kl_gc_free(mt);
    r->index = (uint32_t)index;
}

// ==== randrange ====

static bool int_is_positive(kl_obj_t i) {
    return kl_obj_int_cmp(i, KL_OBJ_NEW_SMALL_INT(0)) > 0;
}

// An argument of randrange as an int: through __index__, else (deprecated in CPython) a float
// with an integral value; anything else is ValueError [msg] (or int()'s own error).
static kl_obj_t range_arg(kl_obj_t o, const char *msg) {
    if (kl_obj_is_int(o)) {
        return kl_obj_index(o);
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t i = kl_obj_index(o);
        kl_nlr_pop();
        return i;
    }
    if (!kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        kl_nlr_jump(nlr.ret_val);
    }
    kl_obj_t i = kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_int), o);
    if (!kl_obj_equal(i, o)) {
        kl_raise_ValueError(msg);
    }
    return i;
}

static KL_NORETURN void raise_empty_range(void) {
    kl_raise_ValueError(KL_ERROR_TEXT("empty range for randrange()"));
}

// Floor division of two int64s whose quotient fits.
static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}

#define SMALL_RANGE_LIMIT ((int64_t)1 << 60)

static bool fits_fast(kl_obj_t o) {
    if (!KL_OBJ_IS_SMALL_INT(o)) {
        return false;
    }
    int64_t v = KL_OBJ_SMALL_INT_VALUE(o);
    return v > -SMALL_RANGE_LIMIT && v < SMALL_RANGE_LIMIT;
}

static kl_obj_t randrange(const gen_t *g, kl_obj_t start, kl_obj_t stop, kl_obj_t step) {
    random_obj_t *r = g->r;
    kl_obj_t istart = range_arg(start, KL_ERROR_TEXT("non-integer arg 1 for randrange()"));
    if (stop == kl_const_none) {
        if (step != KL_OBJ_NEW_SMALL_INT(1)) {
            kl_raise_TypeError(KL_ERROR_TEXT("Missing a non-None stop argument"));
        }
        if (int_is_positive(istart)) {
            return gen_randbelow(g, istart);
        }
        raise_empty_range();
    }
    kl_obj_t istop = range_arg(stop, KL_ERROR_TEXT("non-integer stop for randrange()"));
    kl_obj_t istep = range_arg(step, KL_ERROR_TEXT("non-integer step for randrange()"));
    if (g->below == BELOW_NATIVE && fits_fast(istart) && fits_fast(istop) && fits_fast(istep)) {
        // Every intermediate below stays within 2**62.
        int64_t a = KL_OBJ_SMALL_INT_VALUE(istart);
        int64_t b = KL_OBJ_SMALL_INT_VALUE(istop);
        int64_t s = KL_OBJ_SMALL_INT_VALUE(istep);
        int64_t width = b - a;
        int64_t n = 0;
        if (s == 1) {
            if (width > 0) {
                return kl_obj_new_int_from_ll(a + (int64_t)randbelow_u64(r, (uint64_t)width));
            }
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("empty range for randrange() (%S, %S, %S)"), istart,
                             istop, kl_obj_new_int_from_ll(width));
        } else if (s > 0) {
            n = floor_div(width + s - 1, s);
        } else if (s < 0) {
            n = floor_div(width + s + 1, s);
        } else {
            kl_raise_ValueError(KL_ERROR_TEXT("zero step for randrange()"));
        }
        if (n <= 0) {
            raise_empty_range();
        }
        return kl_obj_new_int_from_ll(a + s * (int64_t)randbelow_u64(r, (uint64_t)n));
    }
    kl_obj_t width = kl_binary_op(KL_BINARY_OP_SUB, istop, istart);
    int sign = kl_obj_int_cmp(istep, KL_OBJ_NEW_SMALL_INT(0));
    kl_obj_t n = KL_OBJ_NEW_SMALL_INT(0);
    if (kl_obj_int_cmp(istep, KL_OBJ_NEW_SMALL_INT(1)) == 0) {
        if (int_is_positive(width)) {
            return kl_binary_op(KL_BINARY_OP_ADD, istart, gen_randbelow(g, width));
        }
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("empty range for randrange() (%S, %S, %S)"), istart, istop,
                         width);
    } else if (sign != 0) {
        kl_obj_t adj = kl_binary_op(KL_BINARY_OP_ADD, width, istep);
        adj = kl_binary_op(sign > 0 ? KL_BINARY_OP_SUB : KL_BINARY_OP_ADD, adj,
                           KL_OBJ_NEW_SMALL_INT(1));
        n = kl_binary_op(KL_BINARY_OP_FLOORDIV, adj, istep);
    } else {
        kl_raise_ValueError(KL_ERROR_TEXT("zero step for randrange()"));
    }
    if (!int_is_positive(n)) {
        raise_empty_range();
    }
    return kl_binary_op(KL_BINARY_OP_ADD, istart,
                        kl_binary_op(KL_BINARY_OP_MUL, istep, gen_randbelow(g, n)));
}

// ==== Sequences ====

// bisect_right of [x] in [a, a + hi): the first index whose item is greater than x.
static size_t bisect_right(const kl_obj_t *a, size_t hi, kl_obj_t x) {
    size_t lo = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LT, x, a[mid]))) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// The running sums of an iterable, as itertools.accumulate gives them, in a new list.
static kl_obj_t accumulate(kl_obj_t iterable) {
    kl_obj_t list = kl_obj_new_list(0, NULL);
    kl_obj_iter_buf_t buf;
    kl_obj_t it = kl_getiter(iterable, &buf);
    kl_obj_t total = KL_OBJ_NULL;
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        total = total == KL_OBJ_NULL ? item : kl_binary_op(KL_BINARY_OP_ADD, total, item);
        kl_obj_list_append(list, total);
    }
    return list;
}

static kl_obj_t item_at(kl_obj_t seq, size_t i) {
    return kl_obj_subscr(seq, kl_obj_new_int_from_uint(i), KL_OBJ_SENTINEL);
}

static kl_obj_t choice(const gen_t *g, kl_obj_t seq) {
    size_t n = kl_obj_get_len(seq);
    if (n == 0) {
        kl_raise_msg(&kl_type_IndexError, KL_ERROR_TEXT("Cannot choose from an empty sequence"));
    }
    return kl_obj_subscr(seq, gen_randbelow_size(g, n), KL_OBJ_SENTINEL);
}

static void shuffle(const gen_t *g, kl_obj_t x) {
    size_t n = kl_obj_get_len(x);
    bool is_list = kl_obj_is_type(x, &kl_type_list);
    for (size_t i = n > 0 ? n - 1 : 0; i >= 1; i--) {
        if (is_list && g->below == BELOW_NATIVE) {
            size_t j = randbelow_size(g->r, i + 1);
            size_t len;
            kl_obj_t *items = kl_obj_list_get_items(x, &len);
            kl_obj_t t = items[i];
            items[i] = items[j];
            items[j] = t;
        } else {
            kl_obj_t ij = gen_randbelow_size(g, i + 1);
            kl_obj_t ii = kl_obj_new_int_from_uint(i);
            kl_obj_t a = kl_obj_subscr(x, ij, KL_OBJ_SENTINEL);
            kl_obj_t b = kl_obj_subscr(x, ii, KL_OBJ_SENTINEL);
            kl_obj_subscr(x, ii, a);
            kl_obj_subscr(x, ij, b);
        }
    }
}

static bool is_sequence(kl_obj_t o) {
    static const kl_obj_type_t *const types[] = {
        &kl_type_list,  &kl_type_tuple,     &kl_type_str,        &kl_type_bytes,
        &kl_type_range, &kl_type_bytearray, &kl_type_memoryview,
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (kl_obj_isinstance(o, types[i])) {
            return true;
        }
    }
    return false;
}

// k items of [population] (NULL: of range(n)) chosen without replacement. A pool of the
// population when it is small next to k, else distinct indices remembered in a set.
static kl_obj_t sample_core(const gen_t *g, kl_obj_t population, size_t n, size_t k) {
    kl_obj_t result = kl_obj_new_list(0, NULL);
    size_t setsize = 21;
    if (k > 5) {
        // 4 ** ceil(log(3k, 4)): the smallest power of 4 not below 3k (3k never is one).
        size_t pow4 = 1;
        while (pow4 < 3 * k && pow4 <= SIZE_MAX / 4) {
            pow4 *= 4;
        }
        setsize += pow4;
    }
    if (n <= setsize) {
        kl_obj_t pool_list;
        if (population == KL_OBJ_NULL) {
            pool_list = kl_obj_new_list(0, NULL);
            for (size_t i = 0; i < n; i++) {
                kl_obj_list_append(pool_list, kl_obj_new_int_from_uint(i));
            }
        } else {
            pool_list = kl_obj_list_from_iterable(population);
        }
        size_t len;
        kl_obj_t *pool = kl_obj_list_get_items(pool_list, &len);
        if (len < n) {
            // The population's iterator gave fewer items than its len() (CPython: IndexError).
            kl_raise_IndexError(KL_ERROR_TEXT("list index out of range"));
        }
        for (size_t i = 0; i < k; i++) {
            size_t j = kl_obj_get_index(&kl_type_list, len, gen_randbelow_size(g, n - i), false);
            kl_obj_list_append(result, pool[j]);
            pool = kl_obj_list_get_items(pool_list, &len);
            pool[j] = pool[n - i - 1];
        }
    } else {
        // The keys of a dict serve as a set (KL_CFG_SET may leave sets out).
        kl_obj_t selected = kl_obj_new_dict(0);
        for (size_t i = 0; i < k; i++) {
            kl_obj_t j = gen_randbelow_size(g, n);
            while (kl_obj_contains(selected, j)) {
                j = gen_randbelow_size(g, n);
            }
            kl_obj_dict_store(selected, j, kl_const_none);
            kl_obj_list_append(result, population == KL_OBJ_NULL
                                           ? j
                                           : kl_obj_subscr(population, j, KL_OBJ_SENTINEL));
        }
    }
    return result;
}

// The sample size [k] checked against [n]: 0 <= k <= n.
static size_t sample_size(kl_obj_t k, size_t n) {
    kl_obj_t nn = kl_obj_new_int_from_uint(n);
    bool in_range = kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LE, KL_OBJ_NEW_SMALL_INT(0), k)) &&
                    kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LE, k, nn));
    if (!in_range) {
        kl_raise_ValueError(KL_ERROR_TEXT("Sample larger than population or is negative"));
    }
    if (!kl_obj_is_int(k) && !kl_obj_isinstance(k, &kl_type_int)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"), k);
    }
    return (size_t)kl_obj_get_int(k);
}

static kl_obj_t sample(const gen_t *g, kl_obj_t population, kl_obj_t k, kl_obj_t counts) {
    if (!is_sequence(population)) {
        kl_raise_TypeError(KL_ERROR_TEXT("Population must be a sequence.  For dicts or sets, use "
                                         "sorted(d)."));
    }
    size_t n = kl_obj_get_len(population);
    if (counts == kl_const_none) {
        return sample_core(g, population, n, sample_size(k, n));
    }
    kl_obj_t cum = accumulate(counts);
    size_t len;
    kl_obj_list_get_items(cum, &len);
    if (len != n) {
        kl_raise_ValueError(KL_ERROR_TEXT("The number of counts does not match the population"));
    }
    if (len == 0) {
        kl_raise_IndexError(KL_ERROR_TEXT("pop from empty list"));
    }
    kl_obj_t *items = kl_obj_list_get_items(cum, &len);
    kl_obj_t total = items[len - 1];
    if (!kl_obj_is_int(total) && !kl_obj_isinstance(total, &kl_type_int)) {
        kl_raise_TypeError(KL_ERROR_TEXT("Counts must be integers"));
    }
    if (!int_is_positive(kl_obj_index(total))) {
        kl_raise_ValueError(KL_ERROR_TEXT("Total of counts must be greater than zero"));
    }
    kl_obj_t picks;
    if (gen_overrides(g, KL_QSTR_sample)) {
        // self.sample(range(total), k=k)
        kl_obj_t args[3] = {kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_range), total),
                            KL_OBJ_NEW_QSTR(KL_QSTR_k), k};
        picks = kl_obj_list_from_iterable(call_self(g, KL_QSTR_sample, 1, 1, args));
    } else {
        kl_int_t tot = kl_obj_get_int(total);
        picks = sample_core(g, KL_OBJ_NULL, (size_t)tot, sample_size(k, (size_t)tot));
    }
    size_t m;
    kl_obj_t *sel = kl_obj_list_get_items(picks, &m);
    for (size_t i = 0; i < m; i++) {
        items = kl_obj_list_get_items(cum, &len);
        sel[i] = item_at(population, bisect_right(items, len - 1, sel[i]));
    }
    return picks;
}

#if KL_CFG_FLOAT
static kl_obj_t choices(const gen_t *g, kl_obj_t population, kl_obj_t weights, kl_obj_t cum,
                        kl_obj_t k_obj) {
    size_t n = kl_obj_get_len(population);
    kl_obj_t result = kl_obj_new_list(0, NULL);
    if (cum == kl_const_none) {
        if (weights == kl_const_none) {
            kl_int_t k = kl_obj_get_int(k_obj);
            double nf = (double)n;
            for (kl_int_t i = 0; i < k; i++) {
                double x = floor(gen_random(g) * nf);
                kl_obj_t index = g->py_random ? kl_obj_new_int_from_float(x)
                                              : kl_obj_new_int_from_uint((size_t)x);
                kl_obj_list_append(result, kl_obj_subscr(population, index, KL_OBJ_SENTINEL));
            }
            return result;
        }
        if (kl_obj_is_int(weights) || kl_obj_isinstance(weights, &kl_type_int)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("The number of choices must be a keyword argument: "
                                           "k=%S"),
                             weights);
        }
        cum = accumulate(weights);
    } else if (weights != kl_const_none) {
        kl_raise_TypeError(KL_ERROR_TEXT("Cannot specify both weights and cumulative weights"));
    }
    if (kl_obj_get_len(cum) != n) {
        kl_raise_ValueError(KL_ERROR_TEXT("The number of weights does not match the population"));
    }
    kl_obj_t last = kl_obj_subscr(cum, KL_OBJ_NEW_SMALL_INT(-1), KL_OBJ_SENTINEL);
    double total = kl_obj_get_float(kl_binary_op(KL_BINARY_OP_ADD, last, kl_obj_new_float(0.0)));
    if (total <= 0.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("Total of weights must be greater than zero"));
    }
    if (!isfinite(total)) {
        kl_raise_ValueError(KL_ERROR_TEXT("Total of weights must be finite"));
    }
    if (!kl_obj_is_type(cum, &kl_type_list) && !kl_obj_is_type(cum, &kl_type_tuple)) {
        cum = kl_obj_list_from_iterable(cum);
    }
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(cum, &len, &items);
    // Compare as doubles when every weight converts exactly (floats, ints up to 2**53).
    double *fast = kl_gc_alloc(n * sizeof(double), KL_GC_ATOMIC);
    for (size_t i = 0; i < n && fast != NULL; i++) {
        kl_obj_t w = items[i];
        if (kl_obj_is_type(w, &kl_type_float)) {
            fast[i] = ((kl_obj_float_t *)w)->value;
        } else if (KL_OBJ_IS_SMALL_INT(w) && KL_OBJ_SMALL_INT_VALUE(w) <= ((int64_t)1 << 53) &&
                   KL_OBJ_SMALL_INT_VALUE(w) >= -((int64_t)1 << 53)) {
            fast[i] = (double)KL_OBJ_SMALL_INT_VALUE(w);
        } else {
            kl_gc_free(fast);
            fast = NULL;
        }
    }
    kl_int_t k = kl_obj_get_int(k_obj);
    for (kl_int_t i = 0; i < k; i++) {
        double x = gen_random(g) * total;
        size_t lo = 0;
        if (fast != NULL) {
            size_t hi = n - 1;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (x < fast[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        } else {
            kl_obj_get_array(cum, &len, &items);
            lo = bisect_right(items, n - 1, kl_obj_new_float(x));
        }
        kl_obj_list_append(result, item_at(population, lo));
    }
    return result;
}

// ==== Real-valued distributions ====
// Each follows the formula of CPython's random module step by step, so the same calls to
// random() happen in the same order; math errors are the math module's.

#define PI (3.141592653589793)
#define TWOPI (2.0 * PI)
#define E_CONST (2.718281828459045)

static double m_log(double x) {
    if (x <= 0.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("math domain error"));
    }
    return log(x);
}

static double m_sqrt(double x) {
    if (x < 0.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("math domain error"));
    }
    return sqrt(x);
}

static double m_exp(double x) {
    double y = exp(x);
    if (isinf(y) && isfinite(x)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("math range error"));
    }
    return y;
}

static double m_trig(double (*f)(double), double x) {
    if (isinf(x)) {
        kl_raise_ValueError(KL_ERROR_TEXT("math domain error"));
    }
    return f(x);
}

static double m_acos(double x) {
    if (x > 1.0 || x < -1.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("math domain error"));
    }
    return acos(x);
}

static double f_div(double a, double b) {
    if (b == 0.0) {
        kl_raise_ZeroDivisionError(KL_ERROR_TEXT("float division by zero"));
    }
    return a / b;
}

// x ** y on floats, with the errors of Python's float power.
static double f_pow(double x, double y) {
    double z = pow(x, y);
    if (!isfinite(z) && isfinite(x) && isfinite(y)) {
        return kl_obj_get_float(
            kl_binary_op(KL_BINARY_OP_POW, kl_obj_new_float(x), kl_obj_new_float(y)));
    }
    return z;
}

// Python's float %: the result takes the sign of the divisor.
static double f_mod(double x, double y) {
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
        }
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static bool is_fast_num(kl_obj_t o, double *d) {
    if (kl_obj_is_type(o, &kl_type_float)) {
        *d = ((kl_obj_float_t *)o)->value;
        return true;
    }
    if (KL_OBJ_IS_SMALL_INT(o)) {
        *d = (double)KL_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    return false;
}

// b - a as Python computes it, then converted to float: two ints subtract exactly first.
static bool sub_fast(kl_obj_t b, kl_obj_t a, double *out) {
    if (KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) {
        *out = (double)((int64_t)KL_OBJ_SMALL_INT_VALUE(b) - (int64_t)KL_OBJ_SMALL_INT_VALUE(a));
        return true;
    }
    double da, db;
    if (is_fast_num(a, &da) && is_fast_num(b, &db)) {
        *out = db - da;
        return true;
    }
    return false;
}

// a + (b - a) * f, Python's way for any numbers a and b.
static kl_obj_t lerp(kl_obj_t a, kl_obj_t b, double f) {
    double da, diff;
    if (is_fast_num(a, &da) && sub_fast(b, a, &diff)) {
        return kl_obj_new_float(da + diff * f);
    }
    kl_obj_t d = kl_binary_op(KL_BINARY_OP_SUB, b, a);
    return kl_binary_op(KL_BINARY_OP_ADD, a,
                        kl_binary_op(KL_BINARY_OP_MUL, d, kl_obj_new_float(f)));
}

static kl_obj_t uniform(const gen_t *g, kl_obj_t a, kl_obj_t b) {
    return lerp(a, b, gen_random(g));
}

// (mode - low) / (high - low) on any numbers; KL_OBJ_NULL when that divides by zero.
static kl_obj_t mode_fraction(kl_obj_t low, kl_obj_t high, kl_obj_t mode) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t q = kl_binary_op(KL_BINARY_OP_TRUEDIV, kl_binary_op(KL_BINARY_OP_SUB, mode, low),
                                  kl_binary_op(KL_BINARY_OP_SUB, high, low));
        kl_nlr_pop();
        return q;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_ZeroDivisionError)) {
        return KL_OBJ_NULL;
    }
    kl_nlr_jump(nlr.ret_val);
}

static kl_obj_t triangular(const gen_t *g, kl_obj_t low, kl_obj_t high, kl_obj_t mode) {
    double u = gen_random(g);
    double c = 0.5;
    if (mode != kl_const_none) {
        double num, den;
        if (sub_fast(mode, low, &num) && sub_fast(high, low, &den) && fabs(num) <= 0x1p53 &&
            fabs(den) <= 0x1p53) {
            if (den == 0.0) {
                return low;
            }
            c = num / den;
        } else {
            kl_obj_t q = mode_fraction(low, high, mode);
            if (q == KL_OBJ_NULL) {
                return low;
            }
            c = kl_obj_get_float(q);
        }
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        kl_obj_t t = low;
        low = high;
        high = t;
    }
    return lerp(low, high, m_sqrt(u * c));
}

// One round of a rejection-sampling loop: a check point for Ctrl-C and the instruction budget.
// For most parameters a round or two is enough, but some (gammavariate(nan, 1), or of inf)
// are never accepted; CPython loops for ever there too, in Python code that Ctrl-C stops.
static void rejection_step(void) {
    kl_check_interrupt_and_budget();
}

static double normalvariate(const gen_t *g, double mu, double sigma) {
    const double nv_magic = 4.0 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        rejection_step();
        double u1 = gen_random(g);
        double u2 = 1.0 - gen_random(g);
        z = nv_magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -m_log(u2)) {
            break;
        }
    }
    return mu + z * sigma;
}

static double gauss(const gen_t *g, double mu, double sigma) {
    random_obj_t *r = g->r;
    kl_obj_t next = r->gauss_next;
    r->gauss_next = kl_const_none;
    double z;
    if (next == kl_const_none) {
        double x2pi = gen_random(g) * TWOPI;
        double g2rad = m_sqrt(-2.0 * m_log(1.0 - gen_random(g)));
        z = m_trig(cos, x2pi) * g2rad;
        r->gauss_next = kl_obj_new_float(m_trig(sin, x2pi) * g2rad);
    } else {
        z = ((kl_obj_float_t *)next)->value;
    }
    return mu + z * sigma;
}

static double vonmisesvariate(const gen_t *g, double mu, double kappa) {
    if (kappa <= 1e-6) {
        return TWOPI * gen_random(g);
    }
    double s = 0.5 / kappa;
    double rr = s + m_sqrt(1.0 + s * s);
    double z;
    for (;;) {
        rejection_step();
        double u1 = gen_random(g);
        z = cos(PI * u1);
        double d = z / (rr + z);
        double u2 = gen_random(g);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * m_exp(d)) {
            break;
        }
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = gen_random(g);
    if (u3 > 0.5) {
        return f_mod(mu + m_acos(f), TWOPI);
    }
    return f_mod(mu - m_acos(f), TWOPI);
}

static double gammavariate(const gen_t *g, double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("gammavariate: alpha and beta must be > 0.0"));
    }
    if (alpha > 1.0) {
        // Cheng's algorithm GB.
        const double log4 = log(4.0);
        const double sg_magic = 1.0 + log(4.5);
        double ainv = m_sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log4;
        double ccc = alpha + ainv;
        for (;;) {
            rejection_step();
            double u1 = gen_random(g);
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            double u2 = 1.0 - gen_random(g);
            double v = m_log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * m_exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= m_log(z)) {
                return x * beta;
            }
        }
    }
    if (alpha == 1.0) {
        return -m_log(1.0 - gen_random(g)) * beta;
    }
    // Algorithm GS (Ahrens and Dieter) for 0 < alpha < 1.
    double x;
    for (;;) {
        rejection_step();
        double u = gen_random(g);
        double b = (E_CONST + alpha) / E_CONST;
        double p = b * u;
        if (p <= 1.0) {
            x = f_pow(p, 1.0 / alpha);
        } else {
            x = -m_log((b - p) / alpha);
        }
        double u1 = gen_random(g);
        if (p > 1.0) {
            if (u1 <= f_pow(x, alpha - 1.0)) {
                break;
            }
        } else if (u1 <= m_exp(-x)) {
            break;
        }
    }
    return x * beta;
}

// gammavariate([shape], 1.0), through the subclass's override if it has one.
static double gamma_1(const gen_t *g, double shape) {
    if (gen_overrides(g, KL_QSTR_gammavariate)) {
        kl_obj_t args[2] = {kl_obj_new_float(shape), kl_obj_new_float(1.0)};
        return kl_obj_get_float(call_self(g, KL_QSTR_gammavariate, 2, 0, args));
    }
    return gammavariate(g, shape, 1.0);
}

static double betavariate(const gen_t *g, double alpha, double beta) {
    double y = gamma_1(g, alpha);
    if (y != 0.0) {
        return y / (y + gamma_1(g, beta));
    }
    return 0.0;
}
#endif // KL_CFG_FLOAT

// ==== The Random type ====

static random_obj_t *random_alloc(const kl_obj_type_t *type) {
    random_obj_t *r = kl_gc_alloc(sizeof(random_obj_t), 0);
    r->base.type = type;
    r->owner = KL_OBJ_NULL;
    r->mt = kl_gc_alloc(MT_N * sizeof(uint32_t), KL_GC_ATOMIC);
    r->index = MT_N;
    r->gauss_next = kl_const_none;
    return r;
}

// Random(x=None)
static kl_obj_t random_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    kl_obj_t a = kl_const_none;
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Random.__init__() takes from 1 to 2 positional arguments "
                                       "but %z were given"),
                         n_args + 1);
    }
    if (n_args == 1) {
        a = args[0];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * i]);
        if (q != KL_QSTR_x || n_args == 1) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT(q == KL_QSTR_x
                                               ? "Random.__init__() got multiple values for "
                                                 "argument '%q'"
                                               : "Random.__init__() got an unexpected keyword "
                                                 "argument '%q'"),
                             q);
        }
        a = args[n_args + 2 * i + 1];
    }
    random_obj_t *r = random_alloc(type);
    random_seed(r, a, KL_OBJ_NULL);
    return KL_OBJ_FROM_PTR(r);
}

// __new__(cls, ...): only classes derived from Random come here (Random() itself is
// random_make_new). The new instance's native part remembers the instance, so the builtin
// methods, which receive the native part as self, can find the subclass's overrides.
static kl_obj_t random___new__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    (void)n_args;
    (void)n_kw;
    kl_obj_t cls = args[0];
    if (!KL_OBJ_IS_OBJ(cls) || !kl_obj_is_subclass(kl_obj_get_type(cls), &kl_type_type) ||
        !kl_obj_is_subclass((const kl_obj_type_t *)cls, &kl_type_random_Random)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Random.__new__(X): X is not a subtype of Random"));
    }
    kl_obj_t o = kl_type_new_instance((const kl_obj_type_t *)cls, 0, 0, NULL);
    random_obj_t *r = get_self(o);
    if (o != KL_OBJ_FROM_PTR(r)) {
        r->owner = o;
    }
    return o;
}
static KL_DEFINE_FUN_KW(random___new___fun_obj, __new__, 1, random___new__);
static const kl_obj_static_class_method_t random___new___obj = {
    {&kl_type_staticmethod}, KL_ROM_PTR(&random___new___fun_obj)};

// __init__(self, x=None): seeds with self.seed(x), as CPython's does.
static kl_obj_t random___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {kl_const_none};
    PARSE(__init__, 1, out, KL_QSTR_x);
    gen_t g;
    gen_init(&g, args[0]);
    if (gen_overrides(&g, KL_QSTR_seed)) {
        call_self(&g, KL_QSTR_seed, 1, 0, out);
    } else {
        random_seed(g.r, out[0], KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(random___init___obj, __init__, 1, random___init__);

static kl_obj_t random_seed_fun(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {kl_const_none, KL_OBJ_NEW_SMALL_INT(2)};
    PARSE(seed, 2, out, KL_QSTR_a, KL_QSTR_version);
    random_seed(get_self(args[0]), out[0], out[1]);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(random_seed_obj, seed, 1, random_seed_fun);

static kl_obj_t random_getstate(kl_obj_t self) {
    return getstate(get_self(self));
}
static KL_DEFINE_FUN_1(random_getstate_obj, getstate, random_getstate);

static kl_obj_t random_setstate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    PARSE(setstate, 1, out, KL_QSTR_state);
    setstate(get_self(args[0]), out[0]);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(random_setstate_obj, setstate, 1, random_setstate);

static kl_obj_t random_getrandbits(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    PARSE(getrandbits, 1, out, KL_QSTR_k);
    return getrandbits(get_self(args[0]), out[0]);
}
static KL_DEFINE_FUN_KW(random_getrandbits_obj, getrandbits, 1, random_getrandbits);

static kl_obj_t random_randbytes(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    PARSE(randbytes, 1, out, KL_QSTR_n);
    gen_t g;
    gen_init(&g, args[0]);
    random_obj_t *r = g.r;
    if (gen_overrides(&g, KL_QSTR_getrandbits)) {
        // self.getrandbits(n * 8).to_bytes(n, 'little')
        kl_obj_t bits = kl_binary_op(KL_BINARY_OP_MUL, out[0], KL_OBJ_NEW_SMALL_INT(8));
        kl_obj_t v = call_self(&g, KL_QSTR_getrandbits, 1, 0, &bits);
        kl_obj_t call[4] = {KL_OBJ_NULL, KL_OBJ_NULL, out[0], KL_OBJ_NEW_QSTR(KL_QSTR_little)};
        kl_load_method(v, KL_QSTR_to_bytes, call);
        return kl_call_method_n_kw(2, 0, call);
    }
    kl_int_t n = kl_obj_get_int(out[0]);
    if (n < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("number of bits must be non-negative"));
    }
    // The little-endian bytes of getrandbits(8 * n).
    char *buf = kl_gc_alloc((size_t)n + 1, KL_GC_ATOMIC);
    for (kl_int_t i = 0; i < n; i += 4) {
        uint32_t w = mt_next(r);
        kl_int_t left = n - i;
        if (left < 4) {
            w >>= 32 - 8 * left;
        }
        for (kl_int_t b = 0; b < 4 && b < left; b++) {
            buf[i + b] = (char)(w >> (8 * b));
        }
    }
    kl_obj_t res = kl_obj_new_bytes(buf, (size_t)n);
    kl_gc_free(buf);
    return res;
}
static KL_DEFINE_FUN_KW(random_randbytes_obj, randbytes, 1, random_randbytes);

static kl_obj_t random_randrange(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[3] = {KL_OBJ_NULL, kl_const_none, KL_OBJ_NEW_SMALL_INT(1)};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(randrange, 3, out, KL_QSTR_start, KL_QSTR_stop, KL_QSTR_step);
    return randrange(&g, out[0], out[1], out[2]);
}
static KL_DEFINE_FUN_KW(random_randrange_obj, randrange, 1, random_randrange);

static kl_obj_t random_randint(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(randint, 2, out, KL_QSTR_a, KL_QSTR_b);
    kl_obj_t stop = kl_binary_op(KL_BINARY_OP_ADD, out[1], KL_OBJ_NEW_SMALL_INT(1));
    gen_t g;
    gen_init(&g, args[0]);
    if (gen_overrides(&g, KL_QSTR_randrange)) {
        kl_obj_t range_args[2] = {out[0], stop};
        return call_self(&g, KL_QSTR_randrange, 2, 0, range_args);
    }
    return randrange(&g, out[0], stop, KL_OBJ_NEW_SMALL_INT(1));
}
static KL_DEFINE_FUN_KW(random_randint_obj, randint, 1, random_randint);

static kl_obj_t random_choice(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(choice, 1, out, KL_QSTR_seq);
    return choice(&g, out[0]);
}
static KL_DEFINE_FUN_KW(random_choice_obj, choice, 1, random_choice);

static kl_obj_t random_shuffle(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(shuffle, 1, out, KL_QSTR_x);
    shuffle(&g, out[0]);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(random_shuffle_obj, shuffle, 1, random_shuffle);

static kl_obj_t random_sample(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_const_none};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(sample, 2, out, KL_QSTR_population, KL_QSTR_k, KL_QSTR_counts);
    return sample(&g, out[0], out[1], out[2]);
}
static KL_DEFINE_FUN_KW(random_sample_obj, sample, 1, random_sample);

#if KL_CFG_FLOAT
static kl_obj_t random_random(kl_obj_t self) {
    return kl_obj_new_float(mt_random(get_self(self)));
}
static KL_DEFINE_FUN_1(random_random_obj, random, random_random);

static kl_obj_t random_choices(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[4] = {KL_OBJ_NULL, kl_const_none, kl_const_none, KL_OBJ_NEW_SMALL_INT(1)};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(choices, 2, out, KL_QSTR_population, KL_QSTR_weights, KL_QSTR_cum_weights, KL_QSTR_k);
    return choices(&g, out[0], out[1], out[2], out[3]);
}
static KL_DEFINE_FUN_KW(random_choices_obj, choices, 1, random_choices);

static kl_obj_t random_uniform(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(uniform, 2, out, KL_QSTR_a, KL_QSTR_b);
    return uniform(&g, out[0], out[1]);
}
static KL_DEFINE_FUN_KW(random_uniform_obj, uniform, 1, random_uniform);

static kl_obj_t random_triangular(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[3] = {kl_obj_new_float(0.0), kl_obj_new_float(1.0), kl_const_none};
    gen_t g;
    gen_init(&g, args[0]);
    PARSE(triangular, 3, out, KL_QSTR_low, KL_QSTR_high, KL_QSTR_mode);
    return triangular(&g, out[0], out[1], out[2]);
}
static KL_DEFINE_FUN_KW(random_triangular_obj, triangular, 1, random_triangular);

static kl_obj_t random_normalvariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_NEW_SMALL_INT(1)};
    PARSE(normalvariate, 2, out, KL_QSTR_mu, KL_QSTR_sigma);
    gen_t g;
    gen_init(&g, args[0]);
    double mu = kl_obj_get_float(out[0]);
    double sigma = kl_obj_get_float(out[1]);
    return kl_obj_new_float(normalvariate(&g, mu, sigma));
}
static KL_DEFINE_FUN_KW(random_normalvariate_obj, normalvariate, 1, random_normalvariate);

static kl_obj_t random_gauss(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_NEW_SMALL_INT(1)};
    PARSE(gauss, 2, out, KL_QSTR_mu, KL_QSTR_sigma);
    gen_t g;
    gen_init(&g, args[0]);
    kl_obj_t next = g.r->gauss_next;
    if (next != kl_const_none && !kl_obj_is_type(next, &kl_type_float)) {
        // A value stored by setstate or assignment: mu + z * sigma with Python's types.
        g.r->gauss_next = kl_const_none;
        return kl_binary_op(KL_BINARY_OP_ADD, out[0], kl_binary_op(KL_BINARY_OP_MUL, next, out[1]));
    }
    double mu = kl_obj_get_float(out[0]);
    double sigma = kl_obj_get_float(out[1]);
    return kl_obj_new_float(gauss(&g, mu, sigma));
}
static KL_DEFINE_FUN_KW(random_gauss_obj, gauss, 1, random_gauss);

static kl_obj_t random_lognormvariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(lognormvariate, 2, out, KL_QSTR_mu, KL_QSTR_sigma);
    gen_t g;
    gen_init(&g, args[0]);
    if (gen_overrides(&g, KL_QSTR_normalvariate)) {
        return kl_obj_new_float(
            m_exp(kl_obj_get_float(call_self(&g, KL_QSTR_normalvariate, 2, 0, out))));
    }
    double mu = kl_obj_get_float(out[0]);
    double sigma = kl_obj_get_float(out[1]);
    return kl_obj_new_float(m_exp(normalvariate(&g, mu, sigma)));
}
static KL_DEFINE_FUN_KW(random_lognormvariate_obj, lognormvariate, 1, random_lognormvariate);

static kl_obj_t random_expovariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    PARSE(expovariate, 1, out, KL_QSTR_lambd);
    gen_t g;
    gen_init(&g, args[0]);
    double lambd = kl_obj_get_float(out[0]);
    return kl_obj_new_float(f_div(-m_log(1.0 - gen_random(&g)), lambd));
}
static KL_DEFINE_FUN_KW(random_expovariate_obj, expovariate, 1, random_expovariate);

static kl_obj_t random_vonmisesvariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(vonmisesvariate, 2, out, KL_QSTR_mu, KL_QSTR_kappa);
    gen_t g;
    gen_init(&g, args[0]);
    double mu = kl_obj_get_float(out[0]);
    double kappa = kl_obj_get_float(out[1]);
    return kl_obj_new_float(vonmisesvariate(&g, mu, kappa));
}
static KL_DEFINE_FUN_KW(random_vonmisesvariate_obj, vonmisesvariate, 1, random_vonmisesvariate);

static kl_obj_t random_gammavariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(gammavariate, 2, out, KL_QSTR_alpha, KL_QSTR_beta);
    gen_t g;
    gen_init(&g, args[0]);
    double alpha = kl_obj_get_float(out[0]);
    double beta = kl_obj_get_float(out[1]);
    return kl_obj_new_float(gammavariate(&g, alpha, beta));
}
static KL_DEFINE_FUN_KW(random_gammavariate_obj, gammavariate, 1, random_gammavariate);

static kl_obj_t random_betavariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(betavariate, 2, out, KL_QSTR_alpha, KL_QSTR_beta);
    gen_t g;
    gen_init(&g, args[0]);
    double alpha = kl_obj_get_float(out[0]);
    double beta = kl_obj_get_float(out[1]);
    return kl_obj_new_float(betavariate(&g, alpha, beta));
}
static KL_DEFINE_FUN_KW(random_betavariate_obj, betavariate, 1, random_betavariate);

static kl_obj_t random_paretovariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[1] = {KL_OBJ_NULL};
    PARSE(paretovariate, 1, out, KL_QSTR_alpha);
    gen_t g;
    gen_init(&g, args[0]);
    double alpha = kl_obj_get_float(out[0]);
    double u = 1.0 - gen_random(&g);
    return kl_obj_new_float(f_pow(u, f_div(-1.0, alpha)));
}
static KL_DEFINE_FUN_KW(random_paretovariate_obj, paretovariate, 1, random_paretovariate);

static kl_obj_t random_weibullvariate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t out[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    PARSE(weibullvariate, 2, out, KL_QSTR_alpha, KL_QSTR_beta);
    gen_t g;
    gen_init(&g, args[0]);
    double alpha = kl_obj_get_float(out[0]);
    double beta = kl_obj_get_float(out[1]);
    double u = 1.0 - gen_random(&g);
    return kl_obj_new_float(alpha * f_pow(-m_log(u), f_div(1.0, beta)));
}
static KL_DEFINE_FUN_KW(random_weibullvariate_obj, weibullvariate, 1, random_weibullvariate);
#endif // KL_CFG_FLOAT

// gauss_next is an attribute, as in CPython (getstate/setstate carry it too).
static void random_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    random_obj_t *r = (random_obj_t *)self;
    if (attr == KL_QSTR_gauss_next) {
        if (dest[0] == KL_OBJ_NULL) {
            dest[0] = r->gauss_next;
        } else if (dest[1] != KL_OBJ_NULL) {
            r->gauss_next = dest[1];
            dest[0] = KL_OBJ_NULL;
        }
        return;
    }
    if (dest[0] == KL_OBJ_NULL) {
        kl_type_generic_attr(self, attr, dest);
    }
}

// The methods, which the module also exports bound to its hidden instance (those whose name
// does not start with an underscore).
static const kl_rom_map_elem_t random_locals_table[] = {
    {KL_ROM_QSTR(VERSION), KL_ROM_INT(3)},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&random___init___obj)},
    {KL_ROM_QSTR(__new__), KL_ROM_PTR(&random___new___obj)},
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(betavariate), KL_ROM_PTR(&random_betavariate_obj)},
#endif
    {KL_ROM_QSTR(choice), KL_ROM_PTR(&random_choice_obj)},
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(choices), KL_ROM_PTR(&random_choices_obj)},
    {KL_ROM_QSTR(expovariate), KL_ROM_PTR(&random_expovariate_obj)},
    {KL_ROM_QSTR(gammavariate), KL_ROM_PTR(&random_gammavariate_obj)},
    {KL_ROM_QSTR(gauss), KL_ROM_PTR(&random_gauss_obj)},
#endif
    {KL_ROM_QSTR(getrandbits), KL_ROM_PTR(&random_getrandbits_obj)},
    {KL_ROM_QSTR(getstate), KL_ROM_PTR(&random_getstate_obj)},
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(lognormvariate), KL_ROM_PTR(&random_lognormvariate_obj)},
    {KL_ROM_QSTR(normalvariate), KL_ROM_PTR(&random_normalvariate_obj)},
    {KL_ROM_QSTR(paretovariate), KL_ROM_PTR(&random_paretovariate_obj)},
#endif
    {KL_ROM_QSTR(randbytes), KL_ROM_PTR(&random_randbytes_obj)},
    {KL_ROM_QSTR(randint), KL_ROM_PTR(&random_randint_obj)},
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(random), KL_ROM_PTR(&random_random_obj)},
#endif
    {KL_ROM_QSTR(randrange), KL_ROM_PTR(&random_randrange_obj)},
    {KL_ROM_QSTR(sample), KL_ROM_PTR(&random_sample_obj)},
    {KL_ROM_QSTR(seed), KL_ROM_PTR(&random_seed_obj)},
    {KL_ROM_QSTR(setstate), KL_ROM_PTR(&random_setstate_obj)},
    {KL_ROM_QSTR(shuffle), KL_ROM_PTR(&random_shuffle_obj)},
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(triangular), KL_ROM_PTR(&random_triangular_obj)},
    {KL_ROM_QSTR(uniform), KL_ROM_PTR(&random_uniform_obj)},
    {KL_ROM_QSTR(vonmisesvariate), KL_ROM_PTR(&random_vonmisesvariate_obj)},
    {KL_ROM_QSTR(weibullvariate), KL_ROM_PTR(&random_weibullvariate_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(random_locals_dict, random_locals_table);

const kl_obj_type_t kl_type_random_Random = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_Random,
    .make_new = random_make_new,
    .attr = random_attr,
    .locals_dict = &random_locals_dict,
};

// ==== The module ====

kl_obj_t kl_mod_random_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_random);
    kl_obj_t g = kl_obj_module_globals(m);
    random_obj_t *inst = random_alloc(&kl_type_random_Random);
    seed_entropy(inst);
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_Random), KL_OBJ_FROM_PTR(&kl_type_random_Random));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR__inst), KL_OBJ_FROM_PTR(inst));
    for (size_t i = 0; i < sizeof(random_locals_table) / sizeof(random_locals_table[0]); i++) {
        size_t len;
        const char *name = kl_qstr_data(random_locals_table[i].key, &len);
        if (name[0] != '_' &&
            kl_obj_is_type(random_locals_table[i].value, &kl_type_builtin_function)) {
            kl_obj_dict_store(
                g, KL_OBJ_NEW_QSTR(random_locals_table[i].key),
                kl_obj_new_bound_meth(random_locals_table[i].value, KL_OBJ_FROM_PTR(inst)));
        }
    }
    return m;
}

#endif // KL_CFG_MODULE_RANDOM
