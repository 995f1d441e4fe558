// vm/mod_binascii.c: the binascii module: hex, base64, uuencode and quoted-printable text, CRCs.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Everything here is a loop over a byte buffer that fills another, so the module is a handful
// of const functions and two const exception classes, all in flash. Inputs that are "ASCII
// data" (the a2b_* functions) may be any bytes-like object or a str of ASCII characters only,
// as in CPython. The CRCs use 16-entry tables, one nibble at a time: 64 and 32 bytes of flash
// instead of the usual 1 KiB and 512 bytes, at twice the table lookups per byte.
//
// a2b_base64 follows CPython's decoder exactly, including its lenient default: characters
// outside the alphabet are skipped, and decoding stops at the padding that completes a
// quantum. strict_mode turns each of those leniencies into a binascii.Error.

#include <string.h>

#include "vm/buffer.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_BINASCII

// ==== Exceptions ====

static const kl_rom_map_elem_t exc_locals_table[] = {
    {KL_ROM_QSTR(__module__), KL_OBJ_NEW_QSTR(KL_QSTR_binascii)},
};
static KL_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_table);

static const kl_obj_type_t binascii_error_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_Error,
    .make_new = kl_exception_make_new,
    .print = kl_exception_print_obj,
    .attr = kl_exception_attr,
    .locals_dict = &exc_locals_dict,
    .parent = &kl_type_ValueError,
};

static const kl_obj_type_t binascii_incomplete_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_Incomplete,
    .make_new = kl_exception_make_new,
    .print = kl_exception_print_obj,
    .attr = kl_exception_attr,
    .locals_dict = &exc_locals_dict,
    .parent = &kl_type_Exception,
};

static KL_NORETURN void raise_error(const char *msg) {
    kl_raise_msg(&binascii_error_type, msg);
}

// ==== Arguments ====

// The bytes of an "ASCII data" argument: bytes-like, or a str of ASCII characters.
static const char *get_ascii_data(kl_obj_t o, size_t *len) {
    if (kl_obj_is_str(o)) {
        const char *data = kl_obj_str_get_data(o, len);
        if (kl_obj_str_get_charlen(o) != *len) {
            kl_raise_ValueError(
                KL_ERROR_TEXT("string argument should contain only ASCII characters"));
        }
        return data;
    }
    const char *data;
    if (!kl_buffer_get_maybe(o, &data, len, false)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("argument should be bytes, buffer or ASCII string, not "
                                       "'%T'"),
                         o);
    }
    return data;
}

// Collect the arguments of a function with [n_names] parameters [names]: the first
// [n_pos] may be given by position, and those from [first_kw] on by keyword (first_kw > 0
// makes the parameters before it positional-only, and required). Missing ones are KL_OBJ_NULL;
// the first parameter is required.
static void parse_args(kl_qstr_t fname, size_t n_args, size_t n_kw, const kl_obj_t *args,
                       const kl_qstr_t *names, size_t n_names, size_t n_pos, size_t first_kw,
                       kl_obj_t *out) {
    if (n_args > n_pos || (first_kw > 0 && n_args < first_kw)) {
        if (first_kw > 0) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%q() takes exactly %z positional argument%s (%z "
                                           "given)"),
                             fname, first_kw, first_kw == 1 ? "" : "s", n_args);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes at most %z arguments (%z given)"), fname, n_pos,
                         n_args + n_kw);
    }
    for (size_t i = 0; i < n_names; i++) {
        out[i] = i < n_args ? args[i] : KL_OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t key = args[n_args + 2 * k];
        kl_qstr_t q = kl_obj_str_get_qstr(key);
        size_t i = first_kw;
        while (i < n_names && names[i] != q) {
            i++;
        }
        if (i == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %q()"), key,
                             fname);
        }
        if (out[i] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %q() given by name ('%q') and position "
                                           "(%z)"),
                             fname, q, i + 1);
        }
        out[i] = args[n_args + 2 * k + 1];
    }
    if (out[0] == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() missing required argument '%q' (pos 1)"), fname,
                         names[0]);
    }
}

// A flag argument: CPython converts it as an int, so a list is a TypeError.
static bool get_flag(kl_obj_t o, bool dflt) {
    return o == KL_OBJ_NULL ? dflt : kl_obj_is_true(kl_obj_index(o));
}

