// vm/format.c: format(), f-strings, str.format and %-formatting.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Python has three ways to turn values into formatted text, and they share one engine here:
//
//   format(value, spec) and f"{value:spec}"   the format-spec mini-language, kl_format
//   "{0:spec}".format(...)                     fields that name arguments, then kl_format
//   "%5.2f" % value                            printf-style; each conversion is translated into
//                                              a format_spec_t and sent to the same formatters
//
// bytes % value (and bytearray % value) runs the same printf-style loop over bytes: numbers come
// out the same, %s and %b take bytes-like values (or __bytes__), %r and %a take ascii(), and
// widths count bytes.
//
// The formatters for str, int and float write into a vstr. Numbers go through one layout
// routine (emit_number) that knows about signs, 0x-style prefixes, digit grouping and the four
// alignments, including CPython's rule that zero padding with grouping pads with grouped zeros
// (format(1234, '09,') == '0,001,234'). Digits come from the int type (kl_obj_int_format_base)
// and from vm/numfmt.c for floats, which rounds exactly like CPython without the C library's
// printf. Every error message is CPython 3.11's.

#include <math.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/numfmt.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_int.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// Is % formatting built (of str or bytes)? Only it asks for zeros before an int's digits.
#define PERCENT (KL_CFG_STR_PERCENT || KL_CFG_BYTES_FORMAT)

// ==== The spec mini-language ====

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
typedef struct _format_spec_t {
    uint32_t fill; // a code point; ' ' by default
    char align;    // '<', '>', '^', '=' or 0 (the type's default)
    // The one-character options in the order they come, each its character or 0; spec_parse
    // reads them by a table (opt_chars).
    union {
        struct {
            char sign;        // '+', '-', ' ' or 0
            char no_neg_zero; // 'z'
            char alternate;   // '#'
            char zero_pad;    // '0' before the width
        };
        char opts[4];
    };
    char grouping;      // ',', '_' or 0
    uint32_t type;      // the presentation type (a code point), or 0
    kl_int_t width;     // -1 when absent
    kl_int_t precision; // -1 when absent
    bool explicit_fill; // a fill character was given (else '0' padding may replace it)
} format_spec_t;

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Parse [len] bytes of spec for formatting [value] (named in error messages); raises
// ValueError ("Invalid format specifier '.2fx' for object of type 'float'").
// The spec of no options: what the empty spec parses to.
static const format_spec_t spec_default = {.fill = ' ', .width = -1, .precision = -1};

// The decimal number at *p, for a width or precision (0 when there is no digit).
static kl_int_t spec_number(const char **p, const char *end) {
    kl_int_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n > (KL_SMALL_INT_MAX - 9) / 10) {
            kl_raise_ValueError(KL_ERROR_TEXT("Too many decimal digits in format string"));
        }
        n = n * 10 + (*(*p)++ - '0');
    }
    return n;
}

static void spec_parse(const char *spec, size_t len, kl_obj_t value, format_spec_t *out) {
    *out = spec_default;
    const char *p = spec;
    const char *end = spec + len;
    // [[fill]align]: the fill is any code point, recognised by the align character after it.
    if (p < end) {
        const char *q = p;
        uint32_t c = kl_obj_str_utf8_decode(&q);
        if (q < end && is_align((uint8_t)*q)) {
            out->fill = c;
            out->explicit_fill = true;
            out->align = *q;
            p = q + 1;
        } else if (is_align(c)) {
            out->align = (char)c;
            p = q;
        }
    }
    // The characters each of opts[] may be: 'z' only with the full spec.
    static const char opt_chars[4][4] = {"+- ", {KL_CFG_FORMAT_SPEC_FULL ? 'z' : 0}, "#", "0"};
    for (int k = 0; k < 4; k++) {
        if (p < end && *p != 0 && memchr(opt_chars[k], *p, 3) != NULL) {
            out->opts[k] = *p++;
        }
    }
    const char *digits = p;
    kl_int_t n = spec_number(&p, end);
    if (p != digits) {
        out->width = n;
    }
#if KL_CFG_FORMAT_SPEC_FULL
    if (p < end && (*p == ',' || *p == '_')) {
        out->grouping = *p++;
        // The same option twice is left to be read as the type, and rejected by
        // check_grouping.
        if (p < end && (*p == ',' || *p == '_') && *p != out->grouping) {
            kl_raise_ValueError(KL_ERROR_TEXT("Cannot specify both ',' and '_'."));
        }
    }
#endif
    if (p < end && *p == '.') {
        digits = ++p;
        out->precision = spec_number(&p, end);
        if (p == digits) {
            kl_raise_ValueError(KL_ERROR_TEXT("Format specifier missing precision"));
        }
    }
    if (p < end) {
        // One code point left is the type, whatever it is (unknown ones are rejected later).
        const char *q = p;
        uint32_t c = kl_obj_str_utf8_decode(&q);
        if (q == end) {
            out->type = c;
            p = q;
        }
    }
    if (p != end) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("Invalid format specifier '%.*s' for object of type '%T'"),
                         (int)len, spec, value);
    }
}

// CPython shows a printable ASCII type as it is, anything else as a hex escape.
static KL_NORETURN void raise_unknown_code(uint32_t type, const char *type_name) {
    if (type > 32 && type < 127) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("Unknown format code '%c' for object of type '%s'"),
                         (int)type, type_name);
    }
    kl_raise_msg_fmt(&kl_type_ValueError,
                     KL_ERROR_TEXT("Unknown format code '\\x%x' for object of type '%s'"),
                     (unsigned)type, type_name);
}

// A grouping option is allowed with the decimal types (['default_type'] standing for a missing
// type), and '_' also with the binary, octal and hex ones. CPython checks this while parsing, so
// it comes before the type's own checks, even before an unknown type.
static void check_grouping(const format_spec_t *spec, uint32_t default_type) {
    if (!KL_CFG_FORMAT_SPEC_FULL || spec->grouping == 0) {
        return;
    }
    uint32_t type = spec->type != 0 ? spec->type : default_type;
    switch (type) {
        case 0:
        case 'd':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            return;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (spec->grouping == '_') {
                return;
            }
            break;
        default:
            break;
    }
    if (type > 32 && type < 127) {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Cannot specify '%c' with '%c'."),
                         (int)spec->grouping, (int)type);
    }
    kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Cannot specify '%c' with '\\x%x'."),
                     (int)spec->grouping, (unsigned)type);
}

static const char *type_name_of(kl_obj_t value) {
    return kl_qstr_str(kl_obj_get_type_qstr(value));
}

// ==== Layout ====

