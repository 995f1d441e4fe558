// tests/unit/test_mpn.c: unit tests for vm/mpn.c, the natural-number digit arrays.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Small operands are checked against unsigned __int128 arithmetic done by the compiler; large
// ones against independent reference code written here (naive multiplication, division by ten
// one digit at a time) and against identities: (a * b) / b == a, a == q * b + r with r < b,
// a & b + (a | b) == a + b for signed values, and so on. Doubles are checked against the host's
// IEEE arithmetic and against exact bracketing of the rounded result.

#include <check.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/mpn.h"

typedef kl_mpn_dig_t dig_t;
typedef unsigned __int128 u128;
typedef __int128 i128;

// ==== Random numbers ====

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd64(void) {
    // xorshift64*
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1Du;
}

static uint32_t rnd32(void) {
    return (uint32_t)(rnd64() >> 32);
}

static size_t rnd_below(size_t n) {
    return (size_t)(rnd64() % n);
}

// A digit biased toward the values that stress carries and quotient estimates.
static dig_t rnd_dig(void) {
    switch (rnd64() % 8) {
        case 0:
            return 0;
        case 1:
            return 0xFFFFFFFFu;
        case 2:
            return 0x80000000u;
        case 3:
            return 1;
        case 4:
            return 0xFFFFFFFFu - (dig_t)rnd_below(3);
        default:
            return rnd32();
    }
}

// Fills a with n random digits (top one nonzero); returns n.
static size_t rnd_num(dig_t *a, size_t n) {
    for (size_t i = 0; i < n; i++) {
        a[i] = rnd_dig();
    }
    if (n > 0 && a[n - 1] == 0) {
        a[n - 1] = 1 + (rnd32() >> 1);
    }
    return n;
}

static size_t from_u128(dig_t *r, u128 v) {
    size_t n = 0;
    while (v != 0) {
        r[n++] = (dig_t)v;
        v >>= 32;
    }
    return n;
}

static u128 to_u128(const dig_t *a, size_t an) {
    u128 v = 0;
    for (size_t i = an; i-- > 0;) {
        v = (v << 32) | a[i];
    }
    return v;
}

static u128 rnd_u128_bits(unsigned bits) {
    u128 v = ((u128)rnd64() << 64) | rnd64();
    if (bits < 128) {
        v &= (((u128)1) << bits) - 1;
    }
    // Sometimes a run of ones or zeros.
    if (rnd64() % 4 == 0 && bits > 2) {
        v = (((u128)1) << (bits - 1)) - (rnd64() % 3);
    }
    return v;
}

#define N_MAX 600

// ==== Basics ====

START_TEST(test_basics) {
    dig_t a[4] = {5, 0, 0, 0};
    ck_assert_uint_eq(kl_mpn_norm(a, 4), 1);
    ck_assert_uint_eq(kl_mpn_norm(a, 0), 0);
    dig_t b[2] = {5, 1};
    ck_assert_int_eq(kl_mpn_cmp(a, 1, b, 2), -1);
    ck_assert_int_eq(kl_mpn_cmp(b, 2, a, 1), 1);
    ck_assert_int_eq(kl_mpn_cmp(b, 2, b, 2), 0);
    ck_assert_int_eq(kl_mpn_cmp(a, 0, a, 0), 0);
    ck_assert_uint_eq(kl_mpn_bit_length(a, 0), 0);
    ck_assert_uint_eq(kl_mpn_bit_length(a, 1), 3);
    ck_assert_uint_eq(kl_mpn_bit_length(b, 2), 33);
    dig_t c[2];
    ck_assert_uint_eq(kl_mpn_from_u64(c, 0), 0);
    ck_assert_uint_eq(kl_mpn_from_u64(c, 7), 1);
    ck_assert_uint_eq(kl_mpn_from_u64(c, 0x100000000u), 2);
    uint64_t v = 0;
    ck_assert(kl_mpn_to_u64(c, 2, &v));
    ck_assert(v == 0x100000000u);
    dig_t d[3] = {1, 2, 3};
    ck_assert(!kl_mpn_to_u64(d, 3, &v));
}
END_TEST

// ==== Small operands against __int128 ====

