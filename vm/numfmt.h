// vm/numfmt.h: float <-> text conversions that match CPython 3.11 exactly.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Three entry points serve float objects: repr(), format()/%-formatting, and float(str). All are
// exact: repr prints the shortest digit string that reads back to the same double (Steele and
// White's free-format algorithm in the form of Burger and Dybvig), fixed-precision formats round
// the exact binary value half-to-even ('%.2f' % 2.675 == '2.67', '%.0f' % 0.5 == '0'), and parsing
// rounds any number of digits correctly (a fast path after Clinger for short inputs, otherwise a
// big-number division through vm/mpn.c).
//
// Nothing allocates and nothing calls the C library's printf/strtod family (newlib's mallocs).
// Temporaries live on the C stack; measured for Cortex-M3 at -Os, the deepest use is about 1.8 KB
// for parsing (only inputs past the fast path: more than 15 digits or a large exponent), 1.4 KB
// for fixed-precision formatting and 0.9 KB for repr. (The exact decimal expansion of a double has
// at most 767 significant digits; the integers involved stay below 2^2700.) The output buffer is
// the caller's.
//
// Only IEEE binary64 `double` is implemented. The format's parameters (significand bits, exponent
// range, digit counts) are named once at the top of numfmt.c so that a single-precision build
// (a later KL_CFG_FLOAT_SINGLE) can change them in one place.

#ifndef KL_INCLUDED_VM_NUMFMT_H
#define KL_INCLUDED_VM_NUMFMT_H

#include <stddef.h>

// Flags for kl_numfmt_float_format, named after the format-spec characters they implement.
#define KL_NUMFMT_ALT (1u << 0)         // '#': keep the point, and trailing zeros in 'g'
#define KL_NUMFMT_SIGN_PLUS (1u << 1)   // '+': '+' before non-negative numbers (and nan)
#define KL_NUMFMT_SIGN_SPACE (1u << 2)  // ' ': ' ' before non-negative numbers (and nan)
#define KL_NUMFMT_ADD_DOT_0 (1u << 3)   // append ".0" to an integral result without exponent
#define KL_NUMFMT_NO_NEG_ZERO (1u << 4) // 'z': no '-' on a result that rounds to zero

// Buffer size (NUL included) enough for kl_numfmt_float_repr: "-1.7976931348623157e+308" is 24.
#define KL_NUMFMT_REPR_BUFSIZE (32)
// Buffer size (NUL included) enough for kl_numfmt_float_format with [prec] (pass the precision
// actually given, or any value below 17 for the default): 'f' of 1e308 has 309 integer digits.
#define KL_NUMFMT_FLOAT_BUFSIZE(prec) ((size_t)((prec) > 17 ? (prec) : 17) + 320)

// repr(x) and str(x): "0.1", "1e-05", "1e+16", "-0.0", "inf", "nan". Like snprintf, writes at
// most buflen - 1 characters and a NUL (when buflen > 0) and returns the full length.
size_t kl_numfmt_float_repr(char *buf, size_t buflen, double x);

// format(x, spec) and '%' formatting, without width, fill, alignment or grouping (the caller
// pads). [type] is one of 'e' 'E' 'f' 'F' 'g' 'G' '%' 'r' (repr) or '\0' for the empty type of
// str.format (repr when precision < 0, else 'g' with at least one digit after the point).
// [precision] < 0 means not given (6, or repr for '\0'). [flags] are KL_NUMFMT_* above.
// Negative numbers, including -0.0 and -inf, get '-'; nan never does. Upper-case types give
// "INF", "NAN" and 'E'. The '%' type multiplies by 100 in double arithmetic, as CPython does.
// Returns the full length like snprintf; see KL_NUMFMT_FLOAT_BUFSIZE.
size_t kl_numfmt_float_format(char *buf, size_t buflen, double x, char type, int precision,
                              unsigned flags);

// Python's float(str) syntax on [len] characters with the surrounding whitespace already
// stripped: an optional sign, then "inf", "infinity" or "nan" in any case, or decimal digits with
// single underscores between digits, an optional fraction and an optional exponent ("1_000.5",
// ".5", "1.", "1e-3"). Correctly rounded, ties to even, for any number of digits; overflow gives
// inf and underflow 0.0, as in Python. Returns 0 and sets *out, or -1 on a syntax error.
int kl_numfmt_parse_float(const char *s, size_t len, double *out);

#endif // KL_INCLUDED_VM_NUMFMT_H