// Pad the text appended to [out] from byte [start] on, of [chars] code points, to the spec's
// width with [fill]: [align] says where the padding goes, for '=' after the first [head] bytes of
// the text (sign and prefix). The text is written first and the padding put around it, so a
// number is laid out where it ends up, without a buffer of its own.
static void pad_text(kl_vstr_t *out, const format_spec_t *spec, char align, uint32_t fill,
                     size_t start, size_t chars, size_t head) {
    if (spec->width <= 0 || (size_t)spec->width <= chars) {
        return;
    }
    size_t pad = (size_t)spec->width - chars;
    size_t left = align == '>' || align == '=' ? pad : align == '^' ? pad / 2 : 0;
    char f[4];
    size_t n = kl_obj_str_utf8_encode(fill, f);
    size_t end = out->len;
    kl_vstr_extend(out, pad * n);
    // The left padding goes at [p], what follows it moves right; the right padding goes after.
    char *p = out->buf + start + (align == '=' ? head : 0);
    memmove(p + left * n, p, (size_t)(out->buf + end - p));
    for (size_t i = 0; i < pad; i++) {
        char *q = (i < left ? p : out->buf + end) + i * n;
        for (size_t k = 0; k < n; k++) {
            q[k] = f[k];
        }
    }
}

// Append [body] ([len] bytes, [chars] code points) padded as pad_text says.
static void emit_padded(kl_vstr_t *out, const format_spec_t *spec, char align, uint32_t fill,
                        const char *body, size_t len, size_t chars, size_t head) {
    size_t start = out->len;
    kl_vstr_add_strn(out, body, len);
    pad_text(out, spec, align, fill, start, chars, head);
}

// Append [n] digits with a separator [sep] every [group] digits counted from the right. With
// [min_width] > 0, pad with zeros (grouped as well) to at least that many characters, the way
// CPython zero-pads grouped numbers.
static void add_grouped(kl_vstr_t *out, const char *digits, size_t n, char sep, size_t group,
                        kl_int_t min_width) {
    // Collect the groups from the right into a scratch buffer, then append it reversed.
    kl_vstr_t tmp;
    kl_vstr_init(&tmp, n + n / group + 8);
    kl_int_t remaining = (kl_int_t)n;
    bool use_sep = false;
    for (;;) {
        kl_int_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) {
            l = 1;
        }
        if (l > (kl_int_t)group) {
            l = (kl_int_t)group;
        }
        kl_int_t n_chars = remaining < l ? remaining : l;
        kl_int_t n_zeros = l - n_chars;
        if (use_sep) {
            kl_vstr_add_byte(&tmp, sep);
        }
        for (kl_int_t i = 0; i < n_chars; i++) {
            kl_vstr_add_byte(&tmp, digits[remaining - 1 - i]);
        }
        for (kl_int_t i = 0; i < n_zeros; i++) {
            kl_vstr_add_byte(&tmp, '0');
        }
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) {
            break;
        }
        min_width -= 1;
    }
    char *dst = kl_vstr_extend(out, tmp.len);
    for (size_t i = 0; i < tmp.len; i++) {
        dst[i] = tmp.buf[tmp.len - 1 - i];
    }
}

// Append a formatted number: the [head] bytes at [text] (a sign and a prefix such as "0x", either
// or both absent), the integer [digits] (which grouping applies to) after [zeros] zeros, then
// [rest] (fraction, exponent, '%', or "inf"), aligned per [spec].
static void emit_number(kl_vstr_t *out, const format_spec_t *spec, const char *text, size_t head,
                        size_t zeros, const char *digits, size_t n_digits, const char *rest,
                        size_t n_rest, size_t group) {
    char align = spec->align;
    uint32_t fill = spec->fill;
    if (align == 0) {
        align = '>';
        if (spec->zero_pad) {
            align = '=';
            fill = '0';
        }
    } else if (spec->zero_pad && !spec->explicit_fill) {
        fill = '0';
    }
    size_t start = out->len;
    kl_vstr_add_strn(out, text, head);
    if (PERCENT) { // else there are never zeros
        memset(kl_vstr_extend(out, zeros), '0', zeros);
    }
    if (KL_CFG_FORMAT_SPEC_FULL && spec->grouping != 0 && n_digits > 0) {
        kl_int_t min_width = 0;
        if (align == '=' && fill == '0' && spec->width > 0) {
            min_width = spec->width - (kl_int_t)(head + n_rest);
        }
        add_grouped(out, digits, n_digits, spec->grouping, group, min_width);
    } else {
        kl_vstr_add_strn(out, digits, n_digits);
    }
    kl_vstr_add_strn(out, rest, n_rest);
    pad_text(out, spec, align, fill, start, out->len - start, head);
}

// ==== str ====

// [value], a str, formatted by [spec].
static void format_str(kl_vstr_t *out, kl_obj_t value, const format_spec_t *spec) {
    if (spec->type != 0 && spec->type != 's') {
        raise_unknown_code(spec->type, type_name_of(value));
    }
    if (spec->sign != 0) {
        kl_raise_ValueError(spec->sign == ' '
                                ? KL_ERROR_TEXT("Space not allowed in string format specifier")
                                : KL_ERROR_TEXT("Sign not allowed in string format specifier"));
    }
    if (spec->alternate) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("Alternate form (#) not allowed in string format specifier"));
    }
    if (KL_CFG_FORMAT_SPEC_FULL && spec->no_neg_zero) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if (spec->align == '=') {
        kl_raise_ValueError(KL_ERROR_TEXT("'=' alignment not allowed in string format specifier"));
    }
    if (KL_CFG_FORMAT_SPEC_FULL && spec->grouping != 0) {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Cannot specify '%c' with 's'."),
                         (int)spec->grouping);
    }
    size_t len;
    const char *data = kl_obj_str_get_data(value, &len);
    size_t chars = KL_CFG_STR_UNICODE ? kl_obj_str_get_charlen(value) : len; // else all ASCII
    if (spec->precision >= 0 && (size_t)spec->precision < chars) {
        len = kl_obj_str_utf8_offset(data, len, chars, (size_t)spec->precision);
        chars = (size_t)spec->precision;
    }
    uint32_t fill = spec->fill;
    if (spec->zero_pad && !spec->explicit_fill) {
        fill = '0';
    }
    emit_padded(out, spec, spec->align != 0 ? spec->align : '<', fill, data, len, chars, 0);
}

// ==== int ====

#if KL_CFG_FLOAT
static void format_float(kl_vstr_t *out, kl_float_t value, const format_spec_t *spec);
#endif

// The native int behind [o]: o itself, or the int part of an instance of an int subclass.
static kl_obj_t native_value(kl_obj_t o) {
    if (KL_OBJ_IS_OBJ(o)) {
        const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
        if ((t->flags & KL_TYPE_FLAG_HEAP) && kl_type_native_base(t) != NULL &&
            kl_type_native_base(t) != &kl_type_object) {
            return ((kl_obj_instance_t *)o)->subobj[0];
        }
    }
    return o;
}

// Is [v] (a native value) an int or a bool?
static bool is_int(kl_obj_t v) {
    return KL_OBJ_IS_SMALL_INT(v) || kl_obj_is_type(v, &kl_type_int) || v == kl_const_false ||
           v == kl_const_true;
}