START_TEST(test_small_arith) {
    dig_t a[8], b[8], r[16], q[16], rm[16], scratch[64];
    for (int iter = 0; iter < 200000; iter++) {
        u128 x = rnd_u128_bits((unsigned)rnd_below(128) + 1) >> 1;
        u128 y = rnd_u128_bits((unsigned)rnd_below(127) + 1) >> 1;
        size_t an = from_u128(a, x);
        size_t bn = from_u128(b, y);
        size_t n = kl_mpn_add(r, a, an, b, bn);
        if (to_u128(r, n) != x + y || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("add");
        }
        u128 hi = x > y ? x : y;
        u128 lo = x > y ? y : x;
        size_t hn = from_u128(a, hi);
        size_t ln = from_u128(b, lo);
        n = kl_mpn_sub(r, a, hn, b, ln);
        if (to_u128(r, n) != hi - lo || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("sub");
        }
        int c = kl_mpn_cmp(a, hn, b, ln);
        if (c != (hi > lo ? 1 : 0)) {
            ck_abort_msg("cmp");
        }
        // Products of operands below 2^64.
        uint64_t x64 = (uint64_t)x;
        uint64_t y64 = (uint64_t)(y >> (rnd64() % 64));
        an = from_u128(a, x64);
        bn = from_u128(b, y64);
        n = kl_mpn_mul(r, a, an, b, bn, NULL);
        if (to_u128(r, n) != (u128)x64 * y64 || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("mul");
        }
        n = kl_mpn_sqr(r, a, an, NULL);
        if (to_u128(r, n) != (u128)x64 * x64) {
            ck_abort_msg("sqr");
        }
        // Division.
        an = from_u128(a, x);
        u128 yd = y >> rnd_below(127);
        if (yd == 0) {
            yd = 1 + rnd_below(10);
        }
        bn = from_u128(b, yd);
        size_t qn = 99;
        size_t rn = 99;
        kl_mpn_divmod(q, &qn, rm, &rn, a, an, b, bn, scratch);
        if (to_u128(q, qn) != x / yd || to_u128(rm, rn) != x % yd || kl_mpn_norm(q, qn) != qn ||
            kl_mpn_norm(rm, rn) != rn) {
            ck_abort_msg("divmod %d", iter);
        }
        dig_t d = rnd_dig();
        if (d == 0) {
            d = 7;
        }
        dig_t rem = kl_mpn_div_1(q, &qn, a, an, d);
        if (to_u128(q, qn) != x / d || rem != x % d) {
            ck_abort_msg("div_1");
        }
        // mul_1_add.
        dig_t m = rnd_dig();
        dig_t cc = rnd_dig();
        an = from_u128(a, x >> 33);
        n = kl_mpn_mul_1_add(r, a, an, m, cc);
        if (to_u128(r, n) != (x >> 33) * m + cc) {
            ck_abort_msg("mul_1_add");
        }
        // Shifts.
        size_t sh = rnd_below(70);
        an = from_u128(a, x >> 70);
        n = kl_mpn_shl(r, a, an, sh);
        if (to_u128(r, n) != (x >> 70) << sh || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("shl");
        }
        an = from_u128(a, x);
        sh = rnd_below(140);
        n = kl_mpn_shr(r, a, an, sh);
        if (to_u128(r, n) != (sh >= 128 ? 0 : x >> sh) || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("shr");
        }
        // In place.
        n = kl_mpn_shr(a, a, an, sh);
        if (to_u128(a, n) != (sh >= 128 ? 0 : x >> sh)) {
            ck_abort_msg("shr in place");
        }
        // Unsigned bitwise.
        an = from_u128(a, x);
        bn = from_u128(b, y);
        n = kl_mpn_and(r, a, an, b, bn);
        if (to_u128(r, n) != (x & y) || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("and");
        }
        n = kl_mpn_or(r, a, an, b, bn);
        if (to_u128(r, n) != (x | y)) {
            ck_abort_msg("or");
        }
        n = kl_mpn_xor(r, a, an, b, bn);
        if (to_u128(r, n) != (x ^ y) || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("xor");
        }
        n = kl_mpn_andnot(r, a, an, b, bn);
        if (to_u128(r, n) != (x & ~y) || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("andnot");
        }
        n = kl_mpn_add_1(r, a, an, m);
        if (to_u128(r, n) != x + m) {
            ck_abort_msg("add_1");
        }
        if (x >= m) {
            n = kl_mpn_sub_1(r, a, an, m);
            if (to_u128(r, n) != x - m || kl_mpn_norm(r, n) != n) {
                ck_abort_msg("sub_1");
            }
        }
    }
}
END_TEST

// Python's floor shift of a signed value, computed without relying on >> of negatives.
static i128 floor_shr(i128 x, unsigned k) {
    if (x >= 0) {
        return x >> k;
    }
    u128 m = (u128)(-x);
    u128 q = m >> k;
    if ((q << k) != m) {
        q++;
    }
    return -(i128)q;
}

static size_t from_i128(dig_t *r, bool *neg, i128 v) {
    *neg = v < 0;
    return from_u128(r, v < 0 ? (u128)(-v) : (u128)v);
}

static i128 to_i128(const dig_t *a, size_t an, bool neg) {
    u128 v = to_u128(a, an);
    return (i128)(neg ? -v : v);
}

START_TEST(test_small_signed) {
    dig_t a[8], b[8], r[16];
    // The examples from the Python documentation and the brief.
    struct {
        int x, y, and_, or_, xor_;
    } ex[] = {{-5, 3, 3, -5, -8}, {5, -3, 5, -3, -8}, {-5, -3, -7, -1, 6}, {0, -1, 0, -1, -1}};
    for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
        bool an_, bn_, rn;
        size_t an = from_i128(a, &an_, ex[i].x);
        size_t bn = from_i128(b, &bn_, ex[i].y);
        size_t n = kl_mpn_and_signed(r, &rn, a, an, an_, b, bn, bn_);
        ck_assert(to_i128(r, n, rn) == ex[i].and_);
        n = kl_mpn_or_signed(r, &rn, a, an, an_, b, bn, bn_);
        ck_assert(to_i128(r, n, rn) == ex[i].or_);
        n = kl_mpn_xor_signed(r, &rn, a, an, an_, b, bn, bn_);
        ck_assert(to_i128(r, n, rn) == ex[i].xor_);
    }
    bool rn;
    dig_t five = 5;
    size_t n = kl_mpn_shr_signed(r, &rn, &five, 1, true, 1);
    ck_assert(to_i128(r, n, rn) == -3);
    n = kl_mpn_invert_signed(r, &rn, &five, 1, false);
    ck_assert(to_i128(r, n, rn) == -6);
    n = kl_mpn_invert_signed(r, &rn, &five, 1, true);
    ck_assert(to_i128(r, n, rn) == 4);
    // ~(-1) == 0, not negative zero.
    dig_t one = 1;
    n = kl_mpn_invert_signed(r, &rn, &one, 1, true);
    ck_assert(n == 0 && !rn);
    // -2^32 & -2^32 and friends: the magnitude 2^(32n) case.
    dig_t p32[2] = {0, 1};
    n = kl_mpn_and_signed(r, &rn, p32, 2, true, p32, 2, true);
    ck_assert(to_i128(r, n, rn) == -((i128)1 << 32));
    dig_t m32 = 0xFFFFFFFFu;
    n = kl_mpn_or_signed(r, &rn, &m32, 1, true, &one, 1, true);
    ck_assert(to_i128(r, n, rn) == -1);
    n = kl_mpn_and_signed(r, &rn, &m32, 1, true, &m32, 1, false);
    ck_assert(to_i128(r, n, rn) == 1);
    n = kl_mpn_xor_signed(r, &rn, &m32, 1, true, &m32, 1, false);
    ck_assert(to_i128(r, n, rn) == -2);

    for (int iter = 0; iter < 300000; iter++) {
        i128 x = (i128)(rnd_u128_bits((unsigned)rnd_below(100) + 1) >> 1);
        i128 y = (i128)(rnd_u128_bits((unsigned)rnd_below(100) + 1) >> 1);
        if (rnd64() & 1) {
            x = -x;
        }
        if (rnd64() & 1) {
            y = -y;
        }
        bool xn, yn;
        size_t an = from_i128(a, &xn, x);
        size_t bn = from_i128(b, &yn, y);
        // Sign flags on zero must be ignored.
        if (an == 0) {
            xn = rnd64() & 1;
        }
        n = kl_mpn_and_signed(r, &rn, a, an, xn, b, bn, yn);
        if (to_i128(r, n, rn) != (x & y) || kl_mpn_norm(r, n) != n || (rn && n == 0)) {
            ck_abort_msg("and_signed");
        }
        n = kl_mpn_or_signed(r, &rn, a, an, xn, b, bn, yn);
        if (to_i128(r, n, rn) != (x | y) || kl_mpn_norm(r, n) != n || (rn && n == 0)) {
            ck_abort_msg("or_signed");
        }
        n = kl_mpn_xor_signed(r, &rn, a, an, xn, b, bn, yn);
        if (to_i128(r, n, rn) != (x ^ y) || kl_mpn_norm(r, n) != n || (rn && n == 0)) {
            ck_abort_msg("xor_signed");
        }
        n = kl_mpn_invert_signed(r, &rn, a, an, xn);
        if (to_i128(r, n, rn) != ~x || (rn && n == 0)) {
            ck_abort_msg("invert_signed");
        }
        unsigned k = (unsigned)rnd_below(110);
        n = kl_mpn_shr_signed(r, &rn, a, an, xn, k);
        if (to_i128(r, n, rn) != floor_shr(x, k) || (rn && n == 0) || kl_mpn_norm(r, n) != n) {
            ck_abort_msg("shr_signed %d", iter);
        }
        // In place (r == a).
        dig_t t[8];
        memcpy(t, a, sizeof t);
        n = kl_mpn_xor_signed(t, &rn, t, an, xn, b, bn, yn);
        if (to_i128(t, n, rn) != (x ^ y)) {
            ck_abort_msg("xor_signed in place");
        }
    }
}
END_TEST