// ==== Hex ====

static const char hex_digits[] = "0123456789abcdef";

// hexlify(data, sep=<none>, bytes_per_sep=1), also known as b2a_hex.
static kl_obj_t hexlify(kl_qstr_t fname, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_sep, KL_QSTR_bytes_per_sep};
    kl_obj_t a[3];
    parse_args(fname, n_args, n_kw, args, names, 3, 3, 0, a);
    const char *data;
    size_t len;
    kl_buffer_get(a[0], &data, &len, false);
    char sep = 0;
    kl_int_t per = 1;
    if (a[1] != KL_OBJ_NULL) {
        if (kl_obj_get_int(kl_obj_len(a[1])) != 1) {
            kl_raise_ValueError(KL_ERROR_TEXT("sep must be length 1."));
        }
        if (kl_obj_is_str(a[1])) {
            const char *s = kl_obj_str_get_data(a[1], &len);
            uint32_t c = kl_obj_str_utf8_decode(&s);
            if (c > 0xff) {
                kl_raise_ValueError(KL_ERROR_TEXT("sep must be ASCII."));
            }
            sep = (char)c;
        } else if (kl_obj_is_bytes(a[1])) {
            sep = kl_obj_str_get_data(a[1], &len)[0];
        } else {
            kl_raise_TypeError(KL_ERROR_TEXT("sep must be str or bytes."));
        }
    }
    if (a[2] != KL_OBJ_NULL) {
        if (!kl_obj_int_to_int_checked(kl_obj_index(a[2]), &per) || per > INT32_MAX ||
            per < INT32_MIN) {
            kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C int"));
        }
    }
    // len(sep) and __index__ may have run Python code that resized a bytearray.
    kl_buffer_get(a[0], &data, &len, false);
    size_t group = per < 0 ? (size_t)0 - (size_t)per : (size_t)per;
    if (a[1] == KL_OBJ_NULL || group == 0 || group >= len) {
        group = 0;
    }
    size_t n_seps = group == 0 ? 0 : (len - 1) / group;
    kl_vstr_t v;
    kl_vstr_init(&v, 2 * len + n_seps);
    // Separators go between groups counted from the right end, or from the left for a
    // negative bytes_per_sep.
    size_t lead = group == 0 ? 0 : per > 0 ? len % group : group;
    if (lead == 0) {
        lead = group;
    }
    for (size_t i = 0; i < len; i++) {
        if (group != 0 && i != 0 && (i == lead || (i > lead && (i - lead) % group == 0))) {
            kl_vstr_add_byte(&v, sep);
        }
        uint8_t b = (uint8_t)data[i];
        kl_vstr_add_byte(&v, hex_digits[b >> 4]);
        kl_vstr_add_byte(&v, hex_digits[b & 15]);
    }
    return kl_vstr_to_bytes(&v);
}

static kl_obj_t binascii_hexlify(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return hexlify(KL_QSTR_hexlify, n_args, n_kw, args);
}
static KL_DEFINE_FUN_KW(binascii_hexlify_obj, hexlify, 0, binascii_hexlify);

static kl_obj_t binascii_b2a_hex(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return hexlify(KL_QSTR_b2a_hex, n_args, n_kw, args);
}
static KL_DEFINE_FUN_KW(binascii_b2a_hex_obj, b2a_hex, 0, binascii_b2a_hex);

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static kl_obj_t binascii_unhexlify(kl_obj_t hexstr) {
    size_t len;
    const char *s = get_ascii_data(hexstr, &len);
    if (len % 2 != 0) {
        raise_error(KL_ERROR_TEXT("Odd-length string"));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, len / 2);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(s[i]);
        int lo = hex_value(s[i + 1]);
        if (hi < 0 || lo < 0) {
            raise_error(KL_ERROR_TEXT("Non-hexadecimal digit found"));
        }
        kl_vstr_add_byte(&v, (char)(hi * 16 + lo));
    }
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_1(binascii_unhexlify_obj, unhexlify, binascii_unhexlify);
static KL_DEFINE_FUN_1(binascii_a2b_hex_obj, a2b_hex, binascii_unhexlify);

// ==== Base64 ====

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