// [value] formatted by [spec], with at least [min_digits] digits (zeros added in front) when that
// is not negative: printf-style %d's precision. format() has no precision for ints.
static void format_int(kl_vstr_t *out, kl_obj_t value, const format_spec_t *spec,
                       kl_int_t min_digits) {
    kl_obj_t v = native_value(value);
    if (v == kl_const_false || v == kl_const_true) {
        v = KL_OBJ_NEW_SMALL_INT(v == kl_const_true);
    }
    uint32_t type = spec->type != 0 ? spec->type : (uint32_t)'d';
#if KL_CFG_FLOAT
    if (type < 128 && memchr("eEfFgG%", (int)type, 7) != NULL) {
        format_float(out, kl_obj_get_float(v), spec);
        return;
    }
#endif
    // The int types, each with its base; 0 for any other.
    static const char int_types[] = {
        'b',
        2,
        'o',
        8,
        'x',
        16,
        'X',
        16,
        'd',
        10,
#if KL_CFG_FORMAT_SPEC_FULL
        'n',
        10,
        'c',
        10,
#endif
        0,
        0
    };
    const char *t = int_types;
    while (*t != 0 && (uint8_t)*t != type) {
        t += 2;
    }
    unsigned base = (uint8_t)t[1];
    if (base == 0) {
        raise_unknown_code(type, type_name_of(value));
    }
    if (spec->precision >= 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("Precision not allowed in integer format specifier"));
    }
    if (KL_CFG_FORMAT_SPEC_FULL && spec->no_neg_zero) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if (KL_CFG_FORMAT_SPEC_FULL && spec->grouping == ',' && type != 'd') {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Cannot specify ',' with '%c'."),
                         (int)type);
    }
    if (KL_CFG_FORMAT_SPEC_FULL && type == 'c') {
        if (spec->sign != 0) {
            kl_raise_ValueError(
                KL_ERROR_TEXT("Sign not allowed with integer format specifier 'c'"));
        }
        if (spec->alternate) {
            kl_raise_ValueError(
                KL_ERROR_TEXT("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        if (spec->grouping != 0) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Cannot specify '%c' with 'c'."),
                             (int)spec->grouping);
        }
        kl_int_t cp;
        if (!kl_obj_get_int_maybe(v, &cp)) {
            kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C long"));
        }
        if (cp < 0 || cp > KL_UNICODE_MAX) {
            kl_raise_OverflowError(KL_ERROR_TEXT("%c arg not in range(0x110000)"));
        }
        char buf[4];
        size_t n = kl_obj_str_utf8_encode((uint32_t)cp, buf);
        format_spec_t s = *spec;
        if (s.align == 0) {
            s.align = '>';
        }
        emit_padded(out, &s, s.align == '=' ? '>' : s.align,
                    s.zero_pad && !s.explicit_fill ? '0' : s.fill, buf, n, 1, 0);
        return;
    }
    // The digits of |v|, without sign.
    char small[72];
    const char *digits;
    size_t n_digits;
    bool neg;
    // Without big ints every int is a small one here (a bool became one above).
    if (!KL_CFG_BIGINT || KL_OBJ_IS_SMALL_INT(v)) {
        kl_int_t i = KL_OBJ_SMALL_INT_VALUE(v);
        neg = i < 0;
        kl_uint_t u = neg ? 0 - (kl_uint_t)i : (kl_uint_t)i;
        char *p = kl_vstr_uint_digits(small + sizeof(small), u, base, type == 'X');
        digits = p;
        n_digits = (size_t)(small + sizeof(small) - p);
    } else {
        kl_obj_t s = kl_obj_int_format_base(v, base, false, type == 'X');
        digits = kl_obj_str_get_data(s, &n_digits);
        neg = n_digits > 0 && digits[0] == '-';
        if (neg) {
            digits++;
            n_digits--;
        }
    }
    // The sign, then for '#' the type after a '0' ("0b", "0o", "0x", "0X"), except in decimal.
    char head[3];
    size_t n_head = 0;
    char sign = neg ? '-' : spec->sign == '-' ? 0 : spec->sign;
    if (sign != 0) {
        head[n_head++] = sign;
    }
    if (spec->alternate && base != 10) {
        head[n_head++] = '0';
        head[n_head++] = (char)type;
    }
    size_t zeros = min_digits > (kl_int_t)n_digits ? (size_t)min_digits - n_digits : 0;
    emit_number(out, spec, head, n_head, zeros, digits, n_digits, "", 0, base == 10 ? 3 : 4);
}

// ==== float ====

#if KL_CFG_FLOAT
static void format_float(kl_vstr_t *out, kl_float_t value, const format_spec_t *spec) {
    uint32_t type = spec->type;
    switch (type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            break;
        case 'n':
            if (spec->grouping != 0) {
                kl_raise_msg_fmt(&kl_type_ValueError,
                                 KL_ERROR_TEXT("Cannot specify '%c' with 'n'."),
                                 (int)spec->grouping);
            }
            type = 'g';
            break;
        default:
            raise_unknown_code(type, "float");
    }
    unsigned flags = 0;
    if (spec->alternate) {
        flags |= KL_NUMFMT_ALT;
    }
    if (spec->sign == '+') {
        flags |= KL_NUMFMT_SIGN_PLUS;
    } else if (spec->sign == ' ') {
        flags |= KL_NUMFMT_SIGN_SPACE;
    }
    if (spec->no_neg_zero) {
        flags |= KL_NUMFMT_NO_NEG_ZERO;
    }
    int prec = spec->precision > 100000 ? 100000 : (int)spec->precision;
    // Format into scratch space at the end of [out], then move the pieces into place.
    size_t size = KL_NUMFMT_FLOAT_BUFSIZE(prec);
    kl_vstr_t tmp;
    kl_vstr_init(&tmp, size);
    size_t n = kl_numfmt_float_format(tmp.buf, size, value, (char)type, prec, flags);
    const char *s = tmp.buf;
    size_t sign = n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ');
    size_t n_digits = 0;
    while (sign + n_digits < n && s[sign + n_digits] >= '0' && s[sign + n_digits] <= '9') {
        n_digits++;
    }
    emit_number(out, spec, s, sign, 0, s + sign, n_digits, s + sign + n_digits, n - sign - n_digits,
                3);
}
#endif