// ==== Large operands ====

// Reference product: the plainest schoolbook loop, independent of vm/mpn.c.
static size_t ref_mul(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(dig_t));
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0;
        for (size_t j = 0; j < bn; j++) {
            uint64_t t = (uint64_t)a[i] * b[j] + r[i + j] + carry;
            r[i + j] = (dig_t)t;
            carry = t >> 32;
        }
        r[i + bn] = (dig_t)carry;
    }
    size_t n = an + bn;
    while (n > 0 && r[n - 1] == 0) {
        n--;
    }
    return n;
}

static bool eq(const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    return an == bn && (an == 0 || memcmp(a, b, an * sizeof(dig_t)) == 0);
}

static dig_t A[N_MAX], B[N_MAX], P[2 * N_MAX + 2], P2[2 * N_MAX + 2], Q[2 * N_MAX + 2],
    R[2 * N_MAX + 2], S[16 * N_MAX];

START_TEST(test_big_mul_div) {
    for (int iter = 0; iter < 1500; iter++) {
        size_t an = 1 + rnd_below(iter < 1000 ? 80 : N_MAX);
        size_t bn = 1 + rnd_below(iter % 3 == 0 ? an : 80);
        rnd_num(A, an);
        rnd_num(B, bn);
        ck_assert_uint_le(kl_mpn_mul_scratch_len(an, bn), 16 * N_MAX);
        size_t pn = kl_mpn_mul(P, A, an, B, bn, S);
        size_t rn = ref_mul(P2, A, an, B, bn);
        if (!eq(P, pn, P2, rn)) {
            ck_abort_msg("mul %zu x %zu", an, bn);
        }
        // Commuted.
        pn = kl_mpn_mul(P, B, bn, A, an, S);
        if (!eq(P, pn, P2, rn)) {
            ck_abort_msg("mul commuted %zu x %zu", an, bn);
        }
        // Square, and a product of an operand with itself (which takes the squaring path).
        pn = kl_mpn_sqr(P, A, an, S);
        rn = ref_mul(P2, A, an, A, an);
        if (!eq(P, pn, P2, rn)) {
            ck_abort_msg("sqr %zu", an);
        }
        pn = kl_mpn_mul(P, A, an, A, an, S);
        if (!eq(P, pn, P2, rn)) {
            ck_abort_msg("mul self %zu", an);
        }
        // (a * b) / b == a, remainder 0; (a * b + c) / b == a rem c for c < b.
        pn = kl_mpn_mul(P, A, an, B, bn, S);
        ck_assert_uint_le(kl_mpn_divmod_scratch_len(pn, bn), 16 * N_MAX);
        size_t qn, remn;
        kl_mpn_divmod(Q, &qn, R, &remn, P, pn, B, bn, S);
        if (!eq(Q, qn, A, an) || remn != 0) {
            ck_abort_msg("exact div %zu / %zu", pn, bn);
        }
        size_t cn = bn > 1 ? 1 + rnd_below(bn - 1) : 1;
        dig_t C[N_MAX];
        rnd_num(C, cn);
        if (kl_mpn_cmp(C, cn, B, bn) >= 0) {
            cn = kl_mpn_sub_1(C, B, bn, 1);
        }
        pn = kl_mpn_add(P, P, pn, C, cn);
        kl_mpn_divmod(Q, &qn, R, &remn, P, pn, B, bn, S);
        if (!eq(Q, qn, A, an) || !eq(R, remn, C, cn)) {
            ck_abort_msg("div with remainder %zu / %zu", pn, bn);
        }
        // Random a, b: a == q * b + r and r < b; quotient-only and remainder-only calls agree.
        an = 1 + rnd_below(N_MAX);
        bn = 1 + rnd_below(an);
        rnd_num(A, an);
        rnd_num(B, bn);
        kl_mpn_divmod(Q, &qn, R, &remn, A, an, B, bn, S);
        if (kl_mpn_cmp(R, remn, B, bn) >= 0) {
            ck_abort_msg("remainder not below divisor");
        }
        pn = kl_mpn_mul(P, Q, qn, B, bn, S);
        pn = kl_mpn_add(P, P, pn, R, remn);
        if (!eq(P, pn, A, an)) {
            ck_abort_msg("a != q * b + r for %zu / %zu", an, bn);
        }
        dig_t Q2[N_MAX + 1], R2[N_MAX];
        size_t q2n, r2n;
        kl_mpn_divmod(Q2, &q2n, NULL, NULL, A, an, B, bn, S);
        kl_mpn_divmod(NULL, NULL, R2, &r2n, A, an, B, bn, S);
        if (!eq(Q2, q2n, Q, qn) || !eq(R2, r2n, R, remn)) {
            ck_abort_msg("partial divmod");
        }
        // a < b: quotient 0, remainder a.
        kl_mpn_divmod(Q2, &q2n, R2, &r2n, B, bn, A, an, S);
        if (kl_mpn_cmp(B, bn, A, an) < 0 && (q2n != 0 || !eq(R2, r2n, B, bn))) {
            ck_abort_msg("small dividend");
        }
        // Division by one digit against the general routine.
        dig_t d = rnd_dig();
        if (d == 0) {
            d = 3;
        }
        dig_t rem = kl_mpn_div_1(Q2, &q2n, A, an, d);
        kl_mpn_divmod(Q, &qn, R, &remn, A, an, &d, 1, S);
        if (!eq(Q2, q2n, Q, qn) || remn != (rem != 0) || (remn && R[0] != rem)) {
            ck_abort_msg("div_1");
        }
        // In place.
        memcpy(Q, A, an * sizeof(dig_t));
        rem = kl_mpn_div_1(Q, &qn, Q, an, d);
        if (!eq(Q, qn, Q2, q2n)) {
            ck_abort_msg("div_1 in place");
        }
    }
}
END_TEST

