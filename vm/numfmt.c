// vm/numfmt.c: float <-> text conversions that match CPython 3.11 exactly.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every finite double is mant * 2^e with integer mant < 2^53 and e >= -1074, so its decimal
// expansion is finite and can be computed exactly with integers:
//
//   e >= 0:  the integer mant * 2^e (at most 309 digits);
//   e < 0:   mant * 2^e = mant * 5^-e / 10^-e, so the digits are those of mant * 5^-e (at most
//            767 of them) with the point moved -e places.
//
// Fixed-precision formats ('e', 'f', 'g', '%') take this exact expansion and round the digit
// string half-to-even, which is exactly what rounding the binary value means, since nothing is
// lost before the cut. repr needs the *shortest* digits that read back to the same double; that
// is the free-format algorithm of Steele and White as restated by Burger and Dybvig: keep the
// value and the half-gaps to its neighbours as fractions r/s, m-/s, m+/s scaled by a power of ten,
// and generate digits while neither neighbour's rounding interval is reached. The interval ends
// count as inside when the significand is even, because a decimal exactly halfway between two
// doubles reads back (ties to even) as the even one. The last digit is the nearer of the two
// candidates, ties to an even digit, which is what CPython's dtoa mode 0 prints.
//
// Parsing: digits go into an integer D and the exponent into E, value D * 10^E. Short inputs
// (at most 15 digits, |E| <= 22) are exact doubles combined by one correctly rounded IEEE
// multiplication or division (Clinger's fast path). Everything else is divided exactly:
// D * 10^E = D * 5^E * 2^E for E >= 0, D / 5^-E * 2^E otherwise, rounded once by vm/mpn.c. More
// than 800 significant digits never matter beyond whether any is nonzero (the decimal value of
// any halfway point between doubles has at most 768), so further digits become one sticky digit.
//
// The text layout (where the point goes, when an exponent is used, padding zeros, "1e+16") is
// one function, `layout`, that implements CPython's rules for all the format types.

#include "vm/numfmt.h"

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "vm/mpn.h"

typedef kl_mpn_dig_t dig_t;

// ==== Format parameters ====
// These describe IEEE binary64. A single-precision build would change them (24, -149, 104, 9,
// ...) together with the word counts, which follow from them as the comments say.

#define MANT_BITS 53   // significand bits, the hidden one included
#define EXP_MIN -1074  // exponent of the last bit of the smallest subnormal
#define DEC_MAX 310    // parsed values of at least 10^DEC_MAX are inf
#define DEC_MIN -324   // parsed values below 10^DEC_MIN round to 0
#define REPR_DIGS 17   // the shortest round-trip string never needs more digits
#define EXACT_WORDS 82 // mant * 5^1074 has 2547 bits (80 words), plus the multiply's extra digit
#define EXACT_CHARS (10 * EXACT_WORDS) // kl_mpn_str_len in base 10 for EXACT_WORDS digits
#define DRAGON_WORDS 40                // r, s, m of Burger-Dybvig stay below 2^1140
#define PARSE_DIGS 800                 // significant digits the parser keeps
#define PARSE_D_WORDS 86               // an 801-digit integer has at most 2661 bits
#define PARSE_P_WORDS 84               // 5^(801 - DEC_MIN) has 2610 bits, plus one digit
#define PARSE_SCRATCH (2 * PARSE_D_WORDS + 6)

// 10^0 to 10^22 are exact doubles (5^22 < 2^53).
static const double exact_pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// ==== Exact integer helpers ====

// x (finite, > 0) as mant * 2^e exactly, with mant < 2^MANT_BITS and e >= EXP_MIN.
static uint64_t decompose(double x, int *e) {
    int ex;
    double m = frexp(x, &ex);
    uint64_t mant = (uint64_t)ldexp(m, MANT_BITS);
    int ee = ex - MANT_BITS;
    if (ee < EXP_MIN) {
        // Subnormal: the low bits shifted out here are zero.
        mant >>= EXP_MIN - ee;
        ee = EXP_MIN;
    }
    *e = ee;
    return mant;
}