#if KL_CFG_FLOAT
// One part of a complex number for format_complex, appended to [out]: the shortest repr
// (without ".0") when [repr], else float formatting with [spec] (no width: the whole number is
// padded at the end) and [sign].
static void complex_part(kl_vstr_t *out, kl_float_t x, const format_spec_t *spec, char type,
                         char sign, bool repr) {
    if (repr) {
        // 'z' turns -0.0 into 0.0; '#' keeps the decimal point (3. and 1.e+22), as CPython's
        // repr-style formatting with its alternate flag does.
        if (spec->no_neg_zero && x == 0.0) {
            x = 0.0;
        }
        char buf[KL_NUMFMT_REPR_BUFSIZE];
        size_t n = kl_obj_complex_part_repr(buf, sizeof(buf), x);
        const char *digits = buf;
        if (buf[0] == '-') {
            kl_vstr_add_byte(out, '-');
            digits++;
            n--;
        } else if (sign != 0 && sign != '-') {
            kl_vstr_add_byte(out, sign);
        }
        // ',' and '_' group the integer digits, as in float formatting (CPython: 1e+20 stays,
        // 12345.5 is 12,345.5).
        size_t n_int = 0;
        while (n_int < n && digits[n_int] >= '0' && digits[n_int] <= '9') {
            n_int++;
        }
        if (spec->grouping != 0 && n_int > 0) {
            add_grouped(out, digits, n_int, spec->grouping, 3, 0);
        } else {
            kl_vstr_add_strn(out, digits, n_int);
        }
        const char *e = memchr(digits, 'e', n);
        size_t head = e != NULL ? (size_t)(e - digits) : n;
        kl_vstr_add_strn(out, digits + n_int, head - n_int);
        if (spec->alternate && isfinite(x) && memchr(digits, '.', n) == NULL) {
            kl_vstr_add_byte(out, '.');
        }
        kl_vstr_add_strn(out, digits + head, n - head);
        return;
    }
    format_spec_t part = *spec;
    part.type = (uint32_t)type;
    part.sign = sign;
    part.width = -1;
    part.align = 0;
    part.fill = ' ';
    format_float(out, x, &part);
}

// A complex number: both parts with the spec's type and precision, the imaginary one always
// signed; with no type, in parentheses (and the shortest repr of each part without precision).
static void format_complex(kl_vstr_t *out, kl_float_t re, kl_float_t im,
                           const format_spec_t *spec) {
    uint32_t type = spec->type;
    switch (type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            break;
        case 'n':
            type = 'g';
            break;
        default:
            raise_unknown_code(type, "complex");
    }
    // CPython refuses a '0' fill: the '0' flag (which sets the fill only when none was given)
    // or an explicit '0' fill character.
    if (spec->explicit_fill ? spec->fill == '0' : spec->zero_pad) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("Zero padding is not allowed in complex format specifier"));
    }
    if (spec->align == '=') {
        kl_raise_ValueError(
            KL_ERROR_TEXT("'=' alignment flag is not allowed in complex format specifier"));
    }
    bool parens = type == 0;
    bool repr = type == 0 && spec->precision < 0;
    char ptype = type == 0 ? 'g' : (char)type;
    // Without a type, a zero real part (not -0.0) is left out, as repr() does.
    bool skip_re = type == 0 && re == 0.0 && !signbit(re);
    kl_vstr_t body;
    kl_vstr_init(&body, 64);
    if (parens && !skip_re) {
        kl_vstr_add_byte(&body, '(');
    }
    if (!skip_re) {
        complex_part(&body, re, spec, ptype, spec->sign, repr);
    }
    // The imaginary part always carries its sign, unless it stands alone.
    complex_part(&body, im, spec, ptype, skip_re ? spec->sign : '+', repr);
    kl_vstr_add_byte(&body, 'j');
    if (parens && !skip_re) {
        kl_vstr_add_byte(&body, ')');
    }
    emit_padded(out, spec, spec->align != 0 ? spec->align : '>', spec->fill, body.buf, body.len,
                body.len, 0);
}
#endif

// ==== format() ====

// Is [o] an instance of a class defined in Python?
static bool is_heap_instance(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && (((kl_obj_base_t *)o)->type->flags & KL_TYPE_FLAG_HEAP);
}

// Append the text of [s], a str.
static void add_text(kl_vstr_t *out, kl_obj_t s) {
    size_t n;
    const char *d = kl_obj_str_get_data(s, &n);
    kl_vstr_add_strn(out, d, n);
}

// Append [value] formatted by the [len] bytes at [spec], not none (format_into does the empty
// spec), for the builtin types only; false when [value] is not of a type formatted here.
static bool format_builtin(kl_vstr_t *out, kl_obj_t value, const char *spec, size_t len) {
    kl_obj_t v = native_value(value);
    // 's' for a str, 'd' for an int, 0 for a float or complex: the type a spec without one
    // stands for, as check_grouping sees it.
    char kind = kl_obj_is_str(v) ? 's' : is_int(v) ? 'd' : 0;
#if KL_CFG_FLOAT
    bool is_complex = kl_obj_is_type(v, &kl_type_complex);
    if (kind == 0 && !is_complex && !kl_obj_is_type(v, &kl_type_float)) {
        return false;
    }
#else
    if (kind == 0) {
        return false;
    }
#endif
    format_spec_t fs;
    spec_parse(spec, len, value, &fs);
    check_grouping(&fs, (uint32_t)kind);
    if (kind == 's') {
        format_str(out, v, &fs);
    } else if (kind == 'd') {
        format_int(out, value, &fs, -1);
    } else {
#if KL_CFG_FLOAT
        if (is_complex) {
            kl_float_t re, im;
            kl_obj_complex_get(v, &re, &im);
            format_complex(out, re, im, &fs);
        } else {
            format_float(out, ((kl_obj_float_t *)KL_OBJ_TO_PTR(v))->value, &fs);
        }
#endif
    }
    return true;
}

// Append format(value, spec) to [out]. With [builtin] it is value.__format__(spec) of a builtin
// type instead (int.__format__, str.__format__, ...), which neither calls the __format__ of the
// value's class nor falls back to object.__format__.
static void format_into(kl_vstr_t *out, kl_obj_t value, const char *spec, size_t len,
                        bool builtin) {
    if (!builtin && is_heap_instance(value)) {
        // A special method: looked up on the type (the metaclass, for a class). The builtin
        // __format__ of int and str is format_builtin below.
        kl_obj_t dest[3];
        kl_load_special_method_maybe(value, KL_QSTR___format__, dest);
        if (dest[0] != KL_OBJ_NULL
#if KL_CFG_BUILTIN_FORMAT
            && dest[0] != KL_ROM_PTR(&kl_format_dunder_format_obj)
#endif
        ) {
            if (!KL_CFG_BUILTIN_FORMAT) {
                // MicroPython calls no __format__: refused rather than left uncalled.
                kl_raise_NotImplementedError(KL_ERROR_TEXT("__format__"));
            }
            dest[2] = kl_obj_new_str(spec, len);
            kl_obj_t r = kl_call_method_n_kw(1, 0, dest);
            if (!kl_obj_is_str(r)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__format__ must return a str, not %T"), r);
            }
            add_text(out, r);
            return;
        }
    }
    if (len == 0) {
        // The empty spec is str(value), including a subclass's own __str__, for the builtin
        // types and object.__format__ alike. (The builtin __format__ is only ever bound to a
        // value of a builtin type.)
        add_text(out, kl_obj_str_of(value, KL_PRINT_STR));
        return;
    }
    if (!format_builtin(out, value, spec, len)) {
        // object.__format__: only the empty spec.
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported format string passed to %T.__format__"), value);
    }
}