// Knuth's algorithm D needs its "add back" step with probability about 2 / 2^32; these divisors
// and dividends are built to force it (divisor digits near the top, dividend a multiple minus a
// little).
START_TEST(test_div_add_back) {
    for (int iter = 0; iter < 20000; iter++) {
        size_t bn = 2 + rnd_below(6);
        size_t an = bn + 1 + rnd_below(6);
        for (size_t i = 0; i < bn; i++) {
            B[i] = (rnd64() & 1) ? 0xFFFFFFFFu - (dig_t)rnd_below(2) : (dig_t)rnd_below(3);
        }
        B[bn - 1] = 0x80000000u | (dig_t)rnd_below(4);
        for (size_t i = 0; i < an; i++) {
            A[i] = (rnd64() & 1) ? 0xFFFFFFFFu - (dig_t)rnd_below(2) : (dig_t)rnd_below(3);
        }
        A[an - 1] = B[bn - 1] - (dig_t)rnd_below(2);
        size_t qn, rn;
        kl_mpn_divmod(Q, &qn, R, &rn, A, an, B, bn, S);
        size_t pn = kl_mpn_mul(P, Q, qn, B, bn, S);
        pn = kl_mpn_add(P, P, pn, R, rn);
        if (!eq(P, pn, A, an) || kl_mpn_cmp(R, rn, B, bn) >= 0) {
            ck_abort_msg("add back case %d", iter);
        }
    }
    // The classic case: u = (B^3 - ... ) with qhat two too large before refinement.
    dig_t u[4] = {0, 0, 0x80000000u, 0x7FFFFFFFu};
    dig_t v[3] = {1, 0, 0x80000000u};
    size_t qn, rn;
    kl_mpn_divmod(Q, &qn, R, &rn, u, 4, v, 3, S);
    size_t pn = kl_mpn_mul(P, Q, qn, v, 3, S);
    pn = kl_mpn_add(P, P, pn, R, rn);
    ck_assert(eq(P, pn, u, 4));
}
END_TEST

START_TEST(test_big_shift_bitwise) {
    for (int iter = 0; iter < 3000; iter++) {
        size_t an = 1 + rnd_below(100);
        size_t bn = 1 + rnd_below(100);
        rnd_num(A, an);
        rnd_num(B, bn);
        // a << k == a * 2^k, and back.
        size_t k = rnd_below(1000);
        size_t n = kl_mpn_shl(P, A, an, k);
        dig_t pw[40] = {0};
        pw[k / 32] = (dig_t)1 << (k % 32);
        size_t pn = ref_mul(P2, A, an, pw, k / 32 + 1);
        if (!eq(P, n, P2, pn)) {
            ck_abort_msg("shl");
        }
        n = kl_mpn_shr(P, P, n, k);
        if (!eq(P, n, A, an)) {
            ck_abort_msg("shr");
        }
        // In place shl.
        memcpy(Q, A, an * sizeof(dig_t));
        n = kl_mpn_shl(Q, Q, an, k);
        if (!eq(Q, n, P2, pn)) {
            ck_abort_msg("shl in place");
        }
        // a >> k == a / 2^k.
        size_t qn, rn;
        kl_mpn_divmod(Q, &qn, R, &rn, A, an, pw, k / 32 + 1, S);
        n = kl_mpn_shr(P, A, an, k);
        if (!eq(P, n, Q, qn)) {
            ck_abort_msg("shr vs div");
        }
        // Signed: a >> k for negative a is -(q + (r != 0)).
        bool neg;
        n = kl_mpn_shr_signed(P, &neg, A, an, true, k);
        size_t q1n = rn ? kl_mpn_add_1(Q, Q, qn, 1) : qn;
        if (!neg || !eq(P, n, Q, q1n)) {
            ck_abort_msg("shr_signed");
        }
        // (a & b) + (a | b) == a + b and (a | b) - (a & b) == a ^ b on magnitudes.
        size_t x = kl_mpn_and(P, A, an, B, bn);
        size_t y = kl_mpn_or(P2, A, an, B, bn);
        size_t s1 = kl_mpn_add(Q, P, x, P2, y);
        size_t s2 = kl_mpn_add(R, A, an, B, bn);
        if (!eq(Q, s1, R, s2)) {
            ck_abort_msg("and + or");
        }
        size_t z = kl_mpn_sub(Q, P2, y, P, x);
        size_t w = kl_mpn_xor(R, A, an, B, bn);
        if (!eq(Q, z, R, w)) {
            ck_abort_msg("or - and");
        }
        // a & ~b == a - (a & b).
        z = kl_mpn_sub(Q, A, an, P, x);
        w = kl_mpn_andnot(R, A, an, B, bn);
        if (!eq(Q, z, R, w)) {
            ck_abort_msg("andnot");
        }
    }
}
END_TEST