// b2a_base64(data, /, *, newline=True)
static kl_obj_t binascii_b2a_base64(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_newline};
    kl_obj_t a[2];
    parse_args(KL_QSTR_b2a_base64, n_args, n_kw, args, names, 2, 1, 1, a);
    const char *data;
    size_t len;
    kl_buffer_get(a[0], &data, &len, false);
    bool newline = get_flag(a[1], true);
    kl_buffer_get(a[0], &data, &len, false);
    kl_vstr_t v;
    kl_vstr_init(&v, (len + 2) / 3 * 4 + 1);
    const uint8_t *p = (const uint8_t *)data;
    for (size_t i = 0; i < len; i += 3) {
        size_t n = len - i < 3 ? len - i : 3;
        uint32_t w = (uint32_t)p[i] << 16;
        if (n > 1) {
            w |= (uint32_t)p[i + 1] << 8;
        }
        if (n > 2) {
            w |= p[i + 2];
        }
        kl_vstr_add_byte(&v, b64_alphabet[(w >> 18) & 63]);
        kl_vstr_add_byte(&v, b64_alphabet[(w >> 12) & 63]);
        kl_vstr_add_byte(&v, n > 1 ? b64_alphabet[(w >> 6) & 63] : '=');
        kl_vstr_add_byte(&v, n > 2 ? b64_alphabet[w & 63] : '=');
    }
    if (newline) {
        kl_vstr_add_byte(&v, '\n');
    }
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_KW(binascii_b2a_base64_obj, b2a_base64, 0, binascii_b2a_base64);

// a2b_base64(data, /, *, strict_mode=False)
static kl_obj_t binascii_a2b_base64(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_strict_mode};
    kl_obj_t a[2];
    parse_args(KL_QSTR_a2b_base64, n_args, n_kw, args, names, 2, 1, 1, a);
    size_t len;
    get_ascii_data(a[0], &len);
    bool strict = get_flag(a[1], false);
    const uint8_t *s = (const uint8_t *)get_ascii_data(a[0], &len);
    kl_vstr_t v;
    kl_vstr_init(&v, len / 4 * 3 + 3);
    unsigned quad = 0; // data characters in the current group of four
    uint32_t bits = 0; // the bits of the group not yet written
    unsigned pads = 0; // '=' seen since the last data character
    bool padding = false;
    size_t n_data = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if (c == '=') {
            if (strict && i == 0) {
                raise_error(KL_ERROR_TEXT("Leading padding not allowed"));
            }
            padding = true;
            // Padding after two or three data characters ends the data once the group of
            // four is complete.
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < len) {
                    raise_error(KL_ERROR_TEXT("Excess data after padding"));
                }
                return kl_vstr_to_bytes(&v);
            }
            continue;
        }
        int d = b64_value(c);
        if (d < 0) {
            if (strict) {
                raise_error(KL_ERROR_TEXT("Only base64 data is allowed"));
            }
            continue;
        }
        if (strict && padding) {
            raise_error(KL_ERROR_TEXT("Discontinuous padding not allowed"));
        }
        pads = 0;
        n_data++;
        bits = (bits << 6) | (uint32_t)d;
        switch (quad) {
            case 0:
                quad = 1;
                break;
            case 1:
                kl_vstr_add_byte(&v, (char)(bits >> 4));
                bits &= 0x0f;
                quad = 2;
                break;
            case 2:
                kl_vstr_add_byte(&v, (char)(bits >> 2));
                bits &= 0x03;
                quad = 3;
                break;
            default:
                kl_vstr_add_byte(&v, (char)bits);
                bits = 0;
                quad = 0;
                break;
        }
    }
    if (quad == 1) {
        kl_raise_msg_fmt(&binascii_error_type,
                         KL_ERROR_TEXT("Invalid base64-encoded string: number of data characters "
                                       "(%z) cannot be 1 more than a multiple of 4"),
                         n_data);
    }
    if (quad != 0) {
        raise_error(KL_ERROR_TEXT("Incorrect padding"));
    }
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_KW(binascii_a2b_base64_obj, a2b_base64, 0, binascii_a2b_base64);

// ==== uuencode ====