// format(value, spec), or with [builtin] value.__format__(spec) (format_into); [spec] may be
// KL_OBJ_NULL for format(value).
static kl_obj_t format_obj(kl_obj_t value, kl_obj_t spec, bool builtin) {
    size_t len = 0;
    const char *data = "";
    if (spec != KL_OBJ_NULL) {
        if (!kl_obj_is_str(spec)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             builtin ? KL_ERROR_TEXT("__format__() argument must be str, not %N")
                                     : KL_ERROR_TEXT("format() argument 2 must be str, not %N"),
                             spec);
        }
        data = kl_obj_str_get_data(spec, &len);
    }
    if (len == 0 && (KL_OBJ_IS_QSTR(value) || kl_obj_is_type(value, &kl_type_str))) {
        return value;
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 16);
    format_into(&out, value, data, len, builtin);
    return kl_vstr_to_str(&out);
}

kl_obj_t kl_format(kl_obj_t value, kl_obj_t spec) {
    return format_obj(value, spec, false);
}

#if KL_CFG_BUILTIN_FORMAT
// int.__format__, float.__format__, complex.__format__, str.__format__ (and bool's, inherited
// from int).
static kl_obj_t dunder_format(kl_obj_t self, kl_obj_t spec) {
    return format_obj(self, spec, true);
}
KL_DEFINE_FUN_2(kl_format_dunder_format_obj, __format__, dunder_format);
#endif

// ==== str.format ====

typedef struct _fmt_args_t {
    const kl_obj_t *pos; // positional arguments
    size_t n_pos;
    const kl_obj_t *kw; // (name, value) pairs
    size_t n_kw;
    kl_obj_t mapping; // format_map's mapping, or KL_OBJ_NULL
    size_t next_auto; // the next automatic field number
    bool used_auto;
    bool used_manual;
} fmt_args_t;

// Is [s, n) a decimal number (an argument index, or an int key in "[...]")? If so, its value
// goes to *[index].
static bool parse_index(const char *s, size_t n, size_t *index) {
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        if (v > (SIZE_MAX - 9) / 10) {
            kl_raise_ValueError(KL_ERROR_TEXT("Too many decimal digits in format string"));
        }
        v = v * 10 + (size_t)(s[i] - '0');
    }
    *index = v;
    return n > 0;
}

// The argument a field's first name part [s, n) refers to.
static kl_obj_t field_arg(fmt_args_t *a, const char *s, size_t n) {
    size_t index;
    if (n == 0) {
        if (a->used_manual) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot switch from manual field specification to "
                                              "automatic field numbering"));
        }
        a->used_auto = true;
        index = a->next_auto++;
    } else if (parse_index(s, n, &index)) {
        if (a->used_auto) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot switch from automatic field numbering to "
                                              "manual field specification"));
        }
        a->used_manual = true;
    } else {
        kl_obj_t name = kl_obj_new_str(s, n);
        if (a->mapping != KL_OBJ_NULL) {
            return kl_obj_subscr(a->mapping, name, KL_OBJ_SENTINEL);
        }
        for (size_t i = 0; i < a->n_kw; i++) {
            if (kl_obj_str_equal(a->kw[2 * i], name)) {
                return a->kw[2 * i + 1];
            }
        }
        kl_raise_KeyError(name);
    }
    if (a->mapping != KL_OBJ_NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("Format string contains positional fields"));
    }
    if (index >= a->n_pos) {
        kl_raise_msg_fmt(&kl_type_IndexError,
                         KL_ERROR_TEXT("Replacement index %z out of range for positional args "
                                       "tuple"),
                         index);
    }
    return a->pos[index];
}

// The object a field name ("0", "name.attr[key][0]") refers to.
static kl_obj_t field_value(fmt_args_t *a, const char *s, size_t n) {
    if (!KL_CFG_FORMAT_FIELDS_FULL) { // field_scan refused a '.' or '['
        return field_arg(a, s, n);
    }
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') {
        i++;
    }
    kl_obj_t obj = field_arg(a, s, i);
    while (i < n) {
        if (s[i] == '.') {
            size_t start = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') {
                i++;
            }
            if (i == start) {
                kl_raise_ValueError(KL_ERROR_TEXT("Empty attribute in format string"));
            }
            obj = kl_load_attr(obj, kl_qstr_from_strn(s + start, i - start));
        } else {
            size_t start = ++i;
            while (i < n && s[i] != ']') {
                i++;
            }
            if (i == n) {
                kl_raise_ValueError(KL_ERROR_TEXT("Missing ']' in format string"));
            }
            if (i == start) {
                kl_raise_ValueError(KL_ERROR_TEXT("Empty attribute in format string"));
            }
            size_t index;
            kl_obj_t key = parse_index(s + start, i - start, &index)
                               ? kl_obj_new_int((kl_int_t)index)
                               : kl_obj_new_str(s + start, i - start);
            obj = kl_obj_subscr(obj, key, KL_OBJ_SENTINEL);
            i++; // the ']'
            if (i < n && s[i] != '.' && s[i] != '[') {
                kl_raise_ValueError(KL_ERROR_TEXT("Only '.' or '[' may follow ']' in format "
                                                  "field specifier"));
            }
        }
    }
    return obj;
}

static void format_string(kl_vstr_t *out, const char *s, size_t len, fmt_args_t *a, int depth);

// The parts of one replacement field, found by field_scan.
typedef struct _field_t {
    size_t name_end; // the field name is [start, name_end)
    size_t spec;     // the spec is [spec, end): empty when there is none
    size_t end;      // the index of the closing '}'
    char conv;       // the conversion character after '!', or 0
} field_t;