// Signed addition for the identities below: (r, rneg) = (a, aneg) + (b, bneg).
static size_t sadd(dig_t *r, bool *rneg, const dig_t *a, size_t an, bool aneg, const dig_t *b,
                   size_t bn, bool bneg) {
    if (aneg == bneg) {
        *rneg = aneg;
        return kl_mpn_add(r, a, an, b, bn);
    }
    if (kl_mpn_cmp(a, an, b, bn) >= 0) {
        size_t n = kl_mpn_sub(r, a, an, b, bn);
        *rneg = aneg && n > 0;
        return n;
    }
    size_t n = kl_mpn_sub(r, b, bn, a, an);
    *rneg = bneg;
    return n;
}

START_TEST(test_big_signed_identities) {
    static dig_t X[N_MAX], Y[N_MAX], Z[N_MAX];
    for (int iter = 0; iter < 5000; iter++) {
        size_t an = rnd_below(60);
        size_t bn = rnd_below(60);
        rnd_num(A, an);
        rnd_num(B, bn);
        bool aneg = an > 0 && (rnd64() & 1);
        bool bneg = bn > 0 && (rnd64() & 1);
        bool n1, n2, n3, n4;
        // (a & b) + (a | b) == a + b.
        size_t x = kl_mpn_and_signed(X, &n1, A, an, aneg, B, bn, bneg);
        size_t y = kl_mpn_or_signed(Y, &n2, A, an, aneg, B, bn, bneg);
        size_t s1 = sadd(Z, &n3, X, x, n1, Y, y, n2);
        size_t s2 = sadd(P, &n4, A, an, aneg, B, bn, bneg);
        if (!eq(Z, s1, P, s2) || n3 != n4) {
            ck_abort_msg("signed and + or");
        }
        // (a | b) - (a & b) == a ^ b.
        s1 = sadd(Z, &n3, Y, y, n2, X, x, !n1 && x > 0);
        size_t w = kl_mpn_xor_signed(P, &n4, A, an, aneg, B, bn, bneg);
        if (!eq(Z, s1, P, w) || n3 != n4) {
            ck_abort_msg("signed or - and");
        }
        // ~(a & b) == ~a | ~b.
        size_t na = kl_mpn_invert_signed(X, &n1, A, an, aneg);
        size_t nb = kl_mpn_invert_signed(Y, &n2, B, bn, bneg);
        s1 = kl_mpn_or_signed(Z, &n3, X, na, n1, Y, nb, n2);
        size_t ab = kl_mpn_and_signed(P, &n4, A, an, aneg, B, bn, bneg);
        s2 = kl_mpn_invert_signed(P, &n4, P, ab, n4);
        if (!eq(Z, s1, P, s2) || n3 != n4) {
            ck_abort_msg("de Morgan");
        }
        // a ^ a == 0, a ^ -1 == ~a, a & -1 == a.
        dig_t one = 1;
        s1 = kl_mpn_xor_signed(Z, &n3, A, an, aneg, A, an, aneg);
        ck_assert(s1 == 0 && !n3);
        s1 = kl_mpn_xor_signed(Z, &n3, A, an, aneg, &one, 1, true);
        if (!eq(Z, s1, X, na) || n3 != n1) {
            ck_abort_msg("xor -1");
        }
        s1 = kl_mpn_and_signed(Z, &n3, A, an, aneg, &one, 1, true);
        if (!eq(Z, s1, A, an) || n3 != aneg) {
            ck_abort_msg("and -1");
        }
    }
}
END_TEST

// ==== Text ====

// Reference decimal text: divide by 10 one digit at a time.
static size_t ref_decimal(char *buf, const dig_t *a, size_t an) {
    static dig_t t[N_MAX];
    memcpy(t, a, an * sizeof(dig_t));
    size_t len = 0;
    while (an > 0) {
        uint64_t rem = 0;
        for (size_t i = an; i-- > 0;) {
            uint64_t cur = (rem << 32) | t[i];
            t[i] = (dig_t)(cur / 10);
            rem = cur % 10;
        }
        buf[len++] = (char)('0' + rem);
        while (an > 0 && t[an - 1] == 0) {
            an--;
        }
    }
    if (len == 0) {
        buf[len++] = '0';
    }
    for (size_t i = 0; i < len / 2; i++) {
        char c = buf[i];
        buf[i] = buf[len - 1 - i];
        buf[len - 1 - i] = c;
    }
    return len;
}