// b2a_uu(data, /, *, backtick=False): one line of at most 45 bytes.
static kl_obj_t binascii_b2a_uu(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_backtick};
    kl_obj_t a[2];
    parse_args(KL_QSTR_b2a_uu, n_args, n_kw, args, names, 2, 1, 1, a);
    const char *data;
    size_t len;
    kl_buffer_get(a[0], &data, &len, false);
    bool backtick = get_flag(a[1], false);
    kl_buffer_get(a[0], &data, &len, false);
    if (len > 45) {
        raise_error(KL_ERROR_TEXT("At most 45 bytes at once"));
    }
    // Each 6-bit value is written as ' ' + value; backtick writes zero as '`' instead.
    char zero = backtick ? '`' : ' ';
    kl_vstr_t v;
    kl_vstr_init(&v, 2 + (len + 2) / 3 * 4);
    kl_vstr_add_byte(&v, len == 0 ? zero : (char)(' ' + len));
    const uint8_t *p = (const uint8_t *)data;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t w = (uint32_t)p[i] << 16;
        if (i + 1 < len) {
            w |= (uint32_t)p[i + 1] << 8;
        }
        if (i + 2 < len) {
            w |= p[i + 2];
        }
        for (int shift = 18; shift >= 0; shift -= 6) {
            unsigned d = (w >> shift) & 63;
            kl_vstr_add_byte(&v, d == 0 ? zero : (char)(' ' + d));
        }
    }
    kl_vstr_add_byte(&v, '\n');
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_KW(binascii_b2a_uu_obj, b2a_uu, 0, binascii_b2a_uu);