// Scan the replacement field starting at [start] (just after its '{') in the [len] bytes at [s]
// into [f]. The scan is CPython's, so malformed fields fail with its messages in its order: the
// field name (where '[' skips to the next ']'), then '!' and one conversion character, which
// must be followed by '}' or ':', then a spec with nested braces.
static void field_scan(const char *s, size_t len, size_t start, field_t *f) {
    size_t j = start;
    char c = 0;
    f->conv = 0;
    while (j < len) {
        c = s[j++];
        if (c == '{') {
            kl_raise_ValueError(KL_ERROR_TEXT("unexpected '{' in field name"));
        }
        if (!KL_CFG_FORMAT_FIELDS_FULL && (c == '.' || c == '[')) {
            // Without attribute and index fields, one is refused as soon as it is seen.
            kl_raise_ValueError(KL_ERROR_TEXT("attribute and index fields are not supported"));
        }
        if (c == '[') {
            while (j < len && s[j] != ']') {
                j++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    f->name_end = j - 1;
    if (c != '!' && c != ':' && c != '}') {
        kl_raise_ValueError(KL_ERROR_TEXT("expected '}' before end of string"));
    }
    if (c == '!') {
        if (j >= len) {
            kl_raise_ValueError(
                KL_ERROR_TEXT("end of string while looking for conversion specifier"));
        }
        f->conv = s[j++]; // the conversion character, whatever it is ("{!}}" converts with '}')
        if (j < len) {
            c = s[j++];
            if (c != '}' && c != ':') {
                kl_raise_ValueError(KL_ERROR_TEXT("expected ':' after conversion specifier"));
            }
        }
    }
    f->spec = j;
    if (c == '}') {
        f->spec = f->end = j - 1;
        return;
    }
    int level = 1;
    while (j < len) {
        c = s[j++];
        if (c == '{') {
            if (!KL_CFG_FORMAT_FIELDS_FULL) {
                // Without nested fields, one is refused as soon as it is seen.
                kl_raise_ValueError(KL_ERROR_TEXT("nested replacement fields are not supported"));
            }
            level++;
        } else if (c == '}' && --level == 0) {
            f->end = j - 1;
            return;
        }
    }
    kl_raise_ValueError(KL_ERROR_TEXT("unmatched '{' in format spec"));
}

// One replacement field of the [s], scanned into [f].
static void format_field(kl_vstr_t *out, const char *s, const field_t *f, size_t start,
                         fmt_args_t *a, int depth) {
    const char *spec = s + f->spec;
    size_t spec_len = f->end - f->spec;
    kl_obj_t value = field_value(a, s + start, f->name_end - start);
    switch (f->conv) {
        case 0:
            break;
        case 'r':
        case 's':
            value = kl_obj_str_of(value, f->conv == 'r' ? KL_PRINT_REPR : KL_PRINT_STR);
            break;
#if KL_CFG_BUILTINS_FULL
        case 'a':
            value = kl_obj_str_ascii(value);
            break;
#endif
        default:
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Unknown conversion specifier %c"),
                             (int)(uint8_t)f->conv);
    }
    // Nested fields in the spec ("{0:{1}}") are expanded first (field_scan refuses them where
    // they are not built).
    if (KL_CFG_FORMAT_FIELDS_FULL && memchr(spec, '{', spec_len) != NULL) {
        if (depth <= 1) {
            kl_raise_ValueError(KL_ERROR_TEXT("Max string recursion exceeded"));
        }
        kl_vstr_t expanded;
        kl_vstr_init(&expanded, spec_len + 8);
        format_string(&expanded, spec, spec_len, a, depth - 1);
        format_into(out, value, expanded.buf, expanded.len, false);
        return;
    }
    format_into(out, value, spec, spec_len, false);
}

static void format_string(kl_vstr_t *out, const char *s, size_t len, fmt_args_t *a, int depth) {
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && s[i] != '{' && s[i] != '}') {
            i++;
        }
        kl_vstr_add_strn(out, s + start, i - start);
        if (i >= len) {
            break;
        }
        if (i + 1 < len && s[i + 1] == s[i]) {
            // "{{" and "}}" stand for one brace.
            kl_vstr_add_byte(out, s[i]);
            i += 2;
            continue;
        }
        if (s[i] == '}') {
            kl_raise_ValueError(KL_ERROR_TEXT("Single '}' encountered in format string"));
        }
        if (i + 1 == len) {
            kl_raise_ValueError(KL_ERROR_TEXT("Single '{' encountered in format string"));
        }
        field_t f;
        field_scan(s, len, i + 1, &f);
        format_field(out, s, &f, i + 1, a, depth);
        i = f.end + 1;
    }
}

static kl_obj_t str_format(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (!kl_obj_is_str(args[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor 'format' for 'str' objects doesn't apply to a "
                                       "'%T' object"),
                         args[0]);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(args[0], &len);
    fmt_args_t a = {args + 1, n_args - 1, args + n_args, n_kw, KL_OBJ_NULL, 0, false, false};
    kl_vstr_t out;
    kl_vstr_init(&out, len + 16);
    format_string(&out, s, len, &a, 2);
    return kl_vstr_to_str(&out);
}
KL_DEFINE_FUN_KW(kl_format_str_format_obj, format, 1, str_format);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t str_format_map(kl_obj_t self, kl_obj_t mapping) {
    size_t len;
    const char *s = kl_obj_str_get_data(self, &len);
    fmt_args_t a = {NULL, 0, NULL, 0, mapping, 0, false, false};
    kl_vstr_t out;
    kl_vstr_init(&out, len + 16);
    format_string(&out, s, len, &a, 2);
    return kl_vstr_to_str(&out);
}
KL_DEFINE_FUN_2(kl_format_str_format_map_obj, format_map, str_format_map);
#endif

// ==== % formatting ====

#if KL_CFG_STR_PERCENT || KL_CFG_BYTES_FORMAT

// May [o] be the mapping of "%(name)s" formatting? CPython asks for __getitem__ on anything
// but a tuple or a str (and, formatting bytes, a bytes or bytearray).
static bool is_mapping(kl_obj_t o, bool bytes) {
    if (kl_obj_is_str(o) || kl_obj_isinstance(o, &kl_type_tuple)) {
        return false;
    }
    if (bytes && (kl_obj_is_bytes(o) || kl_obj_is_bytearray(o))) {
        return false;
    }
    if (is_heap_instance(o)) {
        kl_obj_t dest[2];
        kl_load_special_method_maybe(o, KL_QSTR___getitem__, dest);
        return dest[0] != KL_OBJ_NULL;
    }
    return kl_type_subscr(kl_obj_get_type(o)) != NULL;
}

// The int that %d, %x, ... format: ints as they are, floats truncated (%d only), or __index__.
static kl_obj_t percent_int_arg(kl_obj_t v, char type) {
    v = native_value(v);
    if (is_int(v)) {
        return v;
    }
    bool decimal = type == 'd' || type == 'i' || type == 'u';
#if KL_CFG_FLOAT
    if (kl_obj_is_type(v, &kl_type_float)) {
        if (!decimal) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%%%c format: an integer is required, not %T"),
                             (int)type, v);
        }
        return kl_obj_new_int_from_float(((kl_obj_float_t *)KL_OBJ_TO_PTR(v))->value);
    }
#endif
    if (is_heap_instance(v)) {
        kl_obj_t dest[2];
        if (decimal) {
            // %d, %i and %u convert as int() does: __int__ first, then __index__.
            kl_load_special_method_maybe(v, KL_QSTR___int__, dest);
            if (dest[0] != KL_OBJ_NULL) {
                return kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_int), v);
            }
        }
        kl_load_special_method_maybe(v, KL_QSTR___index__, dest);
        if (dest[0] != KL_OBJ_NULL) {
            return kl_obj_index(v);
        }
    }
    if (decimal) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%%%c format: a real number is required, not %T"), (int)type,
                         v);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("%%%c format: an integer is required, not %T"), (int)type, v);
}