// r = r * base^k for base 5 or 10; r needs room for the product plus one digit.
static size_t mul_pow(dig_t *r, size_t n, unsigned base, unsigned k) {
    // 5^13 and 10^9 are the largest powers that fit in a digit.
    unsigned chunk = base == 5 ? 13 : 9;
    dig_t big = base == 5 ? 1220703125u : 1000000000u;
    for (; k >= chunk; k -= chunk) {
        n = kl_mpn_mul_1_add(r, r, n, big, 0);
    }
    dig_t p = 1;
    while (k-- > 0) {
        p *= base;
    }
    return p > 1 ? kl_mpn_mul_1_add(r, r, n, p, 0) : n;
}

// floor(e * log10(2)) for |e| <= 2000, with 315653 / 2^20 standing in for log10(2).
static int floor_log10_pow2(int e) {
    if (e >= 0) {
        return (int)(((int32_t)e * 315653) >> 20);
    }
    return -(int)(((int32_t)-e * 315653 + (1 << 20) - 1) >> 20);
}

static int bitlen64(uint64_t x) {
    int n = 0;
    while (x != 0) {
        x >>= 1;
        n++;
    }
    return n;
}

// ==== Exact decimal expansion and rounding ====

// The exact decimal digits of mant * 2^e (mant > 0) into dig (EXACT_CHARS), without trailing
// zeros; the value is 0.d1 d2 d3... * 10^decpt. Returns the digit count.
static size_t exact_digits(uint64_t mant, int e, char *dig, int *decpt) {
    dig_t num[EXACT_WORDS];
    size_t n = kl_mpn_from_u64(num, mant);
    int k = 0;
    if (e >= 0) {
        n = kl_mpn_shl(num, num, n, (size_t)e);
    } else {
        k = -e;
        n = mul_pow(num, n, 5, (unsigned)k);
    }
    size_t len = kl_mpn_to_str(dig, num, n, 10, num);
    *decpt = (int)len - k;
    while (len > 0 && dig[len - 1] == '0') {
        len--;
    }
    return len;
}

// Removes trailing zeros of dig[0 .. n).
static size_t strip_zeros(const char *dig, size_t n) {
    while (n > 0 && dig[n - 1] == '0') {
        n--;
    }
    return n;
}

// Rounds the exact digits dig[0 .. n) (no trailing zeros) to [keep] significant digits, half to
// even. Returns the new count (0 when the value rounds to zero); a carry out of the first digit
// bumps *decpt.
static size_t round_digits(char *dig, size_t n, int *decpt, long keep) {
    if (keep >= (long)n) {
        return n;
    }
    if (keep < 0) {
        // The value is below a tenth of the last kept unit.
        return 0;
    }
    size_t k = (size_t)keep;
    // dig[k] is the first dropped digit; anything after it is nonzero (no trailing zeros).
    bool more = n > k + 1;
    bool up;
    if (dig[k] != '5') {
        up = dig[k] > '5';
    } else if (more) {
        up = true;
    } else {
        // Exactly halfway: to even. An empty kept part counts as the even digit 0.
        up = k > 0 && ((dig[k - 1] - '0') & 1);
    }
    if (!up) {
        return strip_zeros(dig, k);
    }
    // Add one unit in the last kept place.
    size_t i = k;
    while (i > 0 && dig[i - 1] == '9') {
        i--;
    }
    if (i == 0) {
        dig[0] = '1';
        (*decpt)++;
        return 1;
    }
    dig[i - 1]++;
    return i;
}

// ==== Shortest digits (Steele & White, Burger & Dybvig) ====

// Fixed-length little-endian helpers for the digit loop: all numbers there share length L.
static int cmp_fixed(const dig_t *a, const dig_t *b, size_t n) {
    while (n-- > 0) {
        if (a[n] != b[n]) {
            return a[n] < b[n] ? -1 : 1;
        }
    }
    return 0;
}