// a2b_uu(data, /): the first character gives the number of bytes; missing characters at the
// end of the line count as zeros, and only spaces, backticks and line ends may follow.
static kl_obj_t binascii_a2b_uu(kl_obj_t arg) {
    size_t len;
    const uint8_t *s = (const uint8_t *)get_ascii_data(arg, &len);
    // An empty line reads its first character as NUL, as CPython's decoder does.
    size_t n = (size_t)(((len > 0 ? s[0] : 0) - ' ') & 63);
    kl_vstr_t v;
    kl_vstr_init(&v, n);
    char *out = kl_vstr_extend(&v, n);
    size_t i = 1;
    uint32_t bits = 0;
    unsigned n_bits = 0;
    for (size_t o = 0; o < n; i++) {
        unsigned d = 0;
        if (i < len && s[i] != '\n' && s[i] != '\r') {
            if (s[i] < ' ' || s[i] > ' ' + 64) {
                raise_error(KL_ERROR_TEXT("Illegal char"));
            }
            d = (s[i] - ' ') & 63;
        }
        bits = (bits << 6) | d;
        n_bits += 6;
        if (n_bits >= 8) {
            n_bits -= 8;
            out[o++] = (char)(bits >> n_bits);
            bits &= (1u << n_bits) - 1;
        }
    }
    for (; i < len; i++) {
        if (s[i] != ' ' && s[i] != ' ' + 64 && s[i] != '\n' && s[i] != '\r') {
            raise_error(KL_ERROR_TEXT("Trailing garbage"));
        }
    }
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_1(binascii_a2b_uu_obj, a2b_uu, binascii_a2b_uu);

// ==== Quoted-printable ====

#define QP_LINE_MAX (76)

static const char hex_upper[] = "0123456789ABCDEF";

// a2b_qp(data, header=False)
static kl_obj_t binascii_a2b_qp(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_header};
    kl_obj_t a[2];
    parse_args(KL_QSTR_a2b_qp, n_args, n_kw, args, names, 2, 2, 0, a);
    size_t len;
    get_ascii_data(a[0], &len);
    bool header = get_flag(a[1], false);
    const char *s = get_ascii_data(a[0], &len);
    kl_vstr_t v;
    kl_vstr_init(&v, len);
    size_t i = 0;
    while (i < len) {
        char c = s[i++];
        if (c == '_' && header) {
            kl_vstr_add_byte(&v, ' ');
        } else if (c != '=') {
            kl_vstr_add_byte(&v, c);
        } else if (i == len) {
            break;
        } else if (s[i] == '\n' || s[i] == '\r') {
            // A soft line break: skip to the end of the line.
            while (i < len && s[i] != '\n') {
                i++;
            }
            i += i < len;
        } else if (s[i] == '=') {
            // "==" decodes as "=", as old Python encoders wrote it.
            kl_vstr_add_byte(&v, '=');
            i++;
        } else if (i + 1 < len && hex_value(s[i]) >= 0 && hex_value(s[i + 1]) >= 0) {
            kl_vstr_add_byte(&v, (char)(hex_value(s[i]) * 16 + hex_value(s[i + 1])));
            i += 2;
        } else {
            kl_vstr_add_byte(&v, '=');
        }
    }
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_KW(binascii_a2b_qp_obj, a2b_qp, 0, binascii_a2b_qp);

// The state of the quoted-printable encoder: the output and the length of its current line.
typedef struct _qp_out_t {
    kl_vstr_t v;
    size_t line_len;
    bool crlf;
} qp_out_t;

static void qp_newline(qp_out_t *q, bool soft) {
    if (soft) {
        kl_vstr_add_byte(&q->v, '=');
    }
    if (q->crlf) {
        kl_vstr_add_byte(&q->v, '\r');
    }
    kl_vstr_add_byte(&q->v, '\n');
    q->line_len = 0;
}

static void qp_add_escape(qp_out_t *q, uint8_t c) {
    kl_vstr_add_byte(&q->v, '=');
    kl_vstr_add_byte(&q->v, hex_upper[c >> 4]);
    kl_vstr_add_byte(&q->v, hex_upper[c & 15]);
}

// b2a_qp(data, quotetabs=False, istext=True, header=False)
static kl_obj_t binascii_b2a_qp(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[] = {KL_QSTR_data, KL_QSTR_quotetabs, KL_QSTR_istext,
                                      KL_QSTR_header};
    kl_obj_t a[4];
    parse_args(KL_QSTR_b2a_qp, n_args, n_kw, args, names, 4, 4, 0, a);
    const char *data;
    size_t len;
    kl_buffer_get(a[0], &data, &len, false);
    bool quotetabs = get_flag(a[1], false);
    bool istext = get_flag(a[2], true);
    bool header = get_flag(a[3], false);
    kl_buffer_get(a[0], &data, &len, false);
    const uint8_t *s = (const uint8_t *)data;
    qp_out_t q;
    kl_vstr_init(&q.v, len + len / 8 + 8);
    q.line_len = 0;
    // The output's line ends are CRLF when the first line end of the input is.
    const uint8_t *nl = memchr(s, '\n', len);
    q.crlf = nl != NULL && nl > s && nl[-1] == '\r';
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        bool last = i + 1 == len;
        bool is_blank = c == ' ' || c == '\t';
        bool quote = c > 126 || c == '=' || (header && c == '_') ||
                     (c == '.' && q.line_len == 0 &&
                      (last || s[i + 1] == '\n' || s[i + 1] == '\r' || s[i + 1] == 0)) ||
                     (!istext && (c == '\r' || c == '\n')) || (is_blank && last) ||
                     (c < 33 && c != '\r' && c != '\n' && (quotetabs || !is_blank));
        if (quote) {
            if (q.line_len + 3 >= QP_LINE_MAX) {
                qp_newline(&q, true);
            }
            qp_add_escape(&q, c);
            q.line_len += 3;
            i++;
        } else if (istext && (c == '\n' || (c == '\r' && !last && s[i + 1] == '\n'))) {
            // A line end. A blank just before it would be lost by mail transports: quote it.
            if (q.v.len > 0 && (q.v.buf[q.v.len - 1] == ' ' || q.v.buf[q.v.len - 1] == '\t')) {
                uint8_t b = (uint8_t)q.v.buf[q.v.len - 1];
                q.v.len--;
                qp_add_escape(&q, b);
            }
            qp_newline(&q, false);
            i += c == '\r' ? 2 : 1;
        } else {
            if (!last && s[i + 1] != '\n' && q.line_len + 1 >= QP_LINE_MAX) {
                qp_newline(&q, true);
            }
            kl_vstr_add_byte(&q.v, header && c == ' ' ? '_' : (char)c);
            q.line_len++;
            i++;
        }
    }
    return kl_vstr_to_bytes(&q.v);
}
static KL_DEFINE_FUN_KW(binascii_b2a_qp_obj, b2a_qp, 0, binascii_b2a_qp);

// ==== CRCs ====

// The low 32 (or 16) bits of an int argument, as a C unsigned conversion takes them.
static uint32_t get_low_bits(kl_obj_t o) {
    kl_obj_t low = kl_obj_int_binary_op(KL_BINARY_OP_AND, kl_obj_index(o),
                                        kl_obj_new_int_from_u64(0xffffffffu));
    uint64_t mag;
    bool neg;
    kl_obj_int_get_mag64(low, &mag, &neg);
    return (uint32_t)mag;
}