// The next of the [n_items] arguments at [items].
static kl_obj_t percent_next(const kl_obj_t *items, size_t n_items, size_t *arg) {
    if (*arg >= n_items) {
        kl_raise_TypeError(KL_ERROR_TEXT("not enough arguments for format string"));
    }
    return items[(*arg)++];
}

// Read a '*' width or precision from the arguments; an int too big for one is an OverflowError
// naming the C type CPython reads it into ([c_type]), anything else a TypeError.
static kl_int_t percent_star(const kl_obj_t *items, size_t n_items, size_t *arg,
                             const char *c_type) {
    kl_obj_t v = percent_next(items, n_items, arg);
    kl_int_t i;
    if (!kl_obj_get_int_maybe(v, &i)) {
        if (kl_obj_is_int(v)) {
            kl_raise_msg_fmt(&kl_type_OverflowError,
                             KL_ERROR_TEXT("Python int too large to convert to C %s"), c_type);
        }
        kl_raise_TypeError(KL_ERROR_TEXT("* wants int"));
    }
    return i;
}

// The number whose decimal digits start at s[*i] (-1 when there are none), a % width or
// precision; [too_big] is the message when it passes what a small int holds.
static kl_int_t percent_digits(const char *s, size_t len, size_t *i, const char *too_big) {
    kl_int_t n = -1;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        n = (n < 0 ? 0 : n * 10) + (s[(*i)++] - '0');
        if (n > KL_SMALL_INT_MAX / 10) {
            kl_raise_ValueError(too_big);
        }
    }
    return n;
}

// The bytes that %s and %b of bytes formatting insert for [value]: a bytes-like value's own, or
// what its __bytes__ returns. The result is a bytes-like object, kept alive by the caller.
static kl_obj_t percent_bytes_arg(kl_obj_t value) {
    if (kl_buffer_check(value)) {
        return value;
    }
    if (is_heap_instance(value)) {
        kl_obj_t dest[2];
        kl_load_special_method_maybe(value, KL_QSTR___bytes__, dest);
        if (dest[0] != KL_OBJ_NULL) {
            kl_obj_t b = kl_call_method_n_kw(0, 0, dest);
            if (!kl_obj_is_bytes(b)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__bytes__ returned non-bytes (type %T)"), b);
            }
            return b;
        }
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("%%b requires a bytes-like object, or an object that implements "
                                   "__bytes__, not '%T'"),
                     value);
}

// The byte that %c of bytes formatting inserts for [value]: an int in range(256) or a bytes or
// bytearray of length 1.
static char percent_byte_arg(kl_obj_t value) {
    if (kl_obj_is_bytes(value) || kl_obj_is_bytearray(value)) {
        const char *d;
        size_t n;
        kl_buffer_get(value, &d, &n, false);
        if (n == 1) {
            return d[0];
        }
    } else {
        kl_int_t c;
        kl_slice_index_result_t r = kl_obj_slice_index_value(value, &c);
        if (r != KL_SLICE_INDEX_NOT_INT) {
            if (r != KL_SLICE_INDEX_OK || c < 0 || c > 255) {
                kl_raise_OverflowError(KL_ERROR_TEXT("%c arg not in range(256)"));
            }
            return (char)c;
        }
    }
    kl_raise_TypeError(KL_ERROR_TEXT("%c requires an integer in range(256) or a single byte"));
}

// Append [len] bytes at [data] to [out] for a %s, %r, %a or %c of bytes formatting: cut to the
// precision, padded to the width with spaces.
static void percent_add_bytes(kl_vstr_t *out, format_spec_t *spec, const char *data, size_t len) {
    if (spec->precision >= 0 && (size_t)spec->precision < len) {
        len = (size_t)spec->precision;
    }
    emit_padded(out, spec, spec->align, ' ', data, len, len, 0);
}