static void add_fixed(dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (uint64_t)a[i] + b[i];
        r[i] = (dig_t)c;
        c >>= 32;
    }
}

static void mul_small_fixed(dig_t *a, size_t n, dig_t m) {
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (uint64_t)a[i] * m;
        a[i] = (dig_t)c;
        c >>= 32;
    }
}

static void zero_extend(dig_t *a, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        a[i] = 0;
    }
}

// The shortest digits that read back as mant * 2^e (mant > 0), nearest to it among those, into
// dig (at least REPR_DIGS + 1 chars). The value is 0.d1 d2 ... * 10^decpt. Returns the count.
static size_t shortest_digits(uint64_t mant, int e, char *dig, int *decpt) {
    dig_t r[DRAGON_WORDS], s[DRAGON_WORDS], mm[DRAGON_WORDS], t[DRAGON_WORDS];
    // When mant is the smallest normal significand, the gap below is half the gap above.
    bool unequal = mant == ((uint64_t)1 << (MANT_BITS - 1)) && e > EXP_MIN;
    // Ends of the rounding interval read back as this double only when mant is even.
    bool even = (mant & 1) == 0;
    // value = r / s, the half-gap below = mm / s, the half-gap above = mp / s, mp = mm or 2 mm.
    size_t rn = kl_mpn_from_u64(r, mant);
    size_t sn = kl_mpn_from_u64(s, 1);
    size_t mn = kl_mpn_from_u64(mm, 1);
    size_t extra = unequal ? 2 : 1;
    if (e >= 0) {
        rn = kl_mpn_shl(r, r, rn, (size_t)e + extra);
        sn = kl_mpn_shl(s, s, sn, extra);
        mn = kl_mpn_shl(mm, mm, mn, (size_t)e);
    } else {
        rn = kl_mpn_shl(r, r, rn, extra);
        sn = kl_mpn_shl(s, s, sn, (size_t)-e + extra);
    }
    // k = the least integer with value + half-gap above below 10^k (or at most, when even). The
    // estimate from the binary exponent is k or k - 1.
    int k = floor_log10_pow2(e + bitlen64(mant) - 1) + 1;
    if (k >= 0) {
        sn = mul_pow(s, sn, 10, (unsigned)k);
    } else {
        rn = mul_pow(r, rn, 10, (unsigned)-k);
        mn = mul_pow(mm, mn, 10, (unsigned)-k);
    }
    size_t tn = kl_mpn_add(t, r, rn, mm, mn);
    if (unequal) {
        tn = kl_mpn_add(t, t, tn, mm, mn);
    }
    int c = kl_mpn_cmp(t, tn, s, sn);
    if (c > 0 || (c == 0 && even)) {
        sn = mul_pow(s, sn, 10, 1);
        k++;
    }
    // Normalize s (top bit set) so a quotient digit can be estimated from two leading digits,
    // then give every number the same length L: r < s, and 10 r, 10 mm, r + 2 mm stay below
    // 21 s < 2^32 * s.
    int sh = 0;
    while (!(s[sn - 1] & (0x80000000u >> sh))) {
        sh++;
    }
    rn = kl_mpn_shl(r, r, rn, (size_t)sh);
    sn = kl_mpn_shl(s, s, sn, (size_t)sh);
    mn = kl_mpn_shl(mm, mm, mn, (size_t)sh);
    size_t L = sn + 2;
    zero_extend(r, rn, L);
    zero_extend(s, sn, L);
    zero_extend(mm, mn, L);

    size_t nd = 0;
    for (;;) {
        mul_small_fixed(r, L, 10);
        mul_small_fixed(mm, L, 10);
        // Quotient digit of r / s (r < 10 s): the two-digit estimate is never too small and at
        // most 2 too large (Knuth 4.3.1, theorem B), so correct it downward.
        uint64_t top = ((uint64_t)r[sn] << 32) | r[sn - 1];
        uint64_t q64 = top / s[sn - 1];
        dig_t q = q64 > 9 ? 9 : (dig_t)q64;
        dig_t borrow = kl_mpn_submul_1(r, s, sn, q);
        dig_t old = r[sn];
        r[sn] = old - borrow;
        if (old < borrow) {
            do {
                q--;
                uint64_t carry = 0;
                for (size_t i = 0; i < sn; i++) {
                    carry += (uint64_t)r[i] + s[i];
                    r[i] = (dig_t)carry;
                    carry >>= 32;
                }
                r[sn] += (dig_t)carry;
            } while (r[sn] != 0);
        }
        // low: the digit as is already reads back; high: the digit plus one does.
        int lc = cmp_fixed(r, mm, L);
        bool low = lc < 0 || (lc == 0 && even);
        add_fixed(t, r, mm, L);
        if (unequal) {
            add_fixed(t, t, mm, L);
        }
        int hc = cmp_fixed(t, s, L);
        bool high = hc > 0 || (hc == 0 && even);
        if (low && high) {
            // Both do: take the nearer, ties to an even digit.
            add_fixed(t, r, r, L);
            int mc = cmp_fixed(t, s, L);
            low = mc < 0 || (mc == 0 && (q & 1) == 0);
            high = !low;
        }
        if (!low && !high && nd < REPR_DIGS + 2) {
            dig[nd++] = (char)('0' + q);
            continue;
        }
        if (!high) {
            dig[nd++] = (char)('0' + q);
        } else if (q < 9) {
            dig[nd++] = (char)('0' + q + 1);
        } else {
            // A carry into earlier digits (999 -> 1000); kept for safety.
            size_t i = nd;
            while (i > 0 && dig[i - 1] == '9') {
                i--;
            }
            if (i == 0) {
                dig[0] = '1';
                k++;
                nd = 1;
            } else {
                dig[i - 1]++;
                nd = i;
            }
        }
        break;
    }
    *decpt = k;
    return strip_zeros(dig, nd);
}