START_TEST(test_text) {
    static char buf[N_MAX * 40], ref[N_MAX * 40];
    char small[64];
    dig_t z = 0;
    ck_assert_uint_eq(kl_mpn_to_str(small, &z, 0, 10, &z), 1);
    ck_assert(small[0] == '0');
    ck_assert_uint_eq(kl_mpn_from_str(A, "0", 1, 10), 0);
    ck_assert_uint_eq(kl_mpn_from_str(A, "000", 3, 16), 0);
    ck_assert_uint_eq(kl_mpn_from_str(A, "", 0, 7), 0);
    size_t n = kl_mpn_from_str(A, "1_000_000_000_000", 17, 10);
    uint64_t v;
    ck_assert(kl_mpn_to_u64(A, n, &v) && v == 1000000000000u);
    n = kl_mpn_from_str(A, "DeadBeef_CAFE", 13, 16);
    ck_assert(kl_mpn_to_u64(A, n, &v) && v == 0xDEADBEEFCAFEu);
    n = kl_mpn_from_str(A, "zz", 2, 36);
    ck_assert(kl_mpn_to_u64(A, n, &v) && v == 35 * 36 + 35);
    n = kl_mpn_to_str(small, A, n, 36, A);
    ck_assert(n == 2 && memcmp(small, "zz", 2) == 0);
    dig_t big[2] = {0xFFFFFFFFu, 0xFFFFFFFFu};
    n = kl_mpn_to_str(small, big, 2, 10, S);
    ck_assert(n == 20 && memcmp(small, "18446744073709551615", 20) == 0);
    n = kl_mpn_to_str(small, big, 2, 2, NULL);
    ck_assert(n == 64);
    n = kl_mpn_to_str(small, big, 2, 8, NULL);
    ck_assert(n == 22 && memcmp(small, "1777777777777777777777", 22) == 0);

    for (int iter = 0; iter < 3000; iter++) {
        size_t an = 1 + rnd_below(iter < 2900 ? 20 : 300);
        rnd_num(A, an);
        unsigned base = 2 + (unsigned)rnd_below(35);
        size_t bound = kl_mpn_str_len(an, base);
        memset(buf, '#', bound + 1);
        n = kl_mpn_to_str(buf, A, an, base, S);
        if (n > bound || buf[bound] != '#' || buf[0] == '0') {
            ck_abort_msg("to_str bound base %u", base);
        }
        // Round trip.
        size_t rb = kl_mpn_from_str_len(n, base);
        memset(B, 0xAB, (rb + 1) * sizeof(dig_t));
        size_t m = kl_mpn_from_str(B, buf, n, base);
        if (!eq(B, m, A, an) || m > rb || B[rb] != 0xABABABABu) {
            ck_abort_msg("round trip base %u", base);
        }
        // Uppercase input too.
        for (size_t i = 0; i < n; i++) {
            if (buf[i] >= 'a') {
                buf[i] = (char)(buf[i] - 'a' + 'A');
            }
        }
        m = kl_mpn_from_str(B, buf, n, base);
        if (!eq(B, m, A, an)) {
            ck_abort_msg("uppercase base %u", base);
        }
        // Decimal against the reference; in-place scratch (destroys the copy).
        if (base == 10 || iter % 4 == 0) {
            size_t rl = ref_decimal(ref, A, an);
            memcpy(Q, A, an * sizeof(dig_t));
            n = kl_mpn_to_str(buf, Q, an, 10, Q);
            if (n != rl || memcmp(buf, ref, n) != 0) {
                ck_abort_msg("decimal vs reference");
            }
        }
        // Hex against nibble extraction.
        n = kl_mpn_to_str(buf, A, an, 16, NULL);
        size_t bits = kl_mpn_bit_length(A, an);
        if (n != (bits + 3) / 4) {
            ck_abort_msg("hex length");
        }
        for (size_t i = 0; i < n; i++) {
            size_t off = (n - 1 - i) * 4;
            unsigned nib = (A[off / 32] >> (off % 32)) & 15;
            if (buf[i] != "0123456789abcdef"[nib]) {
                ck_abort_msg("hex digit");
            }
        }
    }
    // Leading zeros in the input, and long strings of 9s.
    memset(buf, '9', 1000);
    n = kl_mpn_from_str(A, buf, 1000, 10);
    size_t m = kl_mpn_add_1(A, A, n, 1);
    n = kl_mpn_to_str(ref, A, m, 10, A);
    ck_assert_uint_eq(n, 1001);
    ck_assert(ref[0] == '1' && ref[1] == '0' && ref[1000] == '0');
    memcpy(buf, "0000123", 7);
    n = kl_mpn_from_str(A, buf, 7, 10);
    ck_assert(n == 1 && A[0] == 123);
}
END_TEST

START_TEST(test_text_speed) {
    // 2**100000 in decimal: 30103 characters.
    static dig_t p[3400], t[3400];
    static char out[40000];
    size_t n = 100000 / 32 + 1;
    memset(p, 0, sizeof p);
    p[100000 / 32] = (dig_t)1 << (100000 % 32);
    ck_assert_uint_le(kl_mpn_str_len(n, 10), sizeof out);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t len = kl_mpn_to_str(out, p, n, 10, t);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("mpn: str(2**100000) (%zu digits) took %.2f ms\n", len, ms);
    ck_assert_uint_eq(len, 30103);
    ck_assert(memcmp(out, "9990020930143845079440327643300335909804", 40) == 0);
    ck_assert(memcmp(out + len - 40, "8396223208402597025155304734389883109376", 40) == 0);
    unsigned sum = 0;
    for (size_t i = 0; i < len; i++) {
        sum += (unsigned)(out[i] - '0');
    }
    ck_assert_uint_eq(sum, 135178);
    // And back.
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t m = kl_mpn_from_str(t, out, len, 10);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("mpn: int(30103-digit string) took %.2f ms\n", ms);
    ck_assert(eq(t, m, p, n));
    // A 10,000-digit number.
    memset(out, '7', 10000);
    m = kl_mpn_from_str(t, out, 10000, 10);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    len = kl_mpn_to_str(out, t, m, 10, t);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("mpn: str(10,000-digit number) took %.2f ms\n", ms);
    ck_assert_uint_eq(len, 10000);
    ck_assert(out[0] == '7' && out[9999] == '7');
}
END_TEST

// ==== Doubles ====

// The double as mantissa and exponent, and the number (mant * 2^e for e >= 0) as digits.
static size_t double_to_num(dig_t *r, double x) {
    return kl_mpn_from_double(r, x);
}