// The printf-style loop of `fmt % args` over the [len] bytes of the format at [s], appending
// to [out]. [bytes] selects the rules of bytes formatting.
static void percent_format(kl_vstr_t *out, const char *s, size_t len, kl_obj_t args, bool bytes) {
    // Where only one of str % and bytes % is built, the other's branches fold away.
    bytes = KL_CFG_STR_PERCENT ? KL_CFG_BYTES_FORMAT && bytes : true;
    const kl_obj_t *items;
    size_t n_items;
    kl_obj_t dict = KL_OBJ_NULL;
    kl_obj_t keyed[1]; // the value a "%(key)" found: the arguments that follow the key
    if (kl_obj_isinstance(args, &kl_type_tuple)) {
        items = kl_obj_tuple_get_items(args, &n_items);
    } else {
        if (KL_CFG_FORMAT_FIELDS_FULL && is_mapping(args, bytes)) {
            dict = args;
        }
        items = &args;
        n_items = 1;
    }
    size_t arg = 0;
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && s[i] != '%') {
            i++;
        }
        kl_vstr_add_strn(out, s + start, i - start);
        if (i >= len) {
            break;
        }
        i++; // the '%'
        if (i >= len) {
            kl_raise_ValueError(KL_ERROR_TEXT("incomplete format"));
        }
        if (s[i] == '%') {
            // Only "%%" is a literal percent sign; after a key, flag, width or precision, '%'
            // is an unknown conversion that takes an argument like any other (CPython).
            kl_vstr_add_byte(out, '%');
            i++;
            continue;
        }
        if (s[i] == '(') {
            if (!KL_CFG_FORMAT_FIELDS_FULL || dict == KL_OBJ_NULL) {
                kl_raise_TypeError(KL_ERROR_TEXT("format requires a mapping"));
            }
            // The key runs to the matching ')'; parentheses may nest inside it.
            size_t kstart = ++i;
            int level = 1;
            while (i < len) {
                if (s[i] == '(') {
                    level++;
                } else if (s[i] == ')' && --level == 0) {
                    break;
                }
                i++;
            }
            if (i >= len) {
                kl_raise_ValueError(KL_ERROR_TEXT("incomplete format key"));
            }
            kl_obj_t key = bytes ? kl_obj_new_bytes(s + kstart, i - kstart)
                                 : kl_obj_new_str(s + kstart, i - kstart);
            // As in CPython, the value found becomes the one argument left: a '*' width takes it
            // ("* wants int" unless it is an int), and a conversion without a key after this
            // one finds none.
            keyed[0] = kl_obj_subscr(dict, key, KL_OBJ_SENTINEL);
            items = keyed;
            n_items = 1;
            arg = 0;
            i++;
        }
        format_spec_t spec = spec_default;
        bool left = false;
        for (; i < len; i++) {
            char c = s[i];
            if (c == '-') {
                left = true;
            } else if (c == '+') {
                spec.sign = '+';
            } else if (c == ' ') {
                if (spec.sign != '+') {
                    spec.sign = ' ';
                }
            } else if (c == '#') {
                spec.alternate = true;
            } else if (c == '0') {
                spec.zero_pad = true;
            } else {
                break;
            }
        }
        if (i < len && s[i] == '*') {
            kl_int_t w = percent_star(items, n_items, &arg, "ssize_t");
            if (w < 0) {
                left = true;
                w = -w;
            }
            spec.width = w;
            i++;
        } else {
            spec.width = percent_digits(s, len, &i, KL_ERROR_TEXT("width too big"));
        }
        if (i < len && s[i] == '.') {
            i++;
            if (i < len && s[i] == '*') {
                kl_int_t p = percent_star(items, n_items, &arg, "int");
                spec.precision = p < 0 ? 0 : p;
                i++;
            } else {
                kl_int_t p = percent_digits(s, len, &i, KL_ERROR_TEXT("precision too big"));
                spec.precision = p < 0 ? 0 : p;
            }
        }
        while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) {
            i++;
        }
        if (i >= len) {
            kl_raise_ValueError(KL_ERROR_TEXT("incomplete format"));
        }
        char type = s[i++];
        kl_obj_t value = percent_next(items, n_items, &arg);
        // '-' beats '0'; both map onto the spec's alignment. Unlike format(), % right-aligns
        // text too.
        if (left) {
            spec.align = '<';
            spec.zero_pad = false;
        } else if (type == 's' || type == 'r' || type == 'a' || type == 'c' ||
                   (bytes && type == 'b')) {
            spec.align = '>';
        }
        if (bytes && (type == 's' || type == 'b')) {
            kl_obj_t b = percent_bytes_arg(value);
            const char *d;
            size_t n;
            kl_buffer_get(b, &d, &n, false);
            percent_add_bytes(out, &spec, d, n);
            continue;
        }
        if (bytes && (type == 'r' || type == 'a')) {
            size_t n;
            const char *d = kl_obj_str_get_data(kl_obj_str_ascii(value), &n);
            percent_add_bytes(out, &spec, d, n);
            continue;
        }
        if (bytes && type == 'c') {
            char c = percent_byte_arg(value);
            spec.precision = -1; // a precision does not cut %c
            percent_add_bytes(out, &spec, &c, 1);
            continue;
        }
        switch (type) {
            case 's':
            case 'r':
#if KL_CFG_BUILTINS_FULL
            case 'a':
#endif
            case 'c': {
                kl_obj_t str;
                if (type != 'c') {
                    str = type == 's'   ? kl_obj_str_of(value, KL_PRINT_STR)
                          : type == 'r' ? kl_obj_str_of(value, KL_PRINT_REPR)
                                        : kl_obj_str_ascii(value);
                } else if (kl_obj_is_str(value)) {
                    if (kl_obj_str_get_charlen(value) != 1) {
                        kl_raise_TypeError(KL_ERROR_TEXT("%c requires int or char"));
                    }
                    str = value;
                } else {
                    // An int, a bool or an object with __index__.
                    kl_int_t c;
                    kl_slice_index_result_t r = kl_obj_slice_index_value(value, &c);
                    if (r == KL_SLICE_INDEX_NOT_INT) {
                        kl_raise_TypeError(KL_ERROR_TEXT("%c requires int or char"));
                    }
                    if (r != KL_SLICE_INDEX_OK || c < 0 || c > KL_UNICODE_MAX) {
                        kl_raise_OverflowError(KL_ERROR_TEXT("%c arg not in range(0x110000)"));
                    }
                    str = kl_obj_str_from_char((uint32_t)c);
                }
                if (type == 'c') {
                    spec.precision = -1; // a precision does not cut %c
                }
                // The numeric flags mean nothing to text, and '0' pads it with spaces.
                spec.sign = 0;
                spec.alternate = false;
                spec.zero_pad = false;
                format_str(out, str, &spec);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                // Bytes formatting reads %i as %d, errors included.
                kl_obj_t iv = percent_int_arg(value, bytes && type == 'i' ? 'd' : type);
                spec.type = type == 'i' || type == 'u' ? 'd' : type;
                // A precision is the least number of digits.
                kl_int_t prec = spec.precision;
                spec.precision = -1;
                format_int(out, iv, &spec, prec);
                break;
            }
#if KL_CFG_FLOAT
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                kl_float_t f;
                if (!kl_obj_get_float_maybe(native_value(value), &f)) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     bytes ? KL_ERROR_TEXT("float argument required, not %T")
                                           : KL_ERROR_TEXT("must be real number, not %T"),
                                     value);
                }
                spec.type = type;
                format_float(out, f, &spec);
                break;
            }
#endif
            default: {
                // CPython shows a non-ASCII or unprintable character as '?', with its code.
                size_t at = bytes ? i - 1 : kl_obj_str_utf8_charlen(s, i - 1);
                const char *p = s + i - 1;
                uint32_t c = bytes ? (uint8_t)*p : kl_obj_str_utf8_decode(&p);
                kl_raise_msg_fmt(&kl_type_ValueError,
                                 KL_ERROR_TEXT("unsupported format character '%c' (0x%x) at "
                                               "index %z"),
                                 (int)(c >= 0x20 && c < 0x7f ? c : '?'), (unsigned)c, at);
            }
        }
    }
    if (arg < n_items && dict == KL_OBJ_NULL) {
        kl_raise_TypeError(bytes ? KL_ERROR_TEXT("not all arguments converted during bytes "
                                                 "formatting")
                                 : KL_ERROR_TEXT("not all arguments converted during string "
                                                 "formatting"));
    }
}

kl_obj_t kl_format_percent(kl_obj_t fmt, kl_obj_t args) {
    size_t len;
    const char *s;
    kl_vstr_t out;
    if (kl_obj_is_str(fmt)) {
#if KL_CFG_STR_PERCENT
        s = kl_obj_str_get_data(fmt, &len);
        kl_vstr_init(&out, len + 16);
        percent_format(&out, s, len, args, false);
        if (len > 0 && memchr(s, '%', len) == NULL) {
            // Nothing was formatted: as in CPython, the format itself (a subclass's too) comes
            // back, once the arguments are found to fit it.
            return fmt;
        }
        return kl_vstr_to_str(&out);
#else
        return KL_OBJ_NULL; // str % args: unsupported operands
#endif
    }
#if !KL_CFG_BYTES_FORMAT
    (void)args;
    return KL_OBJ_NULL; // bytes % args: unsupported operands
#else
    kl_buffer_get(fmt, &s, &len, false);
    bool bytearray = KL_CFG_BYTEARRAY && kl_obj_is_bytearray(fmt);
    if (bytearray) {
        // A __bytes__ or __index__ method could change the bytearray while it is read: read a
        // copy.
        s = kl_obj_str_get_data(kl_obj_new_bytes(s, len), &len);
    }
    kl_vstr_init(&out, len + 16);
    percent_format(&out, s, len, args, true);
#if KL_CFG_BYTEARRAY
    if (bytearray) {
        return kl_obj_bytearray_from_vstr(&out);
    }
#endif
    return kl_vstr_to_bytes(&out);
#endif
}
#endif // KL_CFG_STR_PERCENT || KL_CFG_BYTES_FORMAT