// ==== Layout ====

typedef struct {
    char *buf;
    size_t cap;
    size_t len;
} out_t;

static void put(out_t *o, char c) {
    if (o->len + 1 < o->cap) {
        o->buf[o->len] = c;
    }
    o->len++;
}

static void put_str(out_t *o, const char *s) {
    while (*s) {
        put(o, *s++);
    }
}

static size_t finish(out_t *o) {
    if (o->cap > 0) {
        o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
    }
    return o->len;
}

// Writes the digits dig[0 .. n) of 0.d1 d2 ... * 10^decpt (n == 0 for zero) in CPython's layout
// for [mode] 'e', 'f', 'g' or 'r' (repr). Digit positions are numbered from the first digit (0);
// the point goes before position decpt; positions [vstart, vend) are printed, those outside the
// digits as '0'. prec is the resolved precision ('g' at least 1).
static void layout(out_t *o, const char *dig, size_t n, int decpt, char mode, long prec,
                   unsigned flags, bool upper) {
    bool alt = (flags & KL_NUMFMT_ALT) != 0;
    bool dot0 = (flags & KL_NUMFMT_ADD_DOT_0) != 0;
    if (n == 0) {
        dig = "0";
        n = 1;
        decpt = 1;
    }
    bool use_exp;
    long vend = (long)n;
    switch (mode) {
        case 'e':
            use_exp = true;
            vend = prec + 1;
            break;
        case 'f':
            use_exp = false;
            vend = decpt + prec;
            break;
        case 'g':
            // Exponent when it is below -4 or at least the precision; with ".0" added the integer
            // digits must leave room for it, so one less.
            use_exp = decpt <= -4 || decpt > (dot0 ? prec - 1 : prec);
            if (alt) {
                vend = prec;
            }
            break;
        default:
            // repr switches to an exponent at 1e16 and below 1e-4.
            use_exp = decpt <= -4 || decpt > 16;
            break;
    }
    if (vend < (long)n) {
        vend = (long)n;
    }
    int exp10 = 0;
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    long vstart = decpt <= 0 ? decpt - 1 : 0;
    long min_end = !use_exp && dot0 ? decpt + 1 : decpt;
    if (vend < min_end) {
        vend = min_end;
    }
    for (long i = vstart; i < vend; i++) {
        if (i == decpt) {
            put(o, '.');
        }
        put(o, i >= 0 && i < (long)n ? dig[i] : '0');
    }
    if (decpt == vend && alt) {
        put(o, '.');
    }
    if (use_exp) {
        put(o, upper ? 'E' : 'e');
        put(o, exp10 < 0 ? '-' : '+');
        int a = exp10 < 0 ? -exp10 : exp10;
        if (a >= 100) {
            put(o, (char)('0' + a / 100));
        }
        put(o, (char)('0' + a / 10 % 10));
        put(o, (char)('0' + a % 10));
    }
}