// CRC-32 (the reflected polynomial 0xedb88320) of each value of a nibble.
static const uint32_t crc32_nibbles[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

// crc32(data, value=0, /)
static kl_obj_t binascii_crc32(size_t n_args, const kl_obj_t *args) {
    const char *data;
    size_t len;
    kl_buffer_get(args[0], &data, &len, false);
    uint32_t crc = n_args > 1 ? get_low_bits(args[1]) : 0;
    kl_buffer_get(args[0], &data, &len, false);
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint8_t)data[i];
        crc = (crc >> 4) ^ crc32_nibbles[crc & 15];
        crc = (crc >> 4) ^ crc32_nibbles[crc & 15];
    }
    return kl_obj_new_int_from_u64(~crc);
}
static KL_DEFINE_FUN_VAR(binascii_crc32_obj, crc32, 1, 2, binascii_crc32);

// CRC-CCITT (the polynomial 0x1021, most significant bit first) of each value of a nibble.
static const uint16_t crc_hqx_nibbles[16] = {
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7,
    0x8108, 0x9129, 0xa14a, 0xb16b, 0xc18c, 0xd1ad, 0xe1ce, 0xf1ef,
};

// crc_hqx(data, value, /)
static kl_obj_t binascii_crc_hqx(kl_obj_t buf, kl_obj_t value) {
    const char *data;
    size_t len;
    kl_buffer_get(buf, &data, &len, false);
    uint32_t crc = get_low_bits(value) & 0xffff;
    kl_buffer_get(buf, &data, &len, false);
    for (size_t i = 0; i < len; i++) {
        uint8_t b = (uint8_t)data[i];
        crc = ((crc << 4) ^ crc_hqx_nibbles[((crc >> 12) ^ (b >> 4)) & 15]) & 0xffff;
        crc = ((crc << 4) ^ crc_hqx_nibbles[((crc >> 12) ^ (b & 15)) & 15]) & 0xffff;
    }
    return KL_OBJ_NEW_SMALL_INT(crc);
}
static KL_DEFINE_FUN_2(binascii_crc_hqx_obj, crc_hqx, binascii_crc_hqx);

// Sorted by name (ASCII order): const dicts are searched by bisection.
static const kl_rom_map_elem_t binascii_globals_table[] = {
    {KL_ROM_QSTR(Error), KL_ROM_PTR(&binascii_error_type)},
    {KL_ROM_QSTR(Incomplete), KL_ROM_PTR(&binascii_incomplete_type)},
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_binascii)},
    {KL_ROM_QSTR(a2b_base64), KL_ROM_PTR(&binascii_a2b_base64_obj)},
    {KL_ROM_QSTR(a2b_hex), KL_ROM_PTR(&binascii_a2b_hex_obj)},
    {KL_ROM_QSTR(a2b_qp), KL_ROM_PTR(&binascii_a2b_qp_obj)},
    {KL_ROM_QSTR(a2b_uu), KL_ROM_PTR(&binascii_a2b_uu_obj)},
    {KL_ROM_QSTR(b2a_base64), KL_ROM_PTR(&binascii_b2a_base64_obj)},
    {KL_ROM_QSTR(b2a_hex), KL_ROM_PTR(&binascii_b2a_hex_obj)},
    {KL_ROM_QSTR(b2a_qp), KL_ROM_PTR(&binascii_b2a_qp_obj)},
    {KL_ROM_QSTR(b2a_uu), KL_ROM_PTR(&binascii_b2a_uu_obj)},
    {KL_ROM_QSTR(crc32), KL_ROM_PTR(&binascii_crc32_obj)},
    {KL_ROM_QSTR(crc_hqx), KL_ROM_PTR(&binascii_crc_hqx_obj)},
    {KL_ROM_QSTR(hexlify), KL_ROM_PTR(&binascii_hexlify_obj)},
    {KL_ROM_QSTR(unhexlify), KL_ROM_PTR(&binascii_unhexlify_obj)},
};
static KL_DEFINE_CONST_DICT(binascii_globals_dict, binascii_globals_table);

const kl_obj_module_t kl_module_binascii = {{&kl_type_module}, &binascii_globals_dict};

#endif // KL_CFG_MODULE_BINASCII