static double rnd_double_bits(void) {
    uint64_t bits = rnd64() & 0x7FFFFFFFFFFFFFFFu;
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

START_TEST(test_to_from_double) {
    dig_t r[KL_MPN_DOUBLE_DIGS + 4] = {0};
    bool ovf = false;
    ck_assert(kl_mpn_to_double(r, 0, &ovf) == 0.0);
    ck_assert_uint_eq(kl_mpn_from_double(r, 0.0), 0);
    ck_assert_uint_eq(kl_mpn_from_double(r, 0.999), 0);
    ck_assert_uint_eq(kl_mpn_from_double(r, -1.5), 1);
    ck_assert_uint_eq(r[0], 1);
    size_t n = kl_mpn_from_double(r, DBL_MAX);
    ck_assert_uint_eq(n, 32);
    ck_assert(kl_mpn_to_double(r, n, &ovf) == DBL_MAX && !ovf);
    // Every uint64 converts like the compiler's correctly rounded conversion.
    for (int iter = 0; iter < 300000; iter++) {
        uint64_t v = rnd64() >> rnd_below(64);
        if (iter % 3 == 0) {
            // Near a halfway point of 53-bit precision.
            int sh = (int)rnd_below(11);
            v = (v | ((uint64_t)1 << 63)) >> sh;
            uint64_t low = (uint64_t)1 << (10 - sh);
            v = (v & ~((low << 1) - 1)) | low;
            v += (uint64_t)rnd_below(3) - 1;
        }
        n = kl_mpn_from_u64(r, v);
        ovf = false;
        double d = kl_mpn_to_double(r, n, &ovf);
        if (d != (double)v || ovf) {
            ck_abort_msg("to_double %llu", (unsigned long long)v);
        }
    }
    // Random finite doubles >= 1 survive from_double then to_double; midpoints round to even.
    for (int iter = 0; iter < 100000; iter++) {
        double x = rnd_double_bits();
        if (!isfinite(x)) {
            continue;
        }
        x = floor(x);
        n = double_to_num(r, x);
        ovf = false;
        if (kl_mpn_to_double(r, n, &ovf) != x || ovf) {
            ck_abort_msg("from/to double %a", x);
        }
        if (x < 0x1p54) {
            continue;
        }
        // x = m * 2^e with e >= 2: the midpoint to the next double up is x + 2^(e-1).
        int e;
        frexp(x, &e);
        size_t shift = (size_t)(e - 54);
        dig_t half[KL_MPN_DOUBLE_DIGS + 2] = {0};
        half[shift / 32] = (dig_t)1 << (shift % 32);
        size_t hn = shift / 32 + 1;
        dig_t mid[KL_MPN_DOUBLE_DIGS + 4];
        size_t mn = kl_mpn_add(mid, r, n, half, hn);
        double up = nextafter(x, INFINITY);
        double want = (fmod(ldexp(x, 53 - e), 2.0) == 0.0) ? x : up;
        ovf = false;
        double got = kl_mpn_to_double(mid, mn, &ovf);
        if (got != want || ((isinf(want) != 0) != ovf)) {
            ck_abort_msg("midpoint %a", x);
        }
        mn = kl_mpn_add_1(mid, mid, mn, 1);
        ovf = false;
        got = kl_mpn_to_double(mid, mn, &ovf);
        if (got != up || (isinf(up) != 0) != ovf) {
            ck_abort_msg("above midpoint %a", x);
        }
        mn = kl_mpn_sub_1(mid, mid, mn, 2);
        ovf = false;
        if (kl_mpn_to_double(mid, mn, &ovf) != x || ovf) {
            ck_abort_msg("below midpoint %a", x);
        }
    }
    // 2^1024 overflows, and so does the midpoint between DBL_MAX and 2^1024; just below it
    // rounds to DBL_MAX.
    dig_t p[40] = {0};
    p[32] = 1;
    ovf = false;
    ck_assert(isinf(kl_mpn_to_double(p, 33, &ovf)) && ovf);
    memset(p, 0, sizeof p);
    n = kl_mpn_from_double(p, DBL_MAX);
    dig_t h[32] = {0};
    h[970 / 32] = (dig_t)1 << (970 % 32);
    n = kl_mpn_add(p, p, n, h, 31);
    ovf = false;
    ck_assert(isinf(kl_mpn_to_double(p, n, &ovf)) && ovf);
    n = kl_mpn_sub_1(p, p, n, 1);
    ovf = false;
    ck_assert(kl_mpn_to_double(p, n, &ovf) == DBL_MAX && !ovf);
    // Scaled conversion into the subnormal range.
    dig_t one = 1, three = 3;
    ovf = false;
    ck_assert(kl_mpn_to_double_scaled(&one, 1, -1074, &ovf) == 0x1p-1074);
    ck_assert(kl_mpn_to_double_scaled(&one, 1, -1075, &ovf) == 0.0);
    ck_assert(kl_mpn_to_double_scaled(&three, 1, -1076, &ovf) == 0x1p-1074);
    ck_assert(kl_mpn_to_double_scaled(&three, 1, -1075, &ovf) == 0x1p-1073);
    ck_assert(kl_mpn_to_double_scaled(&one, 1, -2000, &ovf) == 0.0);
    ck_assert(kl_mpn_to_double_scaled(&one, 1, 1023, &ovf) == 0x1p1023 && !ovf);
    ck_assert(isinf(kl_mpn_to_double_scaled(&one, 1, 1024, &ovf)) && ovf);
}
END_TEST

// Checks that d is a / b * 2^e correctly rounded, by exact comparison: with d = M * 2^E, M an
// integer and ulp 2^E, require b * (2M - 1) <= 2a * 2^(e - E) <= b * (2M + 1), tie to even M.
static void check_ratio(const dig_t *a, size_t an, const dig_t *b, size_t bn, long e, double d) {
    static dig_t lhs[400], t1[400], t2[400], sc[2000];
    if (d == 0.0) {
        // Must be at most half the smallest subnormal: a * 2^(e + 1075) <= b.
        int ex = (int)(e + 1074 + 1);
        size_t ln = kl_mpn_shl(lhs, a, an, ex > 0 ? (size_t)ex : 0);
        size_t bl = ex < 0 ? kl_mpn_shl(t1, b, bn, (size_t)-ex) : kl_mpn_shl(t1, b, bn, 0);
        if (kl_mpn_cmp(lhs, ln, t1, bl) > 0) {
            ck_abort_msg("ratio rounded to zero wrongly");
        }
        return;
    }
    int ex;
    double m = frexp(d, &ex);
    int E = ex - 53;
    if (E < -1074) {
        E = -1074;
    }
    uint64_t M = (uint64_t)ldexp(m, ex - E);
    // lhs = 2a * 2^(e - E) and rhs = b * (2M -/+ 1), with powers of two moved to whichever side
    // keeps exponents nonnegative.
    long sh = e - E + 1;
    size_t ln = kl_mpn_shl(lhs, a, an, sh > 0 ? (size_t)sh : 0);
    dig_t c[2];
    size_t cn = kl_mpn_from_u64(c, 2 * M - 1);
    size_t lo = kl_mpn_mul(t1, b, bn, c, cn, sc);
    cn = kl_mpn_from_u64(c, 2 * M + 1);
    size_t hi = kl_mpn_mul(t2, b, bn, c, cn, sc);
    if (sh < 0) {
        lo = kl_mpn_shl(t1, t1, lo, (size_t)-sh);
        hi = kl_mpn_shl(t2, t2, hi, (size_t)-sh);
    }
    int c1 = kl_mpn_cmp(t1, lo, lhs, ln);
    int c2 = kl_mpn_cmp(lhs, ln, t2, hi);
    if (c1 > 0 || c2 > 0 || (c1 == 0 && (M & 1)) || (c2 == 0 && (M & 1))) {
        ck_abort_msg("ratio not correctly rounded: %a (e=%ld)", d, e);
    }
}

START_TEST(test_truediv) {
    static dig_t sc[4000], a[600], b[600];
    bool ovf = false;
    // (10**400) / (10**399) == 10.0 and 1/3.
    dig_t ten = 10;
    size_t an = 1, bn = 1;
    a[0] = 1;
    b[0] = 1;
    for (int i = 0; i < 400; i++) {
        an = kl_mpn_mul_1_add(a, a, an, ten, 0);
        if (i < 399) {
            bn = kl_mpn_mul_1_add(b, b, bn, ten, 0);
        }
    }
    ck_assert_uint_le(kl_mpn_truediv_scratch_len(an, bn), 4000);
    ck_assert(kl_mpn_truediv(a, an, b, bn, sc, &ovf) == 10.0 && !ovf);
    ck_assert(kl_mpn_truediv(b, bn, a, an, sc, &ovf) == 0.1);
    dig_t one = 1, three = 3;
    ck_assert(kl_mpn_truediv(&one, 1, &three, 1, sc, &ovf) == 1.0 / 3.0);
    ck_assert(kl_mpn_truediv(&one, 0, &three, 1, sc, &ovf) == 0.0);
    // 10**400 / 1 overflows; 1 / 10**400 is 0.
    ck_assert(isinf(kl_mpn_truediv(a, an, &one, 1, sc, &ovf)) && ovf);
    ovf = false;
    ck_assert(kl_mpn_truediv(&one, 1, a, an, sc, &ovf) == 0.0 && !ovf);
    // Subnormal results: 1 / 2^1074, 1 / 2^1075 (tie, to even: 0), 3 / 2^1076, 1 / (3 * 2^1073).
    dig_t p[40] = {0};
    p[1074 / 32] = (dig_t)1 << (1074 % 32);
    ck_assert(kl_mpn_truediv(&one, 1, p, 34, sc, &ovf) == 0x1p-1074);
    memset(p, 0, sizeof p);
    p[1075 / 32] = (dig_t)1 << (1075 % 32);
    ck_assert(kl_mpn_truediv(&one, 1, p, 34, sc, &ovf) == 0.0);
    memset(p, 0, sizeof p);
    p[1076 / 32] = (dig_t)1 << (1076 % 32);
    ck_assert(kl_mpn_truediv(&three, 1, p, 34, sc, &ovf) == 0x1p-1074);
    memset(p, 0, sizeof p);
    p[1073 / 32] = (dig_t)3 << (1073 % 32);
    ck_assert(kl_mpn_truediv(&one, 1, p, 34, sc, &ovf) == 0x1p-1074);

    // Operands below 2^53: exact in double, so IEEE division is the reference.
    for (int iter = 0; iter < 300000; iter++) {
        uint64_t x = rnd64() >> (11 + rnd_below(53));
        uint64_t y = rnd64() >> (11 + rnd_below(53));
        if (y == 0) {
            y = 1;
        }
        an = kl_mpn_from_u64(a, x);
        bn = kl_mpn_from_u64(b, y);
        ovf = false;
        double got = kl_mpn_truediv(a, an, b, bn, sc, &ovf);
        if (got != (double)x / (double)y || ovf) {
            ck_abort_msg("truediv %llu / %llu", (unsigned long long)x, (unsigned long long)y);
        }
        // The same ratio scaled by a common power of two.
        size_t k = rnd_below(3000);
        an = kl_mpn_shl(a, a, an, k);
        bn = kl_mpn_shl(b, b, bn, k);
        if (kl_mpn_truediv(a, an, b, bn, sc, &ovf) != got) {
            ck_abort_msg("scaled truediv");
        }
    }
    // Big random operands with random scaling, over the whole exponent range: exact check.
    for (int iter = 0; iter < 20000; iter++) {
        an = 1 + rnd_below(iter < 15000 ? 8 : 80);
        bn = 1 + rnd_below(iter < 15000 ? 8 : 80);
        rnd_num(a, an);
        rnd_num(b, bn);
        long e = (long)rnd_below(2400) - 1200;
        ovf = false;
        double d = kl_mpn_truediv_scaled(a, an, b, bn, e, sc, &ovf);
        if (ovf) {
            // a / b * 2^e >= 2^1024 - 2^970, checked loosely: its bit length says so.
            long lg = (long)kl_mpn_bit_length(a, an) - (long)kl_mpn_bit_length(b, bn) + e;
            if (lg < 1023) {
                ck_abort_msg("spurious overflow");
            }
            continue;
        }
        check_ratio(a, an, b, bn, e, d);
    }
}
END_TEST

// ==== Runner ====

static Suite *mpn_suite(void) {
    Suite *s = suite_create("mpn");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_basics);
    tcase_add_test(tc, test_small_arith);
    tcase_add_test(tc, test_small_signed);
    tcase_add_test(tc, test_big_mul_div);
    tcase_add_test(tc, test_div_add_back);
    tcase_add_test(tc, test_big_shift_bitwise);
    tcase_add_test(tc, test_big_signed_identities);
    tcase_add_test(tc, test_text);
    tcase_add_test(tc, test_text_speed);
    tcase_add_test(tc, test_to_from_double);
    tcase_add_test(tc, test_truediv);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(mpn_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