// ==== Formatting entry points ====
// The shortest and the exact paths keep their (differently sized) buffers in separate functions,
// so the deepest stack use is one of them, not both.

// repr digits of ax > 0 with the given sign character (0 for none).
static void format_shortest(out_t *o, double ax, char sign, unsigned flags, bool upper) {
    char dig[REPR_DIGS + 4];
    int e;
    int decpt;
    uint64_t mant = decompose(ax, &e);
    size_t n = shortest_digits(mant, e, dig, &decpt);
    if (sign) {
        put(o, sign);
    }
    layout(o, dig, n, decpt, 'r', 0, flags, upper);
}

// 'e', 'f' or 'g' digits of ax > 0, rounded from the exact expansion.
static void format_exact(out_t *o, double ax, bool neg, char sign, char mode, long prec,
                         unsigned flags, bool upper) {
    char dig[EXACT_CHARS];
    int e;
    int decpt;
    uint64_t mant = decompose(ax, &e);
    size_t n = exact_digits(mant, e, dig, &decpt);
    long keep;
    if (mode == 'e') {
        keep = prec + 1;
    } else if (mode == 'g') {
        keep = prec;
    } else {
        // 'f': digits down to 10^-prec; beyond the exact expansion nothing is cut.
        keep = prec > (long)EXACT_CHARS ? (long)n : decpt + prec;
    }
    n = round_digits(dig, n, &decpt, keep);
    // 'z' drops the sign of a result that rounded to zero.
    if (neg && !(n == 0 && (flags & KL_NUMFMT_NO_NEG_ZERO))) {
        sign = '-';
    }
    if (sign) {
        put(o, sign);
    }
    layout(o, dig, n, decpt, mode, prec, flags, upper);
}

size_t kl_numfmt_float_format(char *buf, size_t buflen, double x, char type, int precision,
                              unsigned flags) {
    out_t o = {buf, buflen, 0};
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool percent = false;
    char mode;
    switch (type) {
        case 'e':
        case 'E':
            mode = 'e';
            break;
        case 'f':
        case 'F':
            mode = 'f';
            break;
        case '%':
            mode = 'f';
            percent = true;
            break;
        case 'r':
            mode = 'r';
            flags |= KL_NUMFMT_ADD_DOT_0;
            break;
        case '\0':
            // str.format's empty type: repr, or 'g' keeping a digit after the point.
            mode = precision < 0 ? 'r' : 'g';
            flags |= KL_NUMFMT_ADD_DOT_0;
            break;
        default:
            mode = 'g';
            break;
    }
    long prec = precision < 0 ? 6 : precision;
    if (prec > 1000000000) {
        // No buffer is that large; the cap keeps position arithmetic far from overflow.
        prec = 1000000000;
    }
    if (mode == 'g' && prec == 0) {
        prec = 1;
    }
    if (percent) {
        x *= 100.0;
    }
    bool neg = signbit(x) != 0;
    char sign = (flags & KL_NUMFMT_SIGN_PLUS) ? '+' : (flags & KL_NUMFMT_SIGN_SPACE) ? ' ' : 0;

    if (isnan(x) || isinf(x)) {
        // nan never shows a '-' (CPython prints the sign of neither -nan nor nan).
        if (isinf(x) && neg) {
            sign = '-';
        }
        if (sign) {
            put(&o, sign);
        }
        put_str(&o, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (percent) {
            put(&o, '%');
        }
        return finish(&o);
    }

    if (x == 0.0) {
        if (neg && !(flags & KL_NUMFMT_NO_NEG_ZERO)) {
            sign = '-';
        }
        if (sign) {
            put(&o, sign);
        }
        layout(&o, "", 0, 1, mode, prec, flags, upper);
    } else if (mode == 'r') {
        format_shortest(&o, fabs(x), neg ? '-' : sign, flags, upper);
    } else {
        format_exact(&o, fabs(x), neg, sign, mode, prec, flags, upper);
    }
    if (percent) {
        put(&o, '%');
    }
    return finish(&o);
}

size_t kl_numfmt_float_repr(char *buf, size_t buflen, double x) {
    return kl_numfmt_float_format(buf, buflen, x, 'r', -1, 0);
}

// ==== Parsing ====

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Scans digits with single underscores between them from s[*i]; returns how many digits.
static size_t scan_digits(const char *s, size_t len, size_t *i) {
    size_t count = 0;
    while (*i < len) {
        if (is_digit(s[*i])) {
            count++;
            (*i)++;
        } else if (s[*i] == '_' && count > 0 && *i + 1 < len && is_digit(s[*i + 1])) {
            (*i)++;
        } else {
            break;
        }
    }
    return count;
}

// Case-insensitive equality of s[0 .. len) with the lower-case word w.
static bool word_eq(const char *s, size_t len, const char *w) {
    size_t wl = strlen(w);
    if (len != wl) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != w[i]) {
            return false;
        }
    }
    return true;
}

// Walks the mantissa's digits: the integer part s[i .. end1), then the fraction s[start2 .. end2),
// skipping underscores.
typedef struct {
    const char *s;
    size_t i;
    size_t end1;
    size_t start2;
    size_t end2;
} digit_iter_t;

static int next_digit(digit_iter_t *it) {
    for (;;) {
        if (it->i == it->end1) {
            it->i = it->start2;
            it->end1 = it->end2;
        }
        if (it->i >= it->end2) {
            return -1;
        }
        char c = it->s[it->i++];
        if (is_digit(c)) {
            return c - '0';
        }
    }
}

// The double nearest to the digits of [it] from sequence index f to l (inclusive, nd = l - f + 1
// of them, the first and last nonzero) times 10^exp10, with -324 < nd + exp10 <= 310.
static double decimal_to_double(digit_iter_t *it, size_t f, size_t nd, int64_t exp10) {
    for (size_t i = 0; i < f; i++) {
        next_digit(it);
    }
#if defined(FLT_EVAL_METHOD)
#if FLT_EVAL_METHOD == 0
    // Clinger's fast path: D < 10^15 and 10^|E| are exact, so one IEEE operation rounds once.
    if (nd <= 15 && exp10 >= -22 && exp10 <= 22 + (int64_t)(15 - nd)) {
        uint64_t d = 0;
        for (size_t i = 0; i < nd; i++) {
            d = d * 10 + (uint64_t)next_digit(it);
        }
        double v = (double)d;
        if (exp10 < 0) {
            return v / exact_pow10[-exp10];
        }
        if (exp10 > 22) {
            // d * 10^(E - 22) is still an integer below 10^15.
            return v * exact_pow10[exp10 - 22] * 1e22;
        }
        return v * exact_pow10[exp10];
    }
#endif
#endif
    dig_t d[PARSE_D_WORDS];
    size_t dn = 0;
    dig_t chunk = 0;
    dig_t scale = 1;
    size_t take = nd > PARSE_DIGS ? PARSE_DIGS : nd;
    for (size_t i = 0; i <= take; i++) {
        int v;
        if (i < take) {
            v = next_digit(it);
        } else if (nd > take) {
            // The dropped digits include the last nonzero one: a sticky digit 1 stands for them.
            v = 1;
            exp10 += (int64_t)(nd - take) - 1;
        } else {
            break;
        }
        chunk = chunk * 10 + (dig_t)v;
        scale *= 10;
        if (scale == 1000000000u) {
            dn = kl_mpn_mul_1_add(d, d, dn, scale, chunk);
            chunk = 0;
            scale = 1;
        }
    }
    if (scale > 1) {
        dn = kl_mpn_mul_1_add(d, d, dn, scale, chunk);
    }
    bool overflow = false;
    if (exp10 >= 0) {
        dn = mul_pow(d, dn, 5, (unsigned)exp10);
        return kl_mpn_to_double_scaled(d, dn, (long)exp10, &overflow);
    }
    dig_t p[PARSE_P_WORDS];
    dig_t scratch[PARSE_SCRATCH];
    size_t pn = kl_mpn_from_u64(p, 1);
    pn = mul_pow(p, pn, 5, (unsigned)-exp10);
    return kl_mpn_truediv_scaled(d, dn, p, pn, (long)exp10, scratch, &overflow);
}

int kl_numfmt_parse_float(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (i < len && !is_digit(s[i]) && s[i] != '.') {
        double v;
        if (word_eq(s + i, len - i, "inf") || word_eq(s + i, len - i, "infinity")) {
            v = HUGE_VAL;
        } else if (word_eq(s + i, len - i, "nan")) {
            v = (double)NAN;
        } else {
            return -1;
        }
        *out = neg ? -v : v;
        return 0;
    }
    size_t int_start = i;
    size_t nint = scan_digits(s, len, &i);
    size_t int_end = i;
    size_t frac_start = i;
    size_t nfrac = 0;
    if (i < len && s[i] == '.') {
        i++;
        frac_start = i;
        nfrac = scan_digits(s, len, &i);
    }
    size_t frac_end = i;
    if (nint + nfrac == 0) {
        return -1;
    }
    int64_t exp10 = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        size_t es = i;
        if (scan_digits(s, len, &i) == 0) {
            return -1;
        }
        for (size_t j = es; j < i; j++) {
            // Saturate: beyond 10^9 every exponent gives inf or 0 alike.
            if (is_digit(s[j]) && exp10 < 1000000000) {
                exp10 = exp10 * 10 + (s[j] - '0');
            }
        }
        if (eneg) {
            exp10 = -exp10;
        }
    }
    if (i != len) {
        return -1;
    }

    // First pass: where the nonzero digits start and end in the digit sequence.
    digit_iter_t it = {s, int_start, int_end, frac_start, frac_end};
    size_t nseq = nint + nfrac;
    size_t first = nseq;
    size_t last = 0;
    for (size_t j = 0; j < nseq; j++) {
        if (next_digit(&it) != 0) {
            if (first == nseq) {
                first = j;
            }
            last = j;
        }
    }
    double v;
    if (first == nseq) {
        v = 0.0;
    } else {
        // value = digits[first .. last] * 10^e10 with nd digits.
        size_t nd = last - first + 1;
        int64_t e10 = exp10 - (int64_t)nfrac + (int64_t)(nseq - 1 - last);
        int64_t mag = (int64_t)nd + e10;
        if (mag > DEC_MAX) {
            v = HUGE_VAL;
        } else if (mag <= DEC_MIN) {
            v = 0.0;
        } else {
            digit_iter_t it2 = {s, int_start, int_end, frac_start, frac_end};
            v = decimal_to_double(&it2, first, nd, e10);
        }
    }
    *out = neg ? -v : v;
    return 0;
}
