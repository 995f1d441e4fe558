// vm/obj_str.c: the str and bytes types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Text is stored as UTF-8, the encoding source files, terminals and most protocols already use,
// so printing a string or compiling a literal never converts anything. The price is that
// indexing by code point is a walk; every heap str therefore records its code point count
// ([charlen]) next to its byte count ([len]), and when the two are equal, which they are for
// all-ASCII text, every operation takes the byte-indexed fast path. A bytes object is the same
// struct with a different type and charlen == len, so the searching, splitting, stripping and
// padding code below serves both types: it works on a strv_t view (bytes, lengths and which type)
// and builds results of the type of self. bytearray (vm/obj_bytearray.c) shares the bytes code
// too: its view is a bytes view marked [bytearray], whose results are new bytearrays, and
// arguments of bytes methods may be any bytes-like object (vm/buffer.h). bytearray's method
// table is therefore here, next to the bytes methods that make up most of it.
//
// A str value comes in two encodings: a qstr immediate (names and literals, no heap memory) or
// a kl_obj_str_t whose bytes follow the header in the same block. Nothing outside this file
// needs to know which one it holds. Both hash with kl_qstr_compute_hash, and equality compares
// text unless both are qstrs (interning makes equal qstrs identical). Strings are not interned
// at run time: an interned name lives forever, and a program that builds many strings would
// exhaust the heap. The empty string is the qstr for "", and the 128 one-character ASCII
// strings are const objects in flash, so iterating over ASCII text allocates nothing.
//
// Unicode properties (case, letters, digits, spaces, printability, identifiers) come from the
// full character database in vm/unicode_db.c when KL_CFG_UNICODE_DB is on, with CPython's full
// case mappings and the final sigma rule. Smaller builds use the range tables below, which
// cover ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic plus the common space, CJK and
// digit ranges; elsewhere a code point counts as a printable non-letter without case. The
// smallest builds (KL_CFG_UNICODE_LETTERS=0) leave out the letter and case tables: a letter or
// case question about a non-ASCII character raises NotImplementedError instead of guessing.
//
// The smallest builds go further (KL_CFG_STR_UNICODE=0): every str is ASCII. The constructors
// refuse other bytes (kl_obj_str_new_charlen), so charlen == len always, the UTF-8 helpers of
// vm/obj_str.h become byte steps and every UTF-8 path below folds away; the lexer, chr() and
// bytes.decode report their own errors before it comes to that.

#include <string.h>

#include "vm/buffer.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/unicode_db.h"
#include "vm/vstr.h"

// A check that only picks the wording of an error which a later check raises anyway, as the same
// exception: without error text (KL_CFG_ERROR_TEXT) there is nothing to word, and it goes.
#define WORDING_ONLY(cond) (KL_CFG_ERROR_TEXT && (cond))

// ==== UTF-8 ====

size_t kl_obj_str_ascii_prefix(const char *s, size_t len) {
    size_t i = 0;
    while (i < len && (uint8_t)s[i] < 0x80) {
        i++;
    }
    return i;
}

static inline bool utf8_is_cont(char c) {
    return ((uint8_t)c & 0xc0) == 0x80;
}

#if KL_CFG_STR_UNICODE
size_t kl_obj_str_new_charlen(const char *s, size_t len) {
    return kl_obj_str_utf8_charlen(s, len);
}

size_t kl_obj_str_utf8_encode(uint32_t cp, char *buf) {
    if (cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    // Continuation bytes carry 6 bits each from the end; the lead byte has n high bits set.
    size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (size_t i = n - 1; i > 0; i--) {
        buf[i] = (char)(0x80 | (cp & 0x3f));
        cp >>= 6;
    }
    buf[0] = (char)((0xf00 >> n) | cp);
    return n;
}

uint32_t kl_obj_str_utf8_decode(const char **p) {
    const uint8_t *s = (const uint8_t *)*p;
    uint32_t c = *s++;
    if (c >= 0x80) {
        // The lead byte's low bits, then 6 bits from each of the [n] continuation bytes.
        int n = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        c &= 0x3fu >> n;
        while (n-- > 0) {
            c = c << 6 | (*s++ & 0x3f);
        }
    }
    *p = (const char *)s;
    return c;
}

size_t kl_obj_str_utf8_charlen(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += !utf8_is_cont(s[i]);
    }
    return n;
}

size_t kl_obj_str_utf8_offset(const char *s, size_t len, size_t charlen, size_t index) {
    if (charlen == len || index == 0) {
        return index;
    }
    if (index >= charlen) {
        return len;
    }
    // Walk from whichever end is nearer.
    if (index <= charlen / 2) {
        size_t i = 0;
        while (index > 0) {
            i++;
            while (utf8_is_cont(s[i])) {
                i++;
            }
            index--;
        }
        return i;
    }
    size_t i = len;
    size_t back = charlen - index;
    while (back > 0) {
        i--;
        while (utf8_is_cont(s[i])) {
            i--;
        }
        back--;
    }
    return i;
}
#else
size_t kl_obj_str_new_charlen(const char *s, size_t len) {
    size_t i = kl_obj_str_ascii_prefix(s, len);
    if (i < len) {
        kl_raise(kl_obj_new_unicode_error(&kl_type_UnicodeDecodeError, "ascii",
                                          kl_obj_new_bytes(s, len), i, i + 1,
                                          KL_ERROR_TEXT("ordinal not in range(128)")));
    }
    return len;
}
#endif // KL_CFG_STR_UNICODE

size_t kl_obj_str_utf8_check(const char *str, size_t len, size_t *bad_len, const char **reason) {
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0;
    size_t bad = 1;
    const char *why = "invalid start byte";
    while (i < len) {
        uint8_t c = s[i];
        size_t need = 0;
        uint8_t lo = 0x80, hi = 0xbf; // the allowed range of the second byte
        if (c < 0x80) {
            // ASCII
        } else if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0; // no overlong forms
            } else if (c == 0xed) {
                hi = 0x9f; // no surrogates
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f; // nothing above U+10FFFF
            }
        } else {
            goto fail;
        }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len) {
                // Truncated: every byte up to the end belongs to the bad sequence.
                bad = len - i;
                why = "unexpected end of data";
                goto fail;
            }
            uint8_t b = s[i + k];
            if (b < lo || b > hi) {
                bad = k;
                why = "invalid continuation byte";
                goto fail;
            }
            lo = 0x80; // the bytes after the second take any continuation byte
            hi = 0xbf;
        }
        i += need + 1;
    }
    return len;
fail:
    if (bad_len != NULL) {
        *bad_len = bad;
    }
    if (reason != NULL) {
        *reason = why;
    }
    return i;
}

// ==== Character classes ====
#if KL_CFG_UNICODE_DB
// The properties come from the Unicode database (vm/unicode_db.c); ASCII takes a short cut.

static bool udb_has(uint32_t c, uint16_t flag) {
    return (kl_udb_get(c)->flags & flag) != 0;
}

bool kl_obj_str_char_isalpha(uint32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return udb_has(c, KL_UDB_ALPHA);
}

bool kl_obj_str_char_isdecimal(uint32_t c) {
    return c < 0x80 ? c >= '0' && c <= '9' : udb_has(c, KL_UDB_DECIMAL);
}

bool kl_obj_str_char_isdigit(uint32_t c) {
    return c < 0x80 ? c >= '0' && c <= '9' : udb_has(c, KL_UDB_DIGIT);
}

bool kl_obj_str_char_isnumeric(uint32_t c) {
    return c < 0x80 ? c >= '0' && c <= '9' : udb_has(c, KL_UDB_NUMERIC);
}

bool kl_obj_str_char_isspace(uint32_t c) {
    return udb_has(c, KL_UDB_SPACE);
}

bool kl_obj_str_char_isprintable(uint32_t c) {
    if (c >= 0x20 && c < 0x7f) {
        return true;
    }
    return udb_has(c, KL_UDB_PRINTABLE);
}

uint32_t kl_obj_str_char_toupper(uint32_t c) {
    return (uint32_t)((int32_t)c + kl_udb_get(c)->upper);
}

uint32_t kl_obj_str_char_tolower(uint32_t c) {
    return (uint32_t)((int32_t)c + kl_udb_get(c)->lower);
}

bool kl_obj_str_char_isupper(uint32_t c) {
    return udb_has(c, KL_UDB_UPPER);
}

bool kl_obj_str_char_islower(uint32_t c) {
    return udb_has(c, KL_UDB_LOWER);
}

// Title case letters (the digraphs U+01C5, U+01C8, ...): neither upper nor lower case.
static bool char_istitle(uint32_t c) {
    return c >= 0x80 && udb_has(c, KL_UDB_TITLE);
}

static bool char_iscased(uint32_t c) {
    return udb_has(c, KL_UDB_CASED);
}

// Skipped over by the final sigma rule of lower(): apostrophes, combining marks, modifiers.
static bool char_iscase_ignorable(uint32_t c) {
    return udb_has(c, KL_UDB_CASE_IGNORABLE);
}

bool kl_obj_str_char_isident(uint32_t c, bool first) {
    if (c < 0x80) {
        return c == '_' || kl_obj_str_char_isalpha(c) || (!first && c >= '0' && c <= '9');
    }
    return udb_has(c, first ? KL_UDB_ID_START : KL_UDB_ID_CONTINUE);
}

#else
#if KL_CFG_STR_UNICODE || KL_CFG_UNICODE_LETTERS
// Ranges of code points, sorted, for the properties that do not follow a simple formula.

// 16 bits a bound: the few ranges above U+FFFF are tested in code where they are needed.
typedef struct _char_range_t {
    uint16_t lo;
    uint16_t hi;
} char_range_t;

static bool in_ranges(const char_range_t *r, size_t n, uint32_t c) {
    if (c > 0xffff) {
        return false;
    }
    size_t a = 0, b = n;
    while (a < b) {
        size_t m = (a + b) / 2;
        if (c < r[m].lo) {
            b = m;
        } else if (c > r[m].hi) {
            a = m + 1;
        } else {
            return true;
        }
    }
    return false;
}
#define IN_RANGES(table, c) in_ranges(table, sizeof(table) / sizeof(table[0]), c)
#endif

#if KL_CFG_UNICODE_LETTERS
// Letters (Unicode categories L*) outside ASCII.
static const char_range_t alpha_ranges[] = {
    {0x00aa, 0x00aa}, {0x00b5, 0x00b5}, {0x00ba, 0x00ba}, {0x00c0, 0x00d6}, {0x00d8, 0x00f6},
    {0x00f8, 0x02c1}, {0x02c6, 0x02d1}, {0x02e0, 0x02e4}, {0x0370, 0x0374}, {0x0376, 0x0377},
    {0x037a, 0x037d}, {0x037f, 0x037f}, {0x0386, 0x0386}, {0x0388, 0x038a}, {0x038c, 0x038c},
    {0x038e, 0x03a1}, {0x03a3, 0x03f5}, {0x03f7, 0x0481}, {0x048a, 0x052f}, {0x0531, 0x0556},
    {0x0561, 0x0587}, {0x05d0, 0x05ea}, {0x0620, 0x064a}, {0x0671, 0x06d3}, {0x0904, 0x0939},
    {0x0e01, 0x0e30}, {0x10a0, 0x10c5}, {0x10d0, 0x10fa}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d},
    {0x1f20, 0x1f45}, {0x1f48, 0x1f4d}, {0x1f50, 0x1f57}, {0x1f59, 0x1f7d}, {0x1f80, 0x1fb4},
    {0x1fb6, 0x1fbc}, {0x3041, 0x3096}, {0x30a1, 0x30fa}, {0x3105, 0x312f}, {0x3400, 0x4dbf},
    {0x4e00, 0x9fff}, {0xac00, 0xd7a3}, {0xf900, 0xfa6d}, {0xff21, 0xff3a}, {0xff41, 0xff5a},
    {0xff66, 0xffdc},
};
#endif // KL_CFG_UNICODE_LETTERS

#if KL_CFG_STR_UNICODE
// Decimal digits (category Nd) outside ASCII: the first of each block of ten.
static const uint16_t decimal_starts[] = {
    0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6,
    0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0xff10,
};

// Digits that are not decimal (superscripts, circled digits).
static const char_range_t digit_ranges[] = {
    {0x00b2, 0x00b3}, {0x00b9, 0x00b9}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490},
};

// Numeric characters that are not digits (fractions, Roman numerals, CJK numerals).
static const char_range_t numeric_ranges[] = {
    {0x00bc, 0x00be}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487},
    {0x2491, 0x249b}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x4e00, 0x4e00}, {0x4e03, 0x4e03},
    {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c}, {0x4e94, 0x4e94},
    {0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56db, 0x56db},
    {0x767e, 0x767e},
};

// White space (bidirectional class WS, B or S, or category Zs).
static const char_range_t space_ranges[] = {
    {0x0009, 0x000d}, {0x001c, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0}, {0x1680, 0x1680},
    {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

// Not printable: control, format, separator (except ' '), surrogate, private use, and the
// unassigned code points of the blocks above.
static const char_range_t unprintable_ranges[] = {
    {0x0000, 0x001f}, {0x007f, 0x00a0}, {0x00ad, 0x00ad}, {0x0378, 0x0379}, {0x0380, 0x0383},
    {0x038b, 0x038b}, {0x038d, 0x038d}, {0x03a2, 0x03a2}, {0x0530, 0x0530}, {0x0557, 0x0558},
    {0x058b, 0x058c}, {0x0590, 0x0590}, {0x0600, 0x0605}, {0x061c, 0x061c}, {0x06dd, 0x06dd},
    {0x070f, 0x070f}, {0x1680, 0x1680}, {0x180e, 0x180e}, {0x2000, 0x200f}, {0x2028, 0x202e},
    {0x205f, 0x2064}, {0x2066, 0x206f}, {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff},
    {0xfff0, 0xfffb}, {0xfffe, 0xffff},
};
#endif // KL_CFG_STR_UNICODE

#if KL_CFG_UNICODE_LETTERS
bool kl_obj_str_char_isalpha(uint32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return IN_RANGES(alpha_ranges, c) || (c >= 0x20000 && c <= 0x2a6df); // CJK Extension B
}
#endif

#if KL_CFG_STR_UNICODE
// The value of decimal digit [c], or -1.
static int decimal_value(uint32_t c) {
    if (c - '0' < 10) {
        return (int)(c - '0');
    }
    for (size_t i = 0; i < sizeof(decimal_starts) / sizeof(decimal_starts[0]); i++) {
        if (c - decimal_starts[i] < 10) {
            return (int)(c - decimal_starts[i]);
        }
    }
    return -1;
}

bool kl_obj_str_char_isdecimal(uint32_t c) {
    return decimal_value(c) >= 0;
}

bool kl_obj_str_char_isdigit(uint32_t c) {
    return kl_obj_str_char_isdecimal(c) || (c >= 0x80 && IN_RANGES(digit_ranges, c));
}

bool kl_obj_str_char_isnumeric(uint32_t c) {
    return kl_obj_str_char_isdigit(c) || (c >= 0x80 && IN_RANGES(numeric_ranges, c));
}

bool kl_obj_str_char_isspace(uint32_t c) {
    return IN_RANGES(space_ranges, c);
}

bool kl_obj_str_char_isprintable(uint32_t c) {
    if (c >= 0x20 && c < 0x7f) {
        return true;
    }
    if (c > 0xffff) {
        // Format characters, tags, private use.
        return !((c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
                 (c >= 0xe0000 && c <= 0xe0fff) || c >= 0xf0000);
    }
    return !IN_RANGES(unprintable_ranges, c);
}
#else
// Every str is ASCII (KL_CFG_STR_UNICODE=0), and ASCII's classes are formulas; any other code
// point is none of them.

static int decimal_value(uint32_t c) {
    return c - '0' < 10 ? (int)(c - '0') : -1;
}

bool kl_obj_str_char_isdecimal(uint32_t c) {
    return c - '0' < 10;
}

bool kl_obj_str_char_isdigit(uint32_t c) {
    return c - '0' < 10;
}

bool kl_obj_str_char_isnumeric(uint32_t c) {
    return c - '0' < 10;
}

bool kl_obj_str_char_isspace(uint32_t c) {
    // \t \n \v \f \r, the separators \x1c-\x1f and the space.
    return c == ' ' || c - '\t' < 5 || c - 0x1c < 4;
}

bool kl_obj_str_char_isprintable(uint32_t c) {
    return c - 0x20 < 0x5f;
}
#endif // KL_CFG_STR_UNICODE

#if KL_CFG_UNICODE_LETTERS
// The blocks of Latin Extended-A and Cyrillic where case pairs are adjacent code points: in
// [lo, hi], the upper case letter is the one whose parity is [upper_parity].
typedef struct _case_pairs_t {
    uint16_t lo;
    uint16_t hi;
    uint16_t upper_parity;
} case_pairs_t;

static const case_pairs_t case_pairs[] = {
    {0x0100, 0x012f, 0}, {0x0132, 0x0137, 0}, {0x0139, 0x0148, 1}, {0x014a, 0x0177, 0},
    {0x0179, 0x017e, 1}, {0x01a0, 0x01a5, 0}, {0x01cd, 0x01dc, 1}, {0x01de, 0x01ef, 0},
    {0x01f8, 0x021f, 0}, {0x0222, 0x0233, 0}, {0x03d8, 0x03ef, 0}, {0x0460, 0x0481, 0},
    {0x048a, 0x04bf, 0}, {0x04c1, 0x04ce, 1}, {0x04d0, 0x052f, 0}, {0x1e00, 0x1e95, 0},
    {0x1ea0, 0x1eff, 0},
};

// For [c] in a pair block: its partner with the case [to_upper], or c.
static uint32_t case_pair(uint32_t c, bool to_upper) {
    for (size_t i = 0; i < sizeof(case_pairs) / sizeof(case_pairs[0]); i++) {
        const case_pairs_t *p = &case_pairs[i];
        if (c >= p->lo && c <= p->hi) {
            bool is_upper = (c & 1) == p->upper_parity;
            if (is_upper == to_upper) {
                return c;
            }
            // The partner must lie in the block too (the block edges may be unpaired).
            uint32_t partner = is_upper ? c + 1 : c - 1;
            return partner >= p->lo && partner <= p->hi ? partner : c;
        }
    }
    return c;
}

uint32_t kl_obj_str_char_toupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z' ? c - 0x20 : c;
    }
    if (c < 0x100) {
        if (c >= 0xe0 && c <= 0xfe && c != 0xf7) {
            return c - 0x20;
        }
        if (c == 0xff) {
            return 0x178;
        }
        return c == 0xb5 ? 0x39c : c;
    }
    if (c < 0x370) {
        if (c == 0x131) {
            return 'I';
        }
        if (c == 0x17f) {
            return 'S';
        }
        return case_pair(c, true);
    }
    if (c < 0x400) {
        // Greek.
        if ((c >= 0x3b1 && c <= 0x3c1) || (c >= 0x3c3 && c <= 0x3cb)) {
            return c - 0x20;
        }
        switch (c) {
            case 0x3c2:
                return 0x3a3; // final sigma
            case 0x3ac:
                return 0x386;
            case 0x3ad:
            case 0x3ae:
            case 0x3af:
                return c - 0x25;
            case 0x3cc:
                return 0x38c;
            case 0x3cd:
            case 0x3ce:
                return c - 0x3f;
            default:
                return case_pair(c, true);
        }
    }
    if (c < 0x530) {
        // Cyrillic.
        if (c >= 0x430 && c <= 0x44f) {
            return c - 0x20;
        }
        if (c >= 0x450 && c <= 0x45f) {
            return c - 0x50;
        }
        return case_pair(c, true);
    }
    if (c >= 0x561 && c <= 0x586) {
        return c - 0x30; // Armenian
    }
    if (c >= 0xff41 && c <= 0xff5a) {
        return c - 0x20; // full-width Latin
    }
    return case_pair(c, true);
}

uint32_t kl_obj_str_char_tolower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
    }
    if (c < 0x100) {
        return c >= 0xc0 && c <= 0xde && c != 0xd7 ? c + 0x20 : c;
    }
    if (c < 0x370) {
        if (c == 0x130) {
            return 'i';
        }
        if (c == 0x178) {
            return 0xff;
        }
        return case_pair(c, false);
    }
    if (c < 0x400) {
        if ((c >= 0x391 && c <= 0x3a1) || (c >= 0x3a3 && c <= 0x3ab)) {
            return c + 0x20;
        }
        switch (c) {
            case 0x386:
                return 0x3ac;
            case 0x388:
            case 0x389:
            case 0x38a:
                return c + 0x25;
            case 0x38c:
                return 0x3cc;
            case 0x38e:
            case 0x38f:
                return c + 0x3f;
            default:
                return case_pair(c, false);
        }
    }
    if (c < 0x530) {
        if (c >= 0x410 && c <= 0x42f) {
            return c + 0x20;
        }
        if (c >= 0x400 && c <= 0x40f) {
            return c + 0x50;
        }
        return case_pair(c, false);
    }
    if (c >= 0x531 && c <= 0x556) {
        return c + 0x30;
    }
    if (c >= 0xff21 && c <= 0xff3a) {
        return c + 0x20;
    }
    return case_pair(c, false);
}

bool kl_obj_str_char_isupper(uint32_t c) {
    return kl_obj_str_char_tolower(c) != c;
}

bool kl_obj_str_char_islower(uint32_t c) {
    if (kl_obj_str_char_toupper(c) != c) {
        return true;
    }
    // Lower case letters without an upper case partner.
    return c == 0xaa || c == 0xba || c == 0xdf || c == 0x138 || c == 0x149 ||
           (c >= 0x250 && c <= 0x2af && c != 0x294);
}

#else
// Without the tables a letter or case question about a non-ASCII character is an error, never
// a guess: NotImplementedError.
static KL_NORETURN void raise_non_ascii(void) {
    kl_raise_NotImplementedError(KL_ERROR_TEXT("letters and case of non-ASCII characters are not "
                                               "in this build (KL_CFG_UNICODE_LETTERS=0)"));
}

// Where every str is ASCII (KL_CFG_STR_UNICODE=0) no str character reaches the check.
static uint32_t ascii_only(uint32_t c) {
    if (KL_CFG_STR_UNICODE && c >= 0x80) {
        raise_non_ascii();
    }
    return c;
}

bool kl_obj_str_char_isalpha(uint32_t c) {
    c = ascii_only(c) | 0x20;
    return c >= 'a' && c <= 'z';
}

uint32_t kl_obj_str_char_toupper(uint32_t c) {
    return kl_obj_str_char_islower(c) ? c - 0x20 : c;
}

uint32_t kl_obj_str_char_tolower(uint32_t c) {
    return kl_obj_str_char_isupper(c) ? c + 0x20 : c;
}

bool kl_obj_str_char_isupper(uint32_t c) {
    c = ascii_only(c);
    return c >= 'A' && c <= 'Z';
}

bool kl_obj_str_char_islower(uint32_t c) {
    c = ascii_only(c);
    return c >= 'a' && c <= 'z';
}
#endif // KL_CFG_UNICODE_LETTERS

// Inline: a build without case_common's general path does not use all of them.
static inline bool char_iscased(uint32_t c) {
    return kl_obj_str_char_isupper(c) || kl_obj_str_char_islower(c);
}

static inline bool char_istitle(uint32_t c) {
    (void)c;
    return false;
}

static inline bool char_iscase_ignorable(uint32_t c) {
    (void)c;
    return false;
}

bool kl_obj_str_char_isident(uint32_t c, bool first) {
    if (c == '_' || kl_obj_str_char_isalpha(c)) {
        return true;
    }
    return !first && (kl_obj_str_char_isdecimal(c) || kl_obj_str_char_isdigit(c) ||
                      (c >= 0x300 && c <= 0x36f)); // combining marks continue identifiers
}

#endif // KL_CFG_UNICODE_DB

#if KL_CFG_STR_METHODS_FULL
static bool char_isalnum(uint32_t c) {
    return kl_obj_str_char_isalpha(c) || kl_obj_str_char_isnumeric(c);
}
#endif // KL_CFG_STR_METHODS_FULL

// ==== Objects ====

#if KL_CFG_STR_CHAR_TABLE
// The one-character ASCII strings, const. Their hashes are FNV-1a of one byte, which the
// compiler can compute: (offset basis ^ byte) * prime.
static const char ascii_chars[256] = {
#define C2(n) (char)(n), 0, (char)((n) + 1), 0
#define C8(n) C2(n), C2((n) + 2), C2((n) + 4), C2((n) + 6)
#define C32(n) C8(n), C8((n) + 8), C8((n) + 16), C8((n) + 24)
    C32(0),
    C32(32),
    C32(64),
    C32(96),
#undef C2
#undef C8
#undef C32
};

#define ASCII_HASH(n) ((uint32_t)((2166136261u ^ (uint32_t)(n)) * 16777619u))
#define A1(n)                                                                                      \
    { {&kl_type_str}, ASCII_HASH(n), KL_OBJ_STR_LENS(1, 1), &ascii_chars[2 * (n)] }
#define A4(n) A1(n), A1((n) + 1), A1((n) + 2), A1((n) + 3)
#define A16(n) A4(n), A4((n) + 4), A4((n) + 8), A4((n) + 12)
static const kl_obj_str_t ascii_strs[128] = {
    A16(0), A16(16), A16(32), A16(48), A16(64), A16(80), A16(96), A16(112),
};
#undef A1
#undef A4
#undef A16
#endif // KL_CFG_STR_CHAR_TABLE

// b'': its hash is FNV-1a's offset basis, the hash of no bytes.
static const kl_obj_str_t empty_bytes_obj = {
    {&kl_type_bytes}, 0x811c9dc5u, KL_OBJ_STR_LENS(0, 0), ""};

// A heap str or bytes of [len] bytes for the caller to fill in at *[buf]; the caller then sets
// charlen (str_finish). The bytes share the block with the header, which holds no pointer the
// collector needs to follow, so the block is atomic.
static kl_obj_str_t *str_alloc(const kl_obj_type_t *type, size_t len, char **buf) {
    if (len > UINT32_MAX - sizeof(kl_obj_str_t) - 1) {
        kl_raise_MemoryError();
    }
    kl_obj_str_t *s = kl_gc_alloc(sizeof(kl_obj_str_t) + len + 1, KL_GC_ATOMIC);
    char *data = (char *)(s + 1);
    s->base.type = type;
    s->hash = 0;
    s->len = (uint32_t)len;
    s->charlen = (uint32_t)len;
    s->data = data;
    data[len] = '\0';
    *buf = data;
    return s;
}

static kl_obj_t str_finish(kl_obj_str_t *s) {
    if (s->base.type == &kl_type_str) {
        s->charlen = (uint32_t)kl_obj_str_new_charlen(s->data, s->len);
    }
    return KL_OBJ_FROM_PTR(s);
}

kl_obj_t kl_obj_str_new_of_type(const kl_obj_type_t *type, const char *data, size_t len) {
    bool text = type == &kl_type_str;
    if (len == 0) {
        return text ? KL_OBJ_NEW_QSTR(KL_QSTR_NULL) : KL_OBJ_FROM_PTR(&empty_bytes_obj);
    }
#if KL_CFG_STR_CHAR_TABLE
    if (text && len == 1 && (uint8_t)data[0] < 0x80) {
        return KL_OBJ_FROM_PTR(&ascii_strs[(uint8_t)data[0]]);
    }
#endif
    char *buf;
    kl_obj_str_t *s = str_alloc(type, len, &buf);
    kl_mem_copy(buf, data, len);
    return str_finish(s);
}

kl_obj_t kl_obj_new_str(const char *data, size_t len) {
    return kl_obj_str_new_of_type(&kl_type_str, data, len);
}

kl_obj_t kl_obj_new_str_from_cstr(const char *data) {
    return kl_obj_new_str(data, strlen(data));
}

kl_obj_t kl_obj_new_bytes(const char *data, size_t len) {
    return kl_obj_str_new_of_type(&kl_type_bytes, data, len);
}

kl_obj_t kl_obj_str_from_char(uint32_t cp) {
#if !KL_CFG_STR_UNICODE
    if (cp >= 0x80) {
        // chr(), '%c': every str is ASCII in this build.
        kl_raise_ValueError(KL_ERROR_TEXT("character not in range(0x80): str is ASCII only in "
                                          "this build (KL_CFG_STR_UNICODE=0)"));
    }
#endif
#if KL_CFG_STR_CHAR_TABLE
    if (cp < 0x80) {
        return KL_OBJ_FROM_PTR(&ascii_strs[cp]);
    }
#endif
    char buf[4];
    size_t n = kl_obj_str_utf8_encode(cp, buf);
    return kl_obj_new_str(buf, n);
}

// The native str or bytes behind [o]: [o] itself, or the native part of an instance of a
// class derived from str or bytes.
static kl_obj_t native(kl_obj_t o) {
    if (KL_OBJ_IS_OBJ(o)) {
        const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
        if ((t->flags & KL_TYPE_FLAG_HEAP) &&
            (kl_type_native_base(t) == &kl_type_str || kl_type_native_base(t) == &kl_type_bytes)) {
            return ((kl_obj_instance_t *)o)->subobj[0];
        }
    }
    return o;
}

bool kl_obj_is_str(kl_obj_t o) {
    o = native(o);
    return KL_OBJ_IS_QSTR(o) || kl_obj_is_type(o, &kl_type_str);
}

bool kl_obj_is_bytes(kl_obj_t o) {
    return kl_obj_is_type(native(o), &kl_type_bytes);
}

const char *kl_obj_str_get_data(kl_obj_t o, size_t *len) {
    o = native(o);
    if (KL_OBJ_IS_QSTR(o)) {
        return kl_qstr_data(KL_OBJ_QSTR_VALUE(o), len);
    }
    // Callers are meant to check the type first; one that does not (an argument taken on
    // trust) gets a TypeError here rather than reading another object as a string.
    if (!KL_OBJ_IS_OBJ(o) || (((const kl_obj_base_t *)o)->type != &kl_type_str &&
                              ((const kl_obj_base_t *)o)->type != &kl_type_bytes)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("expected str, not '%T'"), o);
    }
    const kl_obj_str_t *s = KL_OBJ_TO_PTR(o);
    *len = s->len;
    return s->data;
}

// The value of decimal digit [c], or -1.
static int char_decimal_value(uint32_t c) {
#if KL_CFG_UNICODE_DB
    return kl_obj_str_char_isdecimal(c) ? kl_udb_get(c)->decimal : -1;
#else
    return decimal_value(c);
#endif
}

const char *kl_obj_str_get_number_text(kl_obj_t o, size_t *len) {
    const char *s = kl_obj_str_get_data(o, len);
    // The text is scanned here and parsed after: a budget is charged a unit per 64 bytes
    // (kl_budget_charge), so converting long texts in a loop stays bounded in time.
    kl_budget_charge(*len >> 6);
    if (!KL_CFG_STR_UNICODE || !kl_obj_is_str(o)) {
        return s; // bytes, and str where every str is ASCII, are read as they are
    }
    size_t n = *len, i = kl_obj_str_ascii_prefix(s, n);
    if (i == n) {
        return s;
    }
    // Each code point becomes one byte, so the copy is no longer than the text.
    char *out = kl_gc_alloc(n + 1, KL_GC_ATOMIC);
    memcpy(out, s, i);
    size_t o_len = i;
    const char *p = s + i;
    while (p < s + n) {
        uint32_t c = kl_obj_str_utf8_decode(&p);
        int d = char_decimal_value(c);
        out[o_len++] = c < 0x80                     ? (char)c
                       : d >= 0                     ? (char)('0' + d)
                       : kl_obj_str_char_isspace(c) ? ' '
                                                    : '?';
    }
    out[o_len] = 0;
    *len = o_len;
    return out;
}

size_t kl_obj_str_get_charlen(kl_obj_t o) {
    if (!KL_CFG_STR_UNICODE) {
        // Every str is ASCII: a code point per byte.
        size_t len;
        kl_obj_str_get_data(o, &len);
        return len;
    }
    o = native(o);
    if (KL_OBJ_IS_QSTR(o)) {
        size_t len;
        const char *data = kl_qstr_data(KL_OBJ_QSTR_VALUE(o), &len);
        return kl_obj_str_utf8_charlen(data, len);
    }
    return ((const kl_obj_str_t *)KL_OBJ_TO_PTR(o))->charlen;
}

uint32_t kl_obj_str_get_hash(kl_obj_t o) {
    o = native(o);
    if (KL_OBJ_IS_QSTR(o)) {
        return kl_qstr_hash(KL_OBJ_QSTR_VALUE(o));
    }
    kl_obj_str_t *s = KL_OBJ_TO_PTR(o);
    if (s->hash != 0) {
        return s->hash;
    }
    // Only a heap object comes here: const ones (in flash: the one-character strs, b'' and
    // frozen constants) have theirs precomputed, and a hash is never 0.
    s->hash = kl_qstr_compute_hash(s->data, s->len);
    return s->hash;
}

bool kl_obj_str_equal(kl_obj_t a, kl_obj_t b) {
    // Subclass instances are left to kl_obj_str_get_data, which reads their text.
    if (a == b) {
        return true;
    }
    if (KL_OBJ_IS_QSTR(a) && KL_OBJ_IS_QSTR(b)) {
        return false; // interning made equal texts the same qstr
    }
    size_t alen, blen;
    const char *adata = kl_obj_str_get_data(a, &alen);
    const char *bdata = kl_obj_str_get_data(b, &blen);
    return alen == blen && memcmp(adata, bdata, alen) == 0;
}

// Three-way comparison of two texts: bytewise, which for UTF-8 is code point order.
static int str_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : alen > blen;
}

kl_qstr_t kl_obj_str_get_qstr(kl_obj_t s) {
    if (KL_OBJ_IS_QSTR(s)) {
        return KL_OBJ_QSTR_VALUE(s);
    }
    size_t len;
    const char *data = kl_obj_str_get_data(s, &len);
    return kl_qstr_from_strn(data, len);
}

kl_obj_t kl_obj_str_intern(kl_obj_t s) {
    return KL_OBJ_NEW_QSTR(kl_obj_str_get_qstr(s));
}

// ==== Views ====
// What the shared str/bytes code works on: the bytes of self and whether it is text. A
// bytearray or memoryview is seen as bytes; [bytearray] marks a bytearray, whose methods build
// bytearray results (and never return self, which is mutable). Its [data] points into the
// bytearray's array, so nothing may resize the bytearray while the view is in use.

typedef struct _strv_t {
    const char *data;
#if KL_CFG_STR_UNICODE
    size_t len;
    size_t charlen;
#else
    // Every str is ASCII: the code point count is the length, one field the compiler knows.
    union {
        size_t len;
        size_t charlen;
    };
#endif
    const kl_obj_type_t *type; // &kl_type_str or &kl_type_bytes
    bool bytearray;
} strv_t;

// Is [v] a bytearray's view? Never without bytearray (KL_CFG_BYTEARRAY=0), and the code for one
// folds away.
#define STRV_BYTEARRAY(v) (KL_CFG_BYTEARRAY && (v)->bytearray)

static void strv_init(strv_t *v, kl_obj_t o) {
    o = native(o);
    v->bytearray = false;
    if (KL_OBJ_IS_QSTR(o)) {
        v->data = kl_qstr_data(KL_OBJ_QSTR_VALUE(o), &v->len);
        v->charlen = kl_obj_str_utf8_charlen(v->data, v->len);
        v->type = &kl_type_str;
        return;
    }
    if (kl_obj_is_type_inline(o, &kl_type_str) || kl_obj_is_type_inline(o, &kl_type_bytes)) {
        const kl_obj_str_t *s = KL_OBJ_TO_PTR(o);
        v->data = s->data;
        v->len = s->len;
        v->charlen = s->charlen;
        v->type = s->base.type;
        return;
    }
    // kl_buffer_get raises the TypeError of another type; this check words it.
    if (WORDING_ONLY(!kl_buffer_check(o))) {
        // A method taken from the class and applied to another type: str.lower(1).
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'str' or 'bytes' object but received "
                                       "a '%T'"),
                         o);
    }
    kl_buffer_get(o, &v->data, &v->len, false);
    v->charlen = v->len;
    v->type = &kl_type_bytes;
    v->bytearray = kl_obj_is_bytearray(o);
}

static inline bool strv_is_str(const strv_t *v) {
    return v->type == &kl_type_str;
}

// Is [v] ASCII text or bytes, where a code point is a byte? Always where every str is ASCII
// (KL_CFG_STR_UNICODE=0), and the code for other text folds away.
static inline bool strv_ascii(const strv_t *v) {
    return !KL_CFG_STR_UNICODE || v->charlen == v->len;
}

// Byte offset of code point [i] (i <= charlen).
static size_t strv_offset(const strv_t *v, size_t i) {
    return kl_obj_str_utf8_offset(v->data, v->len, v->charlen, i);
}

// Code point index of byte offset [off].
static size_t strv_charindex(const strv_t *v, size_t off) {
    return strv_ascii(v) ? off : kl_obj_str_utf8_charlen(v->data, off);
}

// Is [o] (whose view is [v]) an exact str or bytes, which may be returned in place of a copy?
// An instance of a subclass may not: str methods return plain str.
static bool strv_exact(kl_obj_t o, const strv_t *v) {
    return !STRV_BYTEARRAY(v) && (KL_OBJ_IS_QSTR(o) || kl_obj_is_type(o, v->type));
}

// The part [start, end) (byte offsets) of [v] as a new object of v's type.
static kl_obj_t strv_sub(const strv_t *v, size_t start, size_t end) {
    if (STRV_BYTEARRAY(v)) {
        return kl_obj_new_bytearray(v->data + start, end - start);
    }
    return kl_obj_str_new_of_type(v->type, v->data + start, end - start);
}

#if KL_CFG_STR_METHODS_FULL
// [o] (whose view is [v]) unchanged as a method result: itself when it is immutable, else a
// copy.
static kl_obj_t strv_same(kl_obj_t o, const strv_t *v) {
    return strv_exact(o, v) ? o : strv_sub(v, 0, v->len);
}
#endif

// The result [o] (a new str or bytes) of a method of [v], as a bytearray when [v] is one.
static kl_obj_t strv_result(const strv_t *v, kl_obj_t o) {
    if (!STRV_BYTEARRAY(v)) {
        return o;
    }
    size_t len;
    const char *data = kl_obj_str_get_data(o, &len);
    return kl_obj_new_bytearray(data, len);
}

// The contents of [out] as the result of a method of [v]: a str, bytes or bytearray.
static kl_obj_t strv_vstr_result(const strv_t *v, kl_vstr_t *out) {
    if (strv_is_str(v)) {
        return kl_vstr_to_str(out);
    }
    return STRV_BYTEARRAY(v) ? kl_obj_bytearray_from_vstr(out) : kl_vstr_to_bytes(out);
}

// ==== repr ====

void kl_obj_str_print_escape(const kl_print_t *print, uint32_t c) {
    // Where every str is ASCII (KL_CFG_STR_UNICODE=0) only a byte comes here.
    int digits = c < 0x100 || !KL_CFG_STR_UNICODE ? 2 : c < 0x10000 ? 4 : 8;
    char kind = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    char buf[12];
    buf[0] = '\\';
    buf[1] = kind;
    for (int i = 0; i < digits; i++) {
        buf[2 + i] = "0123456789abcdef"[(c >> (4 * (digits - 1 - i))) & 0xf];
    }
    kl_print_strn(print, buf, (size_t)(2 + digits));
}

void kl_obj_str_repr(const kl_print_t *print, const char *data, size_t len, bool is_bytes) {
    // Single quotes unless the text has a single quote and no double quote, like CPython.
    // [quote] is the prefix of bytes, then the quote.
    char quote[2] = {'b', '\''};
    if (memchr(data, '\'', len) != NULL && memchr(data, '"', len) == NULL) {
        quote[1] = '"';
    }
    kl_print_strn(print, quote + !is_bytes, 1 + (size_t)is_bytes);
    const char *p = data;
    const char *end = data + len;
    const char *run = p; // start of text that needs no escaping
    while (p < end) {
        const char *here = p;
        uint32_t c = (uint8_t)*p++;
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)quote[1]) {
            continue;
        }
        if (KL_CFG_STR_UNICODE && !is_bytes && c >= 0x80) {
            p = here;
            c = kl_obj_str_utf8_decode(&p);
            if (kl_obj_str_char_isprintable(c)) {
                continue;
            }
        }
        kl_print_strn(print, run, (size_t)(here - run));
        run = p;
        // A backslash and the quote escape as themselves, three controls by name, the rest in
        // hex. (The other quote never comes here.)
        static const char named[] = "\n\r\t\\'\"nrt\\'\"";
        const char *n = c < 0x80 ? memchr(named, (int)c, 6) : NULL;
        if (n == NULL) {
            kl_obj_str_print_escape(print, c);
            continue;
        }
        char esc[2] = {'\\', n[6]};
        kl_print_strn(print, esc, 2);
    }
    kl_print_strn(print, run, (size_t)(end - run));
    kl_print_strn(print, quote + 1, 1);
}

// ==== Argument helpers ====

// Sort the arguments of a function that takes keywords into [out], one slot per parameter in
// [names] order; slots of parameters not given stay KL_OBJ_NULL. [args] holds [n_pos] positional
// values then [n_kw] (name, value) pairs, as kl_call_function_n_kw passes them. Every parameter
// may come by position or by name, none is required: kl_arg_bind checks and words the rest.
static void parse_args(kl_qstr_t fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const uint16_t *names, kl_obj_t *out) {
    kl_arg_bind(KL_CFG_ERROR_TEXT ? kl_qstr_str(fname) : "", n_pos, n_kw, args, 0, n_names, n_names,
                names, out);
}

#if KL_CFG_STR_METHODS_FULL
// An argument that CPython reads as a C int: an index within 32 bits.
static kl_int_t arg_c_int(kl_obj_t o) {
    kl_int_t v;
    if (!kl_obj_get_int_maybe(kl_obj_index(o), &v) || v > INT32_MAX || v < INT32_MIN) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C int"));
    }
    return v;
}
#endif // KL_CFG_STR_METHODS_FULL

// An iterator over [o], or KL_OBJ_NULL when getting one raises TypeError: for the methods that
// word that error their own way, as CPython's do. Without error text there is no wording to put
// in its place, and the TypeError is let through as it is.
static kl_obj_t getiter_or_null(kl_obj_t o) {
    if (!KL_CFG_ERROR_TEXT) {
        return kl_getiter(o, NULL);
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t it = kl_getiter(o, NULL);
        kl_nlr_pop();
        return it;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        return KL_OBJ_NULL;
    }
    kl_nlr_jump(nlr.ret_val);
}

static KL_NORETURN void raise_bad_arg(const strv_t *self, kl_obj_t arg) {
    if (strv_is_str(self)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("must be str, not %T"), arg);
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("a bytes-like object is required, not '%T'"),
                     arg);
}

// An argument of self's own type (str for str, bytes for bytes) as a view.
static void arg_view(const strv_t *self, kl_obj_t arg, strv_t *out) {
    if (strv_is_str(self) ? kl_obj_is_str(arg) : kl_buffer_check(arg)) {
        strv_init(out, arg);
        return;
    }
    raise_bad_arg(self, arg);
}

// The needle of find, count, index and `in`: like arg_view, but bytes methods also take an int
// (one byte, where KL_CFG_STR_ARGS_FULL builds it), which is stored in [byte]. [in_op] words the
// errors as `in` does.
static void needle_view(const strv_t *self, kl_obj_t arg, strv_t *out, char *byte, bool in_op) {
    if (KL_CFG_STR_ARGS_FULL && !strv_is_str(self) && !kl_buffer_check(arg)) {
        kl_int_t b;
        if (kl_obj_slice_index_value(arg, &b) == KL_SLICE_INDEX_NOT_INT) {
            if (WORDING_ONLY(in_op)) {
                raise_bad_arg(self, arg);
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument should be integer or bytes-like object, "
                                           "not '%T'"),
                             arg);
        }
        if (b < 0 || b > 255) {
            kl_raise_ValueError(KL_ERROR_TEXT("byte must be in range(0, 256)"));
        }
        *byte = (char)b;
        out->data = byte;
        out->len = out->charlen = 1;
        out->type = &kl_type_bytes;
        out->bytearray = false;
        return;
    }
    arg_view(self, arg, out);
}

// A start or end bound of find, count, startswith, ...: None or an int-like value.
static bool bound_arg(const kl_obj_t *args, size_t n_args, size_t i, kl_int_t *value) {
    if (i >= n_args || args[i] == kl_const_none) {
        return false;
    }
    if (kl_obj_slice_index_value(args[i], value) == KL_SLICE_INDEX_NOT_INT) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return true;
}

// The code point range [*start, *end) of a find-like method from its optional arguments
// args[i] and args[i + 1]. Like CPython, negative values count from the end and end is clamped
// to the length, but a start beyond the end is left there (so nothing is found).
static void find_range(const strv_t *v, size_t n_args, const kl_obj_t *args, size_t i,
                       kl_int_t *start, kl_int_t *end) {
    kl_int_t n = (kl_int_t)v->charlen;
    kl_int_t s = 0, e = n;
    bound_arg(args, n_args, i, &s);
    bound_arg(args, n_args, i + 1, &e);
    if (e > n) {
        e = n;
    } else if (e < 0) {
        e += n;
        if (e < 0) {
            e = 0;
        }
    }
    if (s < 0) {
        s += n;
        if (s < 0) {
            s = 0;
        }
    }
    *start = s;
    *end = e;
}

// ==== Searching ====

// The first (or, with [last], the last) occurrence of [nlen] bytes at [nd] in [hlen] bytes at
// [hay], or NULL. Valid UTF-8 is self-synchronising, so a byte match of valid text is always a
// match of whole code points.
static const char *find_bytes(const char *hay, size_t hlen, const char *nd, size_t nlen,
                              bool last) {
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 0) {
        return last ? hay + hlen : hay;
    }
    // A budget is charged (kl_budget_charge) a unit per 256 bytes compared, what the search
    // passed over plus each comparison of a long needle: searching long texts in a loop stays
    // bounded. (A caller that searches on from a match pays only for what it passes again.)
    const char *stop = hay + (hlen - nlen);
    const char *found = NULL;
    size_t compared = 0;
    if (!last) {
        const char *p = hay;
        while (p <= stop) {
            p = memchr(p, nd[0], (size_t)(stop - p) + 1);
            if (p == NULL) {
                break;
            }
            compared += nlen;
            if (memcmp(p, nd, nlen) == 0) {
                found = p;
                break;
            }
            p++;
        }
        compared += (size_t)((found ? found : stop) - hay);
    } else {
        for (const char *p = stop;; p--) {
            if (*p == nd[0]) {
                compared += nlen;
                if (memcmp(p, nd, nlen) == 0) {
                    found = p;
                    break;
                }
            }
            if (p == hay) {
                break;
            }
        }
        compared += (size_t)(stop - (found ? found : hay));
    }
    kl_budget_charge(compared >> 8);
    return found;
}

// Code points in the bytes [from, to) of [v].
static size_t strv_count_chars(const strv_t *v, size_t from, size_t to) {
    return strv_ascii(v) ? to - from : kl_obj_str_utf8_charlen(v->data + from, to - from);
}

// The code point index of [needle] in [v] within code points [start, end), or -1.
static kl_int_t strv_find(const strv_t *v, const strv_t *needle, kl_int_t start, kl_int_t end,
                          bool last) {
    if (end - start < (kl_int_t)needle->charlen) {
        return -1;
    }
    size_t bs = strv_offset(v, (size_t)start);
    size_t be = strv_offset(v, (size_t)end);
    const char *p = find_bytes(v->data + bs, be - bs, needle->data, needle->len, last);
    if (p == NULL) {
        return -1;
    }
    return start + (kl_int_t)strv_count_chars(v, bs, (size_t)(p - v->data));
}

// The argument count of find, count, startswith and their kin: sub[, start[, end]], checked
// here with CPython's wording for these methods. Without error text the function objects declare
// it instead (FIND_N_MIN, FIND_N_MAX), for the runtime to raise the same TypeError.
#define FIND_N_MIN (KL_CFG_ERROR_TEXT ? 1 : 2)
#define FIND_N_MAX (KL_CFG_ERROR_TEXT ? 0xffff : 4)
static void check_find_args(kl_qstr_t name, size_t n_args) {
    if (WORDING_ONLY(n_args < 2)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes at least 1 argument (0 given)"), name);
    }
    if (WORDING_ONLY(n_args > 4)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes at most 3 arguments (%z given)"), name,
                         n_args - 1);
    }
}

// Does [v] have [affix] at the start (or, with [at_end], the end) of code points
// [start, end)? CPython's tailmatch.
static bool tail_match(const strv_t *v, const strv_t *affix, kl_int_t start, kl_int_t end,
                       bool at_end) {
    end -= (kl_int_t)affix->charlen;
    if (end < start) {
        return false;
    }
    size_t off = strv_offset(v, (size_t)(at_end ? end : start));
    return memcmp(v->data + off, affix->data, affix->len) == 0;
}

// The methods find_common serves; bit 0 says the search or match is at the end.
enum { FIND, RFIND, INDEX, RINDEX, STARTSWITH, ENDSWITH, COUNT };
static const kl_qstr_t find_names[] = {KL_QSTR_find,   KL_QSTR_rfind,      KL_QSTR_index,
                                       KL_QSTR_rindex, KL_QSTR_startswith, KL_QSTR_endswith,
                                       KL_QSTR_count};

static kl_obj_t find_common(size_t n_args, const kl_obj_t *args, int mode) {
    check_find_args(find_names[mode], n_args);
    // The start and end are read before the substring is checked, as in CPython.
    strv_t v, needle;
    char byte;
    strv_init(&v, args[0]);
    kl_int_t start, end;
    find_range(&v, n_args, args, 2, &start, &end);
    bool text = strv_is_str(&v);
    if (mode == STARTSWITH || mode == ENDSWITH) {
        // An affix, or a tuple of them (KL_CFG_STR_ARGS_FULL): each is checked when its turn
        // comes.
        kl_obj_t arg = args[1];
        size_t n = 1;
        const kl_obj_t *items = &arg;
        bool tuple = KL_CFG_STR_ARGS_FULL && kl_obj_is_type(arg, &kl_type_tuple);
        if (tuple) {
            items = kl_obj_tuple_get_items(arg, &n);
        }
        for (size_t i = 0; i < n; i++) {
            // arg_view raises the TypeError of a wrong affix; these checks word it.
            if (WORDING_ONLY(!(text ? kl_obj_is_str(items[i]) : kl_buffer_check(items[i])))) {
                if (!tuple) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("%q first arg must be %s or a tuple of %s, "
                                                   "not %T"),
                                     find_names[mode], text ? "str" : "bytes",
                                     text ? "str" : "bytes", arg);
                }
                if (text) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("tuple for %q must only contain str, not %T"),
                                     find_names[mode], items[i]);
                }
            }
            arg_view(&v, items[i], &needle);
            if (tail_match(&v, &needle, start, end, mode & 1)) {
                return kl_const_true;
            }
        }
        return kl_const_false;
    }
    needle_view(&v, args[1], &needle, &byte, false);
#if KL_CFG_STR_METHODS_FULL
    if (mode == COUNT) {
        if (end < start) {
            return KL_OBJ_NEW_SMALL_INT(0);
        }
        if (needle.len == 0) {
            return KL_OBJ_NEW_SMALL_INT(end - start + 1);
        }
        size_t bs = strv_offset(&v, (size_t)start);
        size_t be = strv_offset(&v, (size_t)end);
        kl_int_t n = 0;
        const char *p = v.data + bs;
        const char *e = v.data + be;
        while ((p = find_bytes(p, (size_t)(e - p), needle.data, needle.len, false)) != NULL) {
            n++;
            p += needle.len;
        }
        return KL_OBJ_NEW_SMALL_INT(n);
    }
#endif
    kl_int_t i = strv_find(&v, &needle, start, end, mode & 1);
    if (i < 0 && mode >= INDEX) {
        kl_raise_ValueError(text ? KL_ERROR_TEXT("substring not found")
                                 : KL_ERROR_TEXT("subsection not found"));
    }
    return KL_OBJ_NEW_SMALL_INT(i);
}

static kl_obj_t str_find(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, FIND);
}
static KL_DEFINE_FUN_VAR(str_find_obj, find, FIND_N_MIN, FIND_N_MAX, str_find);

static kl_obj_t str_rfind(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, RFIND);
}
static KL_DEFINE_FUN_VAR(str_rfind_obj, rfind, FIND_N_MIN, FIND_N_MAX, str_rfind);

static kl_obj_t str_index(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, INDEX);
}
static KL_DEFINE_FUN_VAR(str_index_obj, index, FIND_N_MIN, FIND_N_MAX, str_index);

static kl_obj_t str_rindex(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, RINDEX);
}
static KL_DEFINE_FUN_VAR(str_rindex_obj, rindex, FIND_N_MIN, FIND_N_MAX, str_rindex);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t str_count(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, COUNT);
}
static KL_DEFINE_FUN_VAR(str_count_obj, count, FIND_N_MIN, FIND_N_MAX, str_count);
#endif

static kl_obj_t str_startswith(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, STARTSWITH);
}
static KL_DEFINE_FUN_VAR(str_startswith_obj, startswith, FIND_N_MIN, FIND_N_MAX, str_startswith);

static kl_obj_t str_endswith(size_t n_args, const kl_obj_t *args) {
    return find_common(n_args, args, ENDSWITH);
}
static KL_DEFINE_FUN_VAR(str_endswith_obj, endswith, FIND_N_MIN, FIND_N_MAX, str_endswith);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t remove_affix(kl_obj_t self, kl_obj_t arg, bool suffix) {
    strv_t v, affix;
    strv_init(&v, self);
    if (!strv_is_str(&v) && !kl_buffer_check(arg)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), arg);
    }
    if (strv_is_str(&v) && !kl_obj_is_str(arg)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s() argument must be str, not %N"),
                         suffix ? "removesuffix" : "removeprefix", arg);
    }
    strv_init(&affix, arg);
    if (affix.len == 0 || affix.len > v.len) {
        return strv_same(self, &v);
    }
    if (suffix) {
        if (memcmp(v.data + v.len - affix.len, affix.data, affix.len) == 0) {
            return strv_sub(&v, 0, v.len - affix.len);
        }
    } else if (memcmp(v.data, affix.data, affix.len) == 0) {
        return strv_sub(&v, affix.len, v.len);
    }
    return strv_same(self, &v);
}

static kl_obj_t str_removeprefix(kl_obj_t self, kl_obj_t prefix) {
    return remove_affix(self, prefix, false);
}
static KL_DEFINE_FUN_2(str_removeprefix_obj, removeprefix, str_removeprefix);

static kl_obj_t str_removesuffix(kl_obj_t self, kl_obj_t suffix) {
    return remove_affix(self, suffix, true);
}
static KL_DEFINE_FUN_2(str_removesuffix_obj, removesuffix, str_removesuffix);
#endif // KL_CFG_STR_METHODS_FULL

// ==== Splitting and joining ====

// Is the code point [c] white space for [v]'s type (bytes only know ASCII white space)?
static bool strv_isspace(const strv_t *v, uint32_t c) {
    if (!strv_is_str(v)) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return kl_obj_str_char_isspace(c);
}

// The code point at byte offset *[i] of [v], advancing *[i].
static uint32_t strv_next(const strv_t *v, size_t *i) {
    uint8_t b = (uint8_t)v->data[*i];
    if (b < 0x80 || strv_ascii(v)) {
        *i += 1;
        return b;
    }
    const char *p = v->data + *i;
    uint32_t c = kl_obj_str_utf8_decode(&p);
    *i = (size_t)(p - v->data);
    return c;
}

// The code point ending at byte offset *[i] of [v], moving *[i] back to its start.
static uint32_t strv_prev(const strv_t *v, size_t *i) {
    size_t j = *i - 1;
    if (!strv_ascii(v)) {
        while (j > 0 && utf8_is_cont(v->data[j])) {
            j--;
        }
    }
    *i = j;
    size_t k = j;
    return strv_next(v, &k);
}

static const uint16_t split_names[] = {KL_QSTR_sep, KL_QSTR_maxsplit};

// The code point next to byte offset *[i] of [v]: the one starting there, or with [back] the one
// ending there; *[i] moves past it.
static uint32_t strv_step(const strv_t *v, size_t *i, bool back) {
    return back ? strv_prev(v, i) : strv_next(v, i);
}

// split and rsplit: rsplit works from the end, and its list is reversed at the end. What is
// left to split runs from [near] (where the next part starts) to [far].
static kl_obj_t split_common(size_t n_args, size_t n_kw, const kl_obj_t *args, bool right) {
    kl_obj_t a[2];
    parse_args(right ? KL_QSTR_rsplit : KL_QSTR_split, n_args - 1, n_kw, args + 1, 2, split_names,
               a);
    strv_t v, sep;
    strv_init(&v, args[0]);
    kl_int_t maxsplit = a[1] == KL_OBJ_NULL ? -1 : kl_obj_slice_get_arg_int(a[1]);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    // Without a separator runs of white space separate, and leading and trailing white space
    // yields nothing.
    bool space = a[0] == KL_OBJ_NULL || a[0] == kl_const_none;
    if (!space) {
        if (WORDING_ONLY(strv_is_str(&v) && !kl_obj_is_str(a[0]))) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("must be str or None, not %T"),
                             a[0]);
        }
        arg_view(&v, a[0], &sep);
        if (sep.len == 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("empty separator"));
        }
    }
    size_t near = right ? v.len : 0, far = right ? 0 : v.len;
    for (;;) {
        // The next separator runs from [at] (its end nearer [near]) to [past]; at == far when
        // there is none, and the rest is the last part (white space at its far end included).
        size_t at = far, past = far, j;
        if (space) {
            // White space at [near] (all of it, the first time) is skipped first.
            j = near;
            while (near != far && strv_isspace(&v, strv_step(&v, &j, right))) {
                near = j;
            }
            if (near == far) {
                break;
            }
            if (maxsplit != 0) {
                at = j = near;
                while (at != far && !strv_isspace(&v, strv_step(&v, &j, right))) {
                    at = j;
                }
                past = at;
            }
        } else if (maxsplit != 0) {
            size_t lo = right ? far : near, hi = right ? near : far;
            const char *p = find_bytes(v.data + lo, hi - lo, sep.data, sep.len, right);
            if (p != NULL) {
                at = past = (size_t)(p - v.data);
                *(right ? &at : &past) += sep.len;
            }
        }
        kl_obj_list_append(list, strv_sub(&v, right ? at : near, right ? near : at));
        if (at == far) {
            break;
        }
        near = past;
        maxsplit--;
    }
    if (right) {
        kl_obj_list_reverse_items(list);
    }
    return list;
}

static kl_obj_t str_split(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return split_common(n_args, n_kw, args, false);
}
static KL_DEFINE_FUN_KW(str_split_obj, split, 1, str_split);

static kl_obj_t str_rsplit(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return split_common(n_args, n_kw, args, true);
}
static KL_DEFINE_FUN_KW(str_rsplit_obj, rsplit, 1, str_rsplit);

#if KL_CFG_STR_METHODS_FULL
static const uint16_t splitlines_names[] = {KL_QSTR_keepends};

static kl_obj_t str_splitlines(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t keepends_arg;
    parse_args(KL_QSTR_splitlines, n_args - 1, n_kw, args + 1, 1, splitlines_names, &keepends_arg);
    bool keepends = keepends_arg != KL_OBJ_NULL && arg_c_int(keepends_arg) != 0;
    strv_t v;
    strv_init(&v, args[0]);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    size_t start = 0, i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = strv_next(&v, &i);
        bool is_break = c == '\n' || c == '\r';
        if (strv_is_str(&v)) {
            is_break = is_break || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e) ||
                       c == 0x85 || c == 0x2028 || c == 0x2029;
        }
        if (!is_break) {
            continue;
        }
        if (c == '\r' && i < v.len && v.data[i] == '\n') {
            i++;
        }
        kl_obj_list_append(list, strv_sub(&v, start, keepends ? i : at));
        start = i;
    }
    if (start < v.len) {
        kl_obj_list_append(list, strv_sub(&v, start, v.len));
    }
    return list;
}
static KL_DEFINE_FUN_KW(str_splitlines_obj, splitlines, 1, str_splitlines);
#endif // KL_CFG_STR_METHODS_FULL

// The [n] items, each of the type [sep] is (str for str, bytes-like for bytes), joined by
// [sep] into a new object of its type: join, and + with an empty [sep]. As in CPython, the one
// item of a join, or the one side of a + whose other side is empty ([add]), is the result itself
// where it is of the result's type.
static kl_obj_t concat(const strv_t *sep, size_t n, const kl_obj_t *items, bool add) {
    kl_obj_t whole = KL_OBJ_NULL;
    size_t whole_len = 0;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        // arg_view raises the TypeError of a wrong item; this check words it.
        if (WORDING_ONLY(
                !(strv_is_str(sep) ? kl_obj_is_str(items[i]) : kl_buffer_check(items[i])))) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             strv_is_str(sep)
                                 ? KL_ERROR_TEXT("sequence item %z: expected str instance, %T "
                                                 "found")
                                 : KL_ERROR_TEXT("sequence item %z: expected a bytes-like object, "
                                                 "%T found"),
                             i, items[i]);
        }
        strv_t item;
        arg_view(sep, items[i], &item);
        total += (i > 0 ? sep->len : 0) + item.len;
        if (item.len == total && (add || n == 1)) { // everything before it is empty
            whole = items[i];
            whole_len = item.len;
        }
    }
    if (whole != KL_OBJ_NULL && whole_len == total && strv_exact(whole, sep)) {
        return whole;
    }
    if (total == 0) {
        return strv_sub(sep, 0, 0);
    }
    char *buf;
    kl_obj_str_t *s = str_alloc(sep->type, total, &buf);
    // The allocation may have run a collection, but the caller keeps [items] reachable.
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            kl_mem_copy(buf, sep->data, sep->len);
            buf += sep->len;
        }
        strv_t item;
        strv_init(&item, items[i]);
        kl_mem_copy(buf, item.data, item.len);
        buf += item.len;
    }
    return strv_result(sep, str_finish(s));
}

static kl_obj_t str_join(kl_obj_t self, kl_obj_t iterable) {
    strv_t v;
    strv_init(&v, self);
    // Work on an array of the items: a list or tuple as it is, anything else copied to a list.
    if (!kl_obj_is_type(iterable, &kl_type_list) && !kl_obj_is_type(iterable, &kl_type_tuple)) {
        kl_obj_t it = getiter_or_null(iterable);
        if (WORDING_ONLY(it == KL_OBJ_NULL)) { // never without error text
            kl_raise_TypeError(KL_ERROR_TEXT("can only join an iterable"));
        }
        iterable = kl_obj_list_from_iterable(it);
        // The iteration ran Python code, which may have resized a bytearray self.
        strv_init(&v, self);
    }
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(iterable, &n, &items);
    return concat(&v, n, items, false);
}
static KL_DEFINE_FUN_2(str_join_obj, join, str_join);

// ==== Stripping, partitioning, replacing ====

// Is [c] one of the code points of [chars]?
static bool strv_has_char(const strv_t *chars, uint32_t c) {
    size_t i = 0;
    while (i < chars->len) {
        if (strv_next(chars, &i) == c) {
            return true;
        }
    }
    return false;
}

// [which]: 1 strips the left, 2 the right, 3 both.
static kl_obj_t strip_common(size_t n_args, const kl_obj_t *args, int which) {
    strv_t v, chars;
    strv_init(&v, args[0]);
    bool have_chars = n_args > 1 && args[1] != kl_const_none;
    if (have_chars) {
        if (WORDING_ONLY(strv_is_str(&v) && !kl_obj_is_str(args[1]))) {
            static const char *const names[] = {"", "lstrip", "rstrip", "strip"};
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s arg must be None or str"),
                             names[which]);
        }
        arg_view(&v, args[1], &chars);
    }
    // bounds[0] moves right from the start, bounds[1] left from the end.
    size_t bounds[2] = {0, v.len};
    for (int side = 0; side < 2; side++) {
        if (!(which & (1 << side))) {
            continue;
        }
        while (bounds[0] < bounds[1]) {
            size_t j = bounds[side];
            uint32_t c = strv_step(&v, &j, side);
            if (have_chars ? !strv_has_char(&chars, c) : !strv_isspace(&v, c)) {
                break;
            }
            bounds[side] = j;
        }
    }
    size_t start = bounds[0], end = bounds[1];
    if (start == 0 && end == v.len && strv_exact(args[0], &v)) {
        return args[0];
    }
    return strv_sub(&v, start, end);
}

static kl_obj_t str_strip(size_t n_args, const kl_obj_t *args) {
    return strip_common(n_args, args, 3);
}
static KL_DEFINE_FUN_VAR(str_strip_obj, strip, 1, 2, str_strip);

static kl_obj_t str_lstrip(size_t n_args, const kl_obj_t *args) {
    return strip_common(n_args, args, 1);
}
static KL_DEFINE_FUN_VAR(str_lstrip_obj, lstrip, 1, 2, str_lstrip);

static kl_obj_t str_rstrip(size_t n_args, const kl_obj_t *args) {
    return strip_common(n_args, args, 2);
}
static KL_DEFINE_FUN_VAR(str_rstrip_obj, rstrip, 1, 2, str_rstrip);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t partition_common(kl_obj_t self, kl_obj_t sep_obj, bool right) {
    strv_t v, sep;
    strv_init(&v, self);
    arg_view(&v, sep_obj, &sep);
    if (sep.len == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("empty separator"));
    }
    kl_obj_t items[3];
    const char *p = find_bytes(v.data, v.len, sep.data, sep.len, right);
    if (p == NULL) {
        // A bytearray gets three new objects: they are mutable.
        items[0] = right ? strv_sub(&v, 0, 0) : strv_same(self, &v);
        items[1] = strv_sub(&v, 0, 0);
        items[2] = right ? strv_same(self, &v) : strv_sub(&v, 0, 0);
    } else {
        size_t at = (size_t)(p - v.data);
        items[0] = strv_sub(&v, 0, at);
        items[1] = STRV_BYTEARRAY(&v) ? kl_obj_new_bytearray(sep.data, sep.len) : sep_obj;
        items[2] = strv_sub(&v, at + sep.len, v.len);
    }
    return kl_obj_new_tuple(3, items);
}

static kl_obj_t str_partition(kl_obj_t self, kl_obj_t sep) {
    return partition_common(self, sep, false);
}
static KL_DEFINE_FUN_2(str_partition_obj, partition, str_partition);

static kl_obj_t str_rpartition(kl_obj_t self, kl_obj_t sep) {
    return partition_common(self, sep, true);
}
static KL_DEFINE_FUN_2(str_rpartition_obj, rpartition, str_rpartition);
#endif // KL_CFG_STR_METHODS_FULL

static kl_obj_t str_replace(size_t n_args, const kl_obj_t *args) {
    strv_t v, old, rep;
    strv_init(&v, args[0]);
    for (size_t i = 1; i <= 2; i++) {
        if (WORDING_ONLY(strv_is_str(&v) && !kl_obj_is_str(args[i]))) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("replace() argument %z must be str, not %N"), i,
                             args[i]);
        }
    }
    arg_view(&v, args[1], &old);
    arg_view(&v, args[2], &rep);
    kl_int_t count = n_args > 3 ? kl_obj_slice_get_arg_int(args[3]) : -1;
    kl_vstr_t out;
    kl_vstr_init(&out, v.len);
    size_t i = 0;
    const char *p;
    while (count != 0 &&
           (p = find_bytes(v.data + i, v.len - i, old.data, old.len, false)) != NULL) {
        size_t at = (size_t)(p - v.data);
        kl_vstr_add_strn(&out, v.data + i, at - i);
        kl_vstr_add_strn(&out, rep.data, rep.len);
        i = at + old.len;
        count--;
        if (old.len == 0) {
            // An empty pattern matches before every code point and at the end.
            if (i >= v.len) {
                break;
            }
            size_t j = i;
            strv_next(&v, &j);
            kl_vstr_add_strn(&out, v.data + i, j - i);
            i = j;
        }
    }
    kl_vstr_add_strn(&out, v.data + i, v.len - i);
    return strv_vstr_result(&v, &out);
}
static KL_DEFINE_FUN_VAR(str_replace_obj, replace, 3, 4, str_replace);

// ==== Case ====

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_FOLD, CASE_TITLE, CASE_CAPITALIZE };

// Does case_common need its general path: the case of non-ASCII letters, or the methods that
// are not one byte in, one byte out (title, capitalize, casefold)?
#define CASE_GENERAL (KL_CFG_UNICODE_DB || KL_CFG_UNICODE_LETTERS || KL_CFG_STR_METHODS_FULL)

#if CASE_GENERAL
// The final sigma rule of lower(): a capital sigma at byte offset [at] of [v] (the next code
// point starts at [next]) lowers to the final form when a cased letter comes before it and none
// after it, skipping case-ignorable code points (apostrophes, combining marks) both ways.
static bool is_final_sigma(const strv_t *v, size_t at, size_t next) {
    size_t i = at;
    uint32_t c = 0;
    do {
        if (i == 0) {
            return false;
        }
        c = strv_prev(v, &i);
    } while (char_iscase_ignorable(c));
    if (!char_iscased(c)) {
        return false;
    }
    i = next;
    do {
        if (i >= v->len) {
            return true;
        }
        c = strv_next(v, &i);
    } while (char_iscase_ignorable(c));
    return !char_iscased(c);
}

enum { MAP_UPPER, MAP_LOWER, MAP_TITLE, MAP_FOLD };

// Append the full case mapping [kind] of [c]: one code point may map to several (upper case of
// sharp s is "SS").
static void add_cased(kl_vstr_t *out, uint32_t c, int kind) {
#if KL_CFG_UNICODE_DB
    uint32_t map[KL_UDB_MAP_MAX];
    size_t n = kl_udb_map(c, (kl_udb_map_t)kind, map);
    for (size_t i = 0; i < n; i++) {
        kl_vstr_add_char(out, map[i]);
    }
#elif !KL_CFG_UNICODE_LETTERS
    kl_vstr_add_byte(out,
                     (char)(kind == MAP_UPPER || kind == MAP_TITLE ? kl_obj_str_char_toupper(c)
                                                                   : kl_obj_str_char_tolower(c)));
#else
    if (kind == MAP_UPPER || kind == MAP_TITLE) {
        if (c == 0xdf) {
            kl_vstr_add_strn(out, kind == MAP_UPPER ? "SS" : "Ss", 2);
            return;
        }
        if (c >= 0xfb00 && c <= 0xfb06) {
            // The Latin ligatures ff, fi, fl, ffi, ffl, long st, st.
            static const char *const lig[] = {"FF", "FI", "FL", "FFI", "FFL", "ST", "ST"};
#if KL_CFG_STR_METHODS_FULL
            static const char *const tlig[] = {"Ff", "Fi", "Fl", "Ffi", "Ffl", "St", "St"};
            kl_vstr_add_str(out, (kind == MAP_UPPER ? lig : tlig)[c - 0xfb00]);
#else
            kl_vstr_add_str(out, lig[c - 0xfb00]);
#endif
            return;
        }
        kl_vstr_add_char(out, kl_obj_str_char_toupper(c));
        return;
    }
    if (c == 0x130) {
        kl_vstr_add_strn(out, "i\xcc\x87", 3); // i + combining dot above
        return;
    }
#if KL_CFG_STR_METHODS_FULL
    if (kind == MAP_FOLD) {
        switch (c) {
            case 0xdf:
                kl_vstr_add_strn(out, "ss", 2);
                return;
            case 0xb5:
                c = 0x3bc;
                break;
            case 0x17f:
                c = 's';
                break;
            case 0x3c2:
                c = 0x3c3;
                break;
            default:
                break;
        }
    }
#endif
    kl_vstr_add_char(out, kl_obj_str_char_tolower(c));
#endif
}

// [mode] applied to [v] a code point at a time.
static kl_obj_t case_general(const strv_t *v, int mode) {
    kl_vstr_t out;
    kl_vstr_init(&out, v->len);
    size_t i = 0;
#if KL_CFG_STR_METHODS_FULL
    bool prev_cased = false;
    bool first = true;
#endif
    while (i < v->len) {
        size_t at = i;
        uint32_t c = strv_next(v, &i);
#if KL_CFG_STR_METHODS_FULL
        if (!strv_is_str(v)) {
            // bytes: ASCII rules only (title and capitalize; the others took the path above).
            bool up = c >= 'A' && c <= 'Z';
            bool low = c >= 'a' && c <= 'z';
            bool to_upper = false, to_lower = false;
            switch (mode) {
                case CASE_TITLE:
                    to_upper = !prev_cased && low;
                    to_lower = prev_cased && up;
                    break;
                case CASE_CAPITALIZE:
                    to_upper = first && low;
                    to_lower = !first && up;
                    break;
                default:
                    break;
            }
            prev_cased = up || low;
            first = false;
            kl_vstr_add_byte(&out, (char)(to_upper ? c - 0x20 : to_lower ? c + 0x20 : c));
            continue;
        }
#endif
        int kind;
        switch (mode) {
            case CASE_UPPER:
                kind = MAP_UPPER;
                break;
#if KL_CFG_STR_METHODS_FULL
            case CASE_SWAP:
                if (kl_obj_str_char_isupper(c)) {
                    kind = MAP_LOWER;
                } else if (kl_obj_str_char_islower(c)) {
                    kind = MAP_UPPER;
                } else {
                    kl_vstr_add_char(&out, c);
                    continue;
                }
                break;
            case CASE_TITLE:
                kind = prev_cased ? MAP_LOWER : MAP_TITLE;
                prev_cased = char_iscased(c);
                break;
            case CASE_CAPITALIZE:
                kind = first ? MAP_TITLE : MAP_LOWER;
                break;
            case CASE_FOLD:
                kind = MAP_FOLD;
                break;
#endif
            default:
                kind = MAP_LOWER;
                break;
        }
#if KL_CFG_STR_METHODS_FULL
        first = false;
#endif
        if (kind == MAP_LOWER && c == 0x3a3 && is_final_sigma(v, at, i)) {
            kl_vstr_add_char(&out, 0x3c2);
            continue;
        }
        add_cased(&out, c, kind);
    }
    return strv_vstr_result(v, &out);
}

#endif // CASE_GENERAL

#if !CASE_GENERAL && !KL_CFG_STR_UNICODE
// The classes of a byte that is_common asks about; IS_MAP makes it lower or upper, which change
// the case of the bytes in the class.
enum { IS_ALPHA = 1, IS_DIGIT = 2, IS_SPACE = 4, IS_LOWER = 8, IS_UPPER = 16, IS_MAP = 32 };
static kl_obj_t is_common(kl_obj_t self, int what);
#define case_common(self, mode)                                                                    \
    is_common(self, IS_MAP | ((mode) == CASE_LOWER ? IS_UPPER : IS_LOWER))
#else
static kl_obj_t case_common(kl_obj_t self, int mode) {
    strv_t v;
    strv_init(&v, self);
#if !KL_CFG_UNICODE_DB && !KL_CFG_UNICODE_LETTERS
    if (!strv_ascii(&v)) {
        raise_non_ascii();
    }
#endif
#if CASE_GENERAL
    if (!strv_ascii(&v) || mode > CASE_SWAP) {
        return case_general(&v, mode);
    }
#endif
    // ASCII (and all bytes): one byte in, one byte out.
    char *buf;
    kl_obj_str_t *s = str_alloc(v.type, v.len, &buf);
    for (size_t i = 0; i < v.len; i++) {
        char c = v.data[i];
        bool up = c >= 'A' && c <= 'Z';
        bool low = c >= 'a' && c <= 'z';
        if ((mode == CASE_LOWER || mode == CASE_SWAP) && up) {
            c = (char)(c + 0x20);
        } else if ((mode == CASE_UPPER || mode == CASE_SWAP) && low) {
            c = (char)(c - 0x20);
        }
        buf[i] = c;
    }
    return strv_result(&v, KL_OBJ_FROM_PTR(s));
}
#endif

static kl_obj_t str_lower(kl_obj_t self) {
    return case_common(self, CASE_LOWER);
}
static KL_DEFINE_FUN_1(str_lower_obj, lower, str_lower);

static kl_obj_t str_upper(kl_obj_t self) {
    return case_common(self, CASE_UPPER);
}
static KL_DEFINE_FUN_1(str_upper_obj, upper, str_upper);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t str_swapcase(kl_obj_t self) {
    return case_common(self, CASE_SWAP);
}
static KL_DEFINE_FUN_1(str_swapcase_obj, swapcase, str_swapcase);

static kl_obj_t str_casefold(kl_obj_t self) {
    return case_common(self, CASE_FOLD);
}
static KL_DEFINE_FUN_1(str_casefold_obj, casefold, str_casefold);

static kl_obj_t str_title(kl_obj_t self) {
    return case_common(self, CASE_TITLE);
}
static KL_DEFINE_FUN_1(str_title_obj, title, str_title);

static kl_obj_t str_capitalize(kl_obj_t self) {
    return case_common(self, CASE_CAPITALIZE);
}
static KL_DEFINE_FUN_1(str_capitalize_obj, capitalize, str_capitalize);
#endif // KL_CFG_STR_METHODS_FULL

// ==== Predicates ====

#if !CASE_GENERAL && !KL_CFG_STR_UNICODE
// Every str is ASCII and only the five common predicates are built (and lower and upper): each
// asks which of five classes a byte is in, and [what] is the class it is about. isalpha, isdigit
// and isspace want every byte in the class; islower and isupper want no byte of the other case.
// Either way the answer is false without a byte in the class.
static kl_obj_t is_common(kl_obj_t self, int what) {
    strv_t v;
    strv_init(&v, self);
    char *buf = NULL;
    kl_obj_str_t *s = NULL;
    if (what & IS_MAP) {
        s = str_alloc(v.type, v.len, &buf);
    }
    // A byte is wrong when it is out of the class, or for the case predicates in the other one.
    int flip = what < IS_LOWER ? what : 0;
    int wrong = what < IS_LOWER ? what : what ^ (IS_LOWER | IS_UPPER);
    int any = 0;
    for (size_t i = 0; i < v.len; i++) {
        uint32_t c = (uint8_t)v.data[i];
        int k = c - 'a' < 26   ? IS_ALPHA | IS_LOWER
                : c - 'A' < 26 ? IS_ALPHA | IS_UPPER
                : c - '0' < 10 ? IS_DIGIT
                // bytes know ASCII white space only, not the separators \x1c-\x1f.
                : c == ' ' || c - '\t' < 5 || (strv_is_str(&v) && c - 0x1c < 4) ? IS_SPACE
                                                                                : 0;
        if (buf != NULL) {
            buf[i] = (char)(k & what ? c ^ 0x20 : c);
            continue;
        }
        if ((k ^ flip) & wrong) {
            return kl_const_false;
        }
        any |= k & what;
    }
    if (buf != NULL) {
        return strv_result(&v, KL_OBJ_FROM_PTR(s));
    }
    return KL_OBJ_FROM_BOOL(any != 0);
}
#else

enum {
    IS_ALNUM,
    IS_ALPHA,
    IS_ASCII,
    IS_DECIMAL,
    IS_DIGIT,
    IS_NUMERIC,
    IS_PRINTABLE,
    IS_SPACE,
#if !CASE_GENERAL
    IS_LOWER, // islower and isupper where only ASCII has case (else case_pred)
    IS_UPPER,
#endif
};

static bool char_is(const strv_t *v, int what, uint32_t c) {
    if (!strv_is_str(v)) {
        // bytes: ASCII only.
        if (c >= 0x80) {
            return false;
        }
        if (what == IS_SPACE) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
    }
    switch (what) {
        case IS_ALPHA:
            return kl_obj_str_char_isalpha(c);
        case IS_DIGIT:
            return kl_obj_str_char_isdigit(c);
#if KL_CFG_STR_METHODS_FULL
        case IS_ALNUM:
            return char_isalnum(c);
        case IS_ASCII:
            return c < 0x80;
        case IS_DECIMAL:
            return kl_obj_str_char_isdecimal(c);
        case IS_NUMERIC:
            return kl_obj_str_char_isnumeric(c);
        case IS_PRINTABLE:
            return kl_obj_str_char_isprintable(c);
#endif
        default:
            return kl_obj_str_char_isspace(c);
    }
}

static kl_obj_t is_common(kl_obj_t self, int what) {
    strv_t v;
    strv_init(&v, self);
    // The empty string is ASCII and printable, and nothing else.
    bool any = what == IS_ASCII || what == IS_PRINTABLE;
#if !CASE_GENERAL
    if (what >= IS_LOWER && strv_is_str(&v) && !strv_ascii(&v)) {
        raise_non_ascii();
    }
#endif
    size_t i = 0;
    while (i < v.len) {
        uint32_t c = strv_next(&v, &i);
#if !CASE_GENERAL
        if (what >= IS_LOWER) {
            // No letter of the other case, and at least one of this case.
            bool up = c >= 'A' && c <= 'Z';
            bool low = c >= 'a' && c <= 'z';
            if (what == IS_LOWER ? up : low) {
                return kl_const_false;
            }
            any = any || up || low;
            continue;
        }
#endif
        if (!char_is(&v, what, c)) {
            return kl_const_false;
        }
        any = true;
    }
    return KL_OBJ_FROM_BOOL(any);
}

#endif

#define DEFINE_IS(name, what)                                                                      \
    static kl_obj_t str_##name(kl_obj_t self) {                                                    \
        return is_common(self, what);                                                              \
    }                                                                                              \
    static KL_DEFINE_FUN_1(str_##name##_obj, name, str_##name)

DEFINE_IS(isalpha, IS_ALPHA);
DEFINE_IS(isdigit, IS_DIGIT);
DEFINE_IS(isspace, IS_SPACE);
#if KL_CFG_STR_METHODS_FULL
DEFINE_IS(isalnum, IS_ALNUM);
DEFINE_IS(isascii, IS_ASCII);
DEFINE_IS(isdecimal, IS_DECIMAL);
DEFINE_IS(isnumeric, IS_NUMERIC);
DEFINE_IS(isprintable, IS_PRINTABLE);
#endif

#if CASE_GENERAL
// islower, isupper, istitle: about cased code points only. Not inlined: its callers are one-line
// wrappers, and a copy in each costs more than the call. Where only ASCII has case and there is
// no istitle, is_common does islower and isupper with less code (CASE_PRED).
#define CASE_PRED(self, mode, what) case_pred(self, mode)
static KL_NOINLINE kl_obj_t case_pred(kl_obj_t self, int mode) {
    strv_t v;
    strv_init(&v, self);
    bool text = strv_is_str(&v);
#if !KL_CFG_UNICODE_DB && !KL_CFG_UNICODE_LETTERS
    if (text && !strv_ascii(&v)) {
        raise_non_ascii();
    }
    text = false; // ASCII text follows the rules of bytes
#endif
    bool any_cased = false;
    bool prev_cased = false;
    size_t i = 0;
    while (i < v.len) {
        uint32_t c = strv_next(&v, &i);
        bool up = text ? kl_obj_str_char_isupper(c) : (c >= 'A' && c <= 'Z');
        bool low = text ? kl_obj_str_char_islower(c) : (c >= 'a' && c <= 'z');
        bool title = text && char_istitle(c);
        if ((mode == CASE_LOWER && (up || title)) || (mode == CASE_UPPER && (low || title))) {
            return kl_const_false;
        }
        // Title case letters count as upper case for istitle() and as cased for the others.
        up = up || (title && mode == CASE_TITLE);
        any_cased = any_cased || title;
        if (mode == CASE_TITLE) {
            // Upper case only after uncased characters, lower case only after cased ones.
            if ((up && prev_cased) || (low && !prev_cased)) {
                return kl_const_false;
            }
            prev_cased = up || low;
        }
        any_cased = any_cased || up || low;
    }
    return KL_OBJ_FROM_BOOL(any_cased);
}
#else
#define CASE_PRED(self, mode, what) is_common(self, what)
#endif

static kl_obj_t str_islower(kl_obj_t self) {
    return CASE_PRED(self, CASE_LOWER, IS_LOWER);
}
static KL_DEFINE_FUN_1(str_islower_obj, islower, str_islower);

static kl_obj_t str_isupper(kl_obj_t self) {
    return CASE_PRED(self, CASE_UPPER, IS_UPPER);
}
static KL_DEFINE_FUN_1(str_isupper_obj, isupper, str_isupper);

#if KL_CFG_STR_METHODS_FULL
static kl_obj_t str_istitle(kl_obj_t self) {
    return case_pred(self, CASE_TITLE);
}
static KL_DEFINE_FUN_1(str_istitle_obj, istitle, str_istitle);

static kl_obj_t str_isidentifier(kl_obj_t self) {
    strv_t v;
    strv_init(&v, self);
    if (v.len == 0) {
        return kl_const_false;
    }
    size_t i = 0;
    bool first = true;
    while (i < v.len) {
        if (!kl_obj_str_char_isident(strv_next(&v, &i), first)) {
            return kl_const_false;
        }
        first = false;
    }
    return kl_const_true;
}
static KL_DEFINE_FUN_1(str_isidentifier_obj, isidentifier, str_isidentifier);
#endif // KL_CFG_STR_METHODS_FULL

// ==== Padding ====
// The padding and translation methods are among the rarer ones (KL_CFG_STR_METHODS_FULL).
#if KL_CFG_STR_METHODS_FULL

// The fill argument of center, ljust and rjust: one code point (one byte for bytes).
static void fill_arg(const strv_t *v, size_t n_args, const kl_obj_t *args, kl_qstr_t fname,
                     strv_t *fill) {
    if (n_args < 3) {
        fill->data = " ";
        fill->len = fill->charlen = 1;
        fill->type = v->type;
        return;
    }
    if (strv_is_str(v)) {
        if (!kl_obj_is_str(args[2])) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("The fill character must be a unicode character, not "
                                           "%T"),
                             args[2]);
        }
        strv_init(fill, args[2]);
        if (fill->charlen != 1) {
            kl_raise_TypeError(
                KL_ERROR_TEXT("The fill character must be exactly one character long"));
        }
        return;
    }
    if (kl_obj_is_bytes(args[2]) || kl_obj_is_bytearray(args[2])) {
        strv_init(fill, args[2]);
        if (fill->len == 1) {
            return;
        }
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("%q() argument 2 must be a byte string of length 1, not %N"),
                     fname, args[2]);
}

// [v] with [left] and [right] copies of [fill] around it.
static kl_obj_t pad(const strv_t *v, const strv_t *fill, size_t left, size_t right) {
    size_t total = v->len + (left + right) * fill->len;
    char *buf;
    kl_obj_str_t *s = str_alloc(v->type, total, &buf);
    for (size_t i = 0; i < left; i++) {
        kl_mem_copy(buf, fill->data, fill->len);
        buf += fill->len;
    }
    kl_mem_copy(buf, v->data, v->len);
    buf += v->len;
    for (size_t i = 0; i < right; i++) {
        kl_mem_copy(buf, fill->data, fill->len);
        buf += fill->len;
    }
    s->charlen = (uint32_t)(v->charlen + left + right);
    return KL_OBJ_FROM_PTR(s);
}

// [align]: '<' ljust, '>' rjust, '^' center.
static kl_obj_t justify(size_t n_args, const kl_obj_t *args, char align, kl_qstr_t fname) {
    strv_t v, fill;
    strv_init(&v, args[0]);
    kl_int_t width = kl_obj_slice_get_arg_int(args[1]);
    fill_arg(&v, n_args, args, fname, &fill);
    if (width <= (kl_int_t)v.charlen) {
        return strv_exact(args[0], &v) ? args[0] : strv_sub(&v, 0, v.len);
    }
    size_t marg = (size_t)width - v.charlen;
    size_t left;
    if (align == '<') {
        left = 0;
    } else if (align == '>') {
        left = marg;
    } else {
        // CPython's rounding: the extra space goes left when the width is odd.
        left = marg / 2 + (marg & (size_t)width & 1);
    }
    return strv_result(&v, pad(&v, &fill, left, marg - left));
}

static kl_obj_t str_center(size_t n_args, const kl_obj_t *args) {
    return justify(n_args, args, '^', KL_QSTR_center);
}
static KL_DEFINE_FUN_VAR(str_center_obj, center, 2, 3, str_center);

static kl_obj_t str_ljust(size_t n_args, const kl_obj_t *args) {
    return justify(n_args, args, '<', KL_QSTR_ljust);
}
static KL_DEFINE_FUN_VAR(str_ljust_obj, ljust, 2, 3, str_ljust);

static kl_obj_t str_rjust(size_t n_args, const kl_obj_t *args) {
    return justify(n_args, args, '>', KL_QSTR_rjust);
}
static KL_DEFINE_FUN_VAR(str_rjust_obj, rjust, 2, 3, str_rjust);

static kl_obj_t str_zfill(kl_obj_t self, kl_obj_t width_obj) {
    strv_t v;
    strv_init(&v, self);
    kl_int_t width = kl_obj_slice_get_arg_int(width_obj);
    if (width <= (kl_int_t)v.charlen) {
        return strv_exact(self, &v) ? self : strv_sub(&v, 0, v.len);
    }
    strv_t zero = {"0", 1, 1, v.type, false};
    kl_obj_t padded = pad(&v, &zero, (size_t)width - v.charlen, 0);
    // A sign moves in front of the zeros: "-42".zfill(5) == "-0042".
    if (v.len > 0 && (v.data[0] == '+' || v.data[0] == '-')) {
        char *buf = (char *)((kl_obj_str_t *)KL_OBJ_TO_PTR(padded))->data;
        buf[(size_t)width - v.charlen] = '0';
        buf[0] = v.data[0];
    }
    return strv_result(&v, padded);
}
static KL_DEFINE_FUN_2(str_zfill_obj, zfill, str_zfill);

static const uint16_t expandtabs_names[] = {KL_QSTR_tabsize};

static kl_obj_t str_expandtabs(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t tabsize_arg;
    parse_args(KL_QSTR_expandtabs, n_args - 1, n_kw, args + 1, 1, expandtabs_names, &tabsize_arg);
    kl_int_t tabsize = tabsize_arg == KL_OBJ_NULL ? 8 : arg_c_int(tabsize_arg);
    strv_t v;
    strv_init(&v, args[0]);
    kl_vstr_t out;
    kl_vstr_init(&out, v.len);
    kl_int_t column = 0;
    size_t i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = strv_next(&v, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                kl_int_t n = tabsize - column % tabsize;
                for (kl_int_t k = 0; k < n; k++) {
                    kl_vstr_add_byte(&out, ' ');
                }
                column += n;
            }
            continue;
        }
        kl_vstr_add_strn(&out, v.data + at, i - at);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    return strv_vstr_result(&v, &out);
}
static KL_DEFINE_FUN_KW(str_expandtabs_obj, expandtabs, 1, str_expandtabs);

// ==== Translation ====

// table[key], or KL_OBJ_NULL when the lookup raises LookupError (the character is kept).
static kl_obj_t lookup_or_null(kl_obj_t table, kl_obj_t key) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t value = kl_obj_subscr(table, key, KL_OBJ_SENTINEL);
        kl_nlr_pop();
        return value;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_LookupError)) {
        return KL_OBJ_NULL;
    }
    kl_nlr_jump(nlr.ret_val);
}

// str.translate(table); bytes.translate(table, /, delete=b'').
static kl_obj_t str_translate(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    strv_t v;
    strv_init(&v, args[0]);
    kl_vstr_t out;
    kl_vstr_init(&out, v.len);
    if (!strv_is_str(&v)) {
        // The table is None or 256 bytes.
        if (n_args + n_kw > 3) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("translate() takes at most 2 arguments (%z given)"),
                             n_args + n_kw - 1);
        }
        if (n_args < 2) {
            kl_raise_TypeError(
                KL_ERROR_TEXT("translate() takes at least 1 positional argument (0 given)"));
        }
        kl_obj_t delete_arg = n_args > 2 ? args[2] : KL_OBJ_NULL;
        if (n_kw > 0) {
            kl_obj_t name = args[n_args];
            if (kl_obj_str_get_qstr(name) != KL_QSTR_delete) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("'%S' is an invalid keyword argument for "
                                               "translate()"),
                                 name);
            }
            delete_arg = args[n_args + 1];
        }
        strv_t table = {NULL, 0, 0, &kl_type_bytes, false};
        strv_t del = {"", 0, 0, &kl_type_bytes, false};
        if (args[1] != kl_const_none) {
            arg_view(&v, args[1], &table);
            if (table.len != 256) {
                kl_raise_ValueError(KL_ERROR_TEXT("translation table must be 256 characters long"));
            }
        }
        if (delete_arg != KL_OBJ_NULL) {
            arg_view(&v, delete_arg, &del);
        }
        for (size_t i = 0; i < v.len; i++) {
            uint8_t b = (uint8_t)v.data[i];
            if (del.len > 0 && memchr(del.data, b, del.len) != NULL) {
                continue;
            }
            kl_vstr_add_byte(&out, table.data != NULL ? table.data[b] : (char)b);
        }
        return strv_vstr_result(&v, &out);
    }
    if (n_kw > 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("str.translate() takes no keyword arguments"));
    }
    if (n_args != 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("str.translate() takes exactly one argument (%z given)"),
                         n_args - 1);
    }
    size_t i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = strv_next(&v, &i);
        kl_obj_t m = lookup_or_null(args[1], KL_OBJ_NEW_SMALL_INT(c));
        if (m == KL_OBJ_NULL) {
            kl_vstr_add_strn(&out, v.data + at, i - at);
        } else if (m == kl_const_none) {
            continue;
        } else if (kl_obj_is_str(m)) {
            size_t len;
            const char *d = kl_obj_str_get_data(m, &len);
            kl_vstr_add_strn(&out, d, len);
        } else if (KL_OBJ_IS_SMALL_INT(m)) {
            kl_int_t cp = KL_OBJ_SMALL_INT_VALUE(m);
            if (cp < 0 || cp > KL_UNICODE_MAX) {
                kl_raise_ValueError(KL_ERROR_TEXT("character mapping must be in range(0x110000)"));
            }
            kl_vstr_add_char(&out, (uint32_t)cp);
        } else {
            kl_raise_TypeError(KL_ERROR_TEXT("character mapping must return integer, None or str"));
        }
    }
    return kl_vstr_to_str(&out);
}
static KL_DEFINE_FUN_KW(str_translate_obj, translate, 1, str_translate);

// str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None.
static kl_obj_t str_maketrans(size_t n_args, const kl_obj_t *args) {
    kl_obj_t dict = kl_obj_new_dict(0);
    if (n_args == 1) {
        if (!kl_obj_is_type(args[0], &kl_type_dict)) {
            kl_raise_TypeError(
                KL_ERROR_TEXT("if you give only one argument to maketrans it must be a dict"));
        }
        kl_obj_iter_buf_t buf;
        kl_obj_t it = kl_getiter(args[0], &buf);
        kl_obj_t key;
        while ((key = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            kl_obj_t value = kl_obj_subscr(args[0], key, KL_OBJ_SENTINEL);
            if (kl_obj_is_str(key)) {
                if (kl_obj_str_get_charlen(key) != 1) {
                    kl_raise_ValueError(
                        KL_ERROR_TEXT("string keys in translate table must be of length 1"));
                }
                size_t len;
                const char *d = kl_obj_str_get_data(key, &len);
                key = KL_OBJ_NEW_SMALL_INT(kl_obj_str_utf8_decode(&d));
            } else if (!KL_OBJ_IS_SMALL_INT(key) && !kl_obj_isinstance(key, &kl_type_int)) {
                kl_raise_TypeError(
                    KL_ERROR_TEXT("keys in translate table must be strings or integers"));
            }
            kl_obj_subscr(dict, key, value);
        }
        return dict;
    }
    // The second and third arguments are checked first (CPython's argument parsing), then
    // the first.
    for (size_t i = 1; i < n_args; i++) {
        if (!kl_obj_is_str(args[i])) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("maketrans() argument %z must be str, not %N"), i + 1,
                             args[i]);
        }
    }
    if (!kl_obj_is_str(args[0])) {
        kl_raise_TypeError(KL_ERROR_TEXT("first maketrans argument must be a string if there is "
                                         "a second argument"));
    }
    strv_t x, y;
    strv_init(&x, args[0]);
    strv_init(&y, args[1]);
    if (x.charlen != y.charlen) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("the first two maketrans arguments must have equal length"));
    }
    size_t i = 0, j = 0;
    while (i < x.len) {
        uint32_t a = strv_next(&x, &i);
        uint32_t b = strv_next(&y, &j);
        kl_obj_subscr(dict, KL_OBJ_NEW_SMALL_INT(a), KL_OBJ_NEW_SMALL_INT(b));
    }
    if (n_args > 2) {
        strv_t z;
        strv_init(&z, args[2]);
        i = 0;
        while (i < z.len) {
            kl_obj_subscr(dict, KL_OBJ_NEW_SMALL_INT(strv_next(&z, &i)), kl_const_none);
        }
    }
    return dict;
}
static KL_DEFINE_FUN_VAR(str_maketrans_fun_obj, maketrans, 1, 3, str_maketrans);
static const kl_obj_static_class_method_t str_maketrans_obj = {{&kl_type_staticmethod},
                                                               KL_ROM_PTR(&str_maketrans_fun_obj)};

// bytes.maketrans(from, to): the 256-byte table for bytes.translate.
static kl_obj_t bytes_maketrans(kl_obj_t from, kl_obj_t to) {
    strv_t self = {NULL, 0, 0, &kl_type_bytes, false};
    strv_t a, b;
    arg_view(&self, from, &a);
    arg_view(&self, to, &b);
    if (a.len != b.len) {
        kl_raise_ValueError(KL_ERROR_TEXT("maketrans arguments must have same length"));
    }
    char *buf;
    kl_obj_str_t *s = str_alloc(&kl_type_bytes, 256, &buf);
    for (size_t i = 0; i < 256; i++) {
        buf[i] = (char)i;
    }
    for (size_t i = 0; i < a.len; i++) {
        buf[(uint8_t)a.data[i]] = b.data[i];
    }
    return KL_OBJ_FROM_PTR(s);
}
static KL_DEFINE_FUN_2(bytes_maketrans_fun_obj, maketrans, bytes_maketrans);
static const kl_obj_static_class_method_t bytes_maketrans_obj = {
    {&kl_type_staticmethod}, KL_ROM_PTR(&bytes_maketrans_fun_obj)};
#endif // KL_CFG_STR_METHODS_FULL

// ==== Codecs ====

enum {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF8_SIG, // utf-8 with a byte order mark
    CODEC_UTF16,    // with a byte order mark; little endian when encoding
    CODEC_UTF16_LE,
    CODEC_UTF16_BE,
    CODEC_UTF32,
    CODEC_UTF32_LE,
    CODEC_UTF32_BE,
};
enum {
    ERRORS_STRICT,
    ERRORS_BACKSLASH, // backslashreplace: \xe9, \u20ac
    ERRORS_IGNORE,
    ERRORS_REPLACE,
    ERRORS_XMLCHARREF, // xmlcharrefreplace (encoding only): &#8364;
    ERRORS_SURROGATE,  // surrogateescape: undecodable bytes <-> U+DC80..U+DCFF
};

static const char *const codec_names[] = {
    "utf-8",     "ascii",  "latin-1",
#if KL_CFG_STR_CODECS_FULL
    "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
#endif
};

// Code units of 2 or 4 bytes (0 for the byte codecs), and their order.
static int codec_width(int codec) {
#if KL_CFG_STR_CODECS_FULL
    return codec >= CODEC_UTF32 ? 4 : codec >= CODEC_UTF16 ? 2 : 0;
#else
    (void)codec;
    return 0;
#endif
}

#if KL_CFG_STR_CODECS_FULL
static bool codec_big_endian(int codec) {
    return codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
}
#endif

int kl_obj_str_word_index(const char *name, const char *words) {
    for (int i = 0; *words != '\0'; i++) {
        const char *p = name;
        while (*p != '\0' && *p == *words) {
            p++;
            words++;
        }
        if (*p == *words) {
            return i;
        }
        while (*words++ != '\0') {
        }
    }
    return -1;
}

#if KL_CFG_STR_CODECS_FULL
// The names of the codecs, with '_' written '-' and in lower case, as NUL-separated words
// (kl_obj_str_word_index); codec_of_alias gives the codec of each.
static const char codec_aliases[] = "utf-8\0"
                                    "utf8\0"
                                    "u8\0"
                                    "utf\0"
                                    "ascii\0"
                                    "us-ascii\0"
                                    "646\0"
                                    "latin-1\0"
                                    "latin1\0"
                                    "latin\0"
                                    "l1\0"
                                    "iso-8859-1\0"
                                    "iso8859-1\0"
                                    "8859\0"
                                    "cp819\0"
                                    "utf-8-sig\0"
                                    "utf-16\0"
                                    "utf16\0"
                                    "u16\0"
                                    "utf-16-le\0"
                                    "utf-16le\0"
                                    "utf-16-be\0"
                                    "utf-16be\0"
                                    "utf-32\0"
                                    "utf32\0"
                                    "u32\0"
                                    "utf-32-le\0"
                                    "utf-32le\0"
                                    "utf-32-be\0"
                                    "utf-32be\0";

static const uint8_t codec_of_alias[] = {
    CODEC_UTF8,   CODEC_UTF8,     CODEC_UTF8,     CODEC_UTF8,     CODEC_ASCII,    CODEC_ASCII,
    CODEC_ASCII,  CODEC_LATIN1,   CODEC_LATIN1,   CODEC_LATIN1,   CODEC_LATIN1,   CODEC_LATIN1,
    CODEC_LATIN1, CODEC_LATIN1,   CODEC_LATIN1,   CODEC_UTF8_SIG, CODEC_UTF16,    CODEC_UTF16,
    CODEC_UTF16,  CODEC_UTF16_LE, CODEC_UTF16_LE, CODEC_UTF16_BE, CODEC_UTF16_BE, CODEC_UTF32,
    CODEC_UTF32,  CODEC_UTF32,    CODEC_UTF32_LE, CODEC_UTF32_LE, CODEC_UTF32_BE, CODEC_UTF32_BE,
};
#define CODEC_OF_ALIAS(i) codec_of_alias[i]
#else
// Only the three names of codec_names, in the order of the CODEC_* values (their aliases, such as
// utf8 and latin1, are unknown).
static const char codec_aliases[] = "utf-8\0"
                                    "ascii\0"
                                    "latin-1\0";
#define CODEC_OF_ALIAS(i) (i)
#endif

// The codec named [name]: case and '_' versus '-' do not matter, as in CPython's aliases
// (whose spellings these are: utf16le is not one).
static KL_NORETURN void raise_unknown_encoding(const char *name) {
    kl_raise_msg_fmt(&kl_type_LookupError, KL_ERROR_TEXT("unknown encoding: %s"), name);
}

#if KL_CFG_CODEC_REGISTRY
// An encoding the core does not know: encoded or decoded by the codec registry (lib/_codecs.py,
// _text_encode or _text_decode), or KL_OBJ_NULL where this port has no _codecs module.
static kl_obj_t registry_code(bool encode, kl_obj_t arg, const char *name, const char *errors) {
    kl_nlr_buf_t nlr;
    kl_obj_t module;
    if (kl_nlr_push(&nlr) == 0) {
        module = kl_import_name(KL_QSTR__codecs, kl_const_none, 0);
        kl_nlr_pop();
    } else {
        if (!kl_obj_isinstance(nlr.ret_val, &kl_type_ImportError)) {
            kl_nlr_jump(nlr.ret_val);
        }
        return KL_OBJ_NULL;
    }
    kl_obj_t args[3] = {arg, kl_obj_new_str_from_cstr(name),
                        kl_obj_new_str_from_cstr(errors != NULL ? errors : "strict")};
    return kl_call_function_n_kw(
        kl_load_attr(module, encode ? KL_QSTR__text_encode : KL_QSTR__text_decode), 3, 0, args);
}
#define CODEC_REGISTRY (-1) // codec_lookup: not the core's, ask the registry
#endif

static int codec_lookup(const char *name) {
    if (name == NULL) {
        return CODEC_UTF8;
    }
    // Each alias is compared with the name folded a character at a time.
    const char *w = codec_aliases;
    for (int i = 0; *w != '\0'; i++) {
        for (const char *p = name;; p++, w++) {
            char c = *p == '_' ? '-' : (*p >= 'A' && *p <= 'Z') ? (char)(*p + 0x20) : *p;
            if (c != *w) {
                break;
            }
            if (c == '\0') {
                return CODEC_OF_ALIAS(i);
            }
        }
        while (*w++ != '\0') { // the rest of this alias
        }
    }
#if KL_CFG_CODEC_REGISTRY
    return CODEC_REGISTRY;
#else
    raise_unknown_encoding(name);
#endif
}

// The error handler named [name], in the order of the ERRORS_* values. CPython only looks the
// handler up when an error happens, so an unknown name is remembered (-1) and reported then.
// sys.stderr writes a lone surrogate with backslashreplace (vm/mod_sys.c).
static int errors_lookup(const char *name) {
    if (name == NULL) {
        return ERRORS_STRICT;
    }
    return kl_obj_str_word_index(name, "strict\0"
                                       "backslashreplace\0"
#if KL_CFG_STR_CODECS_FULL
                                       "ignore\0"
                                       "replace\0"
                                       "xmlcharrefreplace\0"
                                       "surrogateescape\0"
#endif
    );
}

// The backslashreplace text of [c] (\xe9, \u20ac, \U0001f600), appended to [out].
static void add_escape(kl_vstr_t *out, uint32_t c) {
    kl_print_t print;
    kl_vstr_print(&print, out);
    kl_obj_str_print_escape(&print, c);
}

// Append what replaces the undecodable bytes [data + start, data + end) under a handler other
// than strict; false when the handler cannot decode (xmlcharrefreplace, an unknown one).
static bool decode_replacement(kl_vstr_t *out, int errors, const char *data, size_t start,
                               size_t end) {
    for (size_t i = start; i < end; i++) {
        uint8_t b = (uint8_t)data[i];
        switch (errors) {
            case ERRORS_BACKSLASH:
                add_escape(out, b);
                break;
#if KL_CFG_STR_CODECS_FULL
            case ERRORS_IGNORE:
                break;
            case ERRORS_REPLACE:
                if (i == start) {
                    kl_vstr_add_char(out, KL_UNICODE_REPLACEMENT);
                }
                break;
            case ERRORS_SURROGATE:
                if (b < 0x80) {
                    return false;
                }
                kl_vstr_add_char(out, 0xdc00 + b);
                break;
#endif
            default:
                return false;
        }
    }
    return true;
}

#if KL_CFG_STR_CODECS_FULL
static KL_NORETURN void raise_handler_cannot_decode(void) {
    kl_raise_TypeError(
        KL_ERROR_TEXT("don't know how to handle UnicodeDecodeError in error callback"));
}
#endif

static void check_errors_known(int errors, const char *name) {
    if (errors < 0) {
        kl_raise_msg_fmt(&kl_type_LookupError, KL_ERROR_TEXT("unknown error handler name '%s'"),
                         name);
    }
}

// A decoding error over bytes [start, end) of [data]: raised under strict, else replaced as the
// handler says; returns where decoding resumes. surrogateescape escapes the leading bytes >= 0x80
// and resumes after them, and raises the error when there are none.
static size_t decode_error(kl_vstr_t *out, int errors, const char *errors_name, const char *codec,
                           const char *data, size_t len, size_t start, size_t end,
                           const char *reason) {
    check_errors_known(errors, errors_name);
#if KL_CFG_STR_CODECS_FULL
    if (errors == ERRORS_SURROGATE) {
        size_t k = start;
        while (k < end && (uint8_t)data[k] >= 0x80) {
            k++;
        }
        if (k > start) {
            decode_replacement(out, errors, data, start, k);
            return k;
        }
        // No such bytes: decode_replacement refuses the first one below, and the error is raised.
    }
#endif
    if (errors != ERRORS_STRICT && decode_replacement(out, errors, data, start, end)) {
        return end;
    }
#if KL_CFG_STR_CODECS_FULL
    if (errors == ERRORS_XMLCHARREF) {
        raise_handler_cannot_decode();
    }
#endif
    kl_raise(kl_obj_new_unicode_error(&kl_type_UnicodeDecodeError, codec,
                                      kl_obj_new_bytes(data, len), start, end, reason));
}

#if KL_CFG_STR_CODECS_FULL
static uint32_t read_unit(const uint8_t *p, int width, bool big) {
    uint32_t u = 0;
    for (int k = 0; k < width; k++) {
        u |= (uint32_t)p[big ? width - 1 - k : k] << (8 * k);
    }
    return u;
}

// UTF-16 and UTF-32. The plain codecs read a byte order mark (little endian without one) and
// name the byte order they settled on in errors, as CPython does.
static kl_obj_t decode_wide(const char *data, size_t len, int codec, int errors,
                            const char *errors_name) {
    const uint8_t *d = (const uint8_t *)data;
    int width = codec_width(codec);
    bool big = codec_big_endian(codec);
    size_t i = 0;
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) {
        if (len >= (size_t)width && read_unit(d, width, false) == 0xfeff) {
            i = (size_t)width;
        } else if (len >= (size_t)width && read_unit(d, width, true) == 0xfeff) {
            i = (size_t)width;
            big = true;
        }
        codec += big ? 2 : 1;
    }
    const char *name = codec_names[codec];
    kl_vstr_t out;
    kl_vstr_init(&out, len);
    while (i < len) {
        if (len - i < (size_t)width) {
            i = decode_error(&out, errors, errors_name, name, data, len, i, len, "truncated data");
            continue;
        }
        uint32_t u = read_unit(d + i, width, big);
        if (width == 4) {
            const char *reason = u > 0x10ffff ? "code point not in range(0x110000)"
                                 : (u >= 0xd800 && u <= 0xdfff)
                                     ? "code point in surrogate code point range(0xd800, 0xe000)"
                                     : NULL;
            if (reason != NULL) {
                i = decode_error(&out, errors, errors_name, name, data, len, i, i + 4, reason);
            } else {
                kl_vstr_add_char(&out, u);
                i += 4;
            }
            continue;
        }
        if (u < 0xd800 || u > 0xdfff) {
            kl_vstr_add_char(&out, u);
            i += 2;
        } else if (u >= 0xdc00) {
            i = decode_error(&out, errors, errors_name, name, data, len, i, i + 2,
                             "illegal encoding");
        } else if (len - i < 4) {
            i = decode_error(&out, errors, errors_name, name, data, len, i, len,
                             "unexpected end of data");
        } else {
            uint32_t low = read_unit(d + i + 2, 2, big);
            if (low >= 0xdc00 && low <= 0xdfff) {
                kl_vstr_add_char(&out, 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
                i += 4;
            } else {
                i = decode_error(&out, errors, errors_name, name, data, len, i, i + 2,
                                 "illegal UTF-16 surrogate");
            }
        }
    }
    return kl_vstr_to_str(&out);
}
#endif // KL_CFG_STR_CODECS_FULL

kl_obj_t kl_obj_str_decode(const char *data, size_t len, const char *encoding,
                           const char *errors_name) {
    int codec = codec_lookup(encoding);
#if KL_CFG_CODEC_REGISTRY
    if (codec == CODEC_REGISTRY) {
        kl_obj_t r = registry_code(false, kl_obj_new_bytes(data, len), encoding, errors_name);
        if (r == KL_OBJ_NULL) {
            raise_unknown_encoding(encoding);
        }
        return r;
    }
#endif
#if !KL_CFG_STR_UNICODE
    // Every str is ASCII: ASCII decodes to itself in each codec, and any other byte is a
    // UnicodeError whatever the codec and handler (kl_obj_new_str raises it). So no handler is
    // looked up, as MicroPython reads none: an unknown one is that UnicodeError too.
    (void)codec;
    (void)errors_name;
    return kl_obj_new_str(data, len);
#endif
    int errors = errors_lookup(errors_name);
#if KL_CFG_STR_CODECS_FULL
    if (codec_width(codec) != 0) {
        return decode_wide(data, len, codec, errors, errors_name);
    }
    if (codec == CODEC_UTF8_SIG) {
        // The byte order mark is optional; what follows is plain UTF-8.
        if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
            data += 3;
            len -= 3;
        }
        codec = CODEC_UTF8;
    }
#endif
    kl_vstr_t out;
    size_t i = 0;
    if (codec == CODEC_UTF8) {
        size_t bad_len;
        const char *reason;
        size_t ok = kl_obj_str_utf8_check(data, len, &bad_len, &reason);
        if (ok == len) {
            return kl_obj_new_str(data, len);
        }
        kl_vstr_init(&out, len);
        while (i < len) {
            ok = i + kl_obj_str_utf8_check(data + i, len - i, &bad_len, &reason);
            kl_vstr_add_strn(&out, data + i, ok - i);
            if (ok == len) {
                break;
            }
            i = decode_error(&out, errors, errors_name, "utf-8", data, len, ok, ok + bad_len,
                             reason);
        }
        return kl_vstr_to_str(&out);
    }
    kl_vstr_init(&out, len);
    for (i = 0; i < len; i++) {
        uint8_t b = (uint8_t)data[i];
        if (b < 0x80 || codec == CODEC_LATIN1) {
            kl_vstr_add_char(&out, b);
            continue;
        }
        (void)decode_error(&out, errors, errors_name, "ascii", data, len, i, i + 1,
                           "ordinal not in range(128)");
    }
    return kl_vstr_to_str(&out);
}

static KL_NORETURN void raise_encode_error(const char *codec, const strv_t *v, size_t start_byte,
                                           size_t end_byte, const char *reason) {
    size_t start = strv_charindex(v, start_byte);
    size_t n = strv_count_chars(v, start_byte, end_byte);
    kl_raise(kl_obj_new_unicode_error(&kl_type_UnicodeEncodeError, codec,
                                      kl_obj_new_str(v->data, v->len), start, start + n, reason));
}

// Append code point [c] in [codec] (which can encode it).
static void encode_char(kl_vstr_t *out, int codec, uint32_t c) {
    int width = codec_width(codec);
    if (width == 0) {
        if (codec == CODEC_ASCII || codec == CODEC_LATIN1) {
            kl_vstr_add_byte(out, (char)c);
        } else {
            kl_vstr_add_char(out, c);
        }
        return;
    }
#if KL_CFG_STR_CODECS_FULL
    if (width == 2 && c >= 0x10000) {
        encode_char(out, codec, 0xd800 + ((c - 0x10000) >> 10));
        encode_char(out, codec, 0xdc00 + ((c - 0x10000) & 0x3ff));
        return;
    }
    bool big = codec_big_endian(codec);
    char *p = kl_vstr_extend(out, (size_t)width);
    for (int k = 0; k < width; k++) {
        p[big ? width - 1 - k : k] = (char)((c >> (8 * k)) & 0xff);
    }
#endif
}

kl_obj_t kl_obj_str_encode(kl_obj_t s, const char *encoding, const char *errors_name) {
    int codec = codec_lookup(encoding);
#if KL_CFG_CODEC_REGISTRY
    if (codec == CODEC_REGISTRY) {
        kl_obj_t r = registry_code(true, s, encoding, errors_name);
        if (r == KL_OBJ_NULL) {
            raise_unknown_encoding(encoding);
        }
        return r;
    }
#endif
    strv_t v;
    strv_init(&v, s);
#if !KL_CFG_STR_UNICODE
    // Every str is ASCII, the same bytes in each codec, so nothing fails and no handler is
    // looked up.
    (void)codec;
    (void)errors_name;
    return kl_obj_new_bytes(v.data, v.len);
#endif
    int errors = errors_lookup(errors_name);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    kl_vstr_t out;
    kl_vstr_init(&out, v.len);
#if KL_CFG_STR_CODECS_FULL
    // Errors name the codec asked for (utf-8-sig reports as utf-8).
    const char *name = codec == CODEC_UTF8_SIG ? "utf-8" : codec_names[codec];
    // The byte order marks: utf-8-sig always writes one, utf-16 and utf-32 their little endian one.
    if (codec == CODEC_UTF8_SIG) {
        kl_vstr_add_strn(&out, "\xef\xbb\xbf", 3);
    } else if (codec == CODEC_UTF16 || codec == CODEC_UTF32) {
        codec++; // the little endian form
        encode_char(&out, codec, 0xfeff);
    }
#else
    const char *name = codec_names[codec];
#endif
    size_t i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = strv_next(&v, &i);
        bool ok = c < limit && (limit < 0x800 || c < 0xd800 || c > 0xdfff);
        if (ok) {
            encode_char(&out, codec, c);
            continue;
        }
        check_errors_known(errors, errors_name);
#if KL_CFG_STR_CODECS_FULL
        if (errors == ERRORS_SURROGATE && c >= 0xdc80 && c <= 0xdcff && codec_width(codec) == 0) {
            kl_vstr_add_byte(&out, (char)(c - 0xdc00)); // a byte decoding escaped
            continue;
        }
#endif
        if (errors == ERRORS_STRICT || errors == ERRORS_SURROGATE) {
            // CPython's byte codecs report the whole run of characters that cannot be encoded,
            // its UTF-16 and UTF-32 encoders the first one.
            size_t end = i;
            while (end < v.len && codec_width(codec) == 0) {
                size_t j = end;
                uint32_t d = strv_next(&v, &j);
                if (d < limit && (limit < 0x800 || d < 0xd800 || d > 0xdfff)) {
                    break;
                }
                end = j;
            }
            raise_encode_error(name, &v, at, end, reason);
        }
        // The other handlers write ASCII text, encoded like any other.
        kl_vstr_t rep;
        kl_vstr_init(&rep, 16);
        if (errors == ERRORS_BACKSLASH) {
            add_escape(&rep, c);
        }
#if KL_CFG_STR_CODECS_FULL
        if (errors == ERRORS_REPLACE) {
            kl_vstr_add_byte(&rep, '?');
        }
        if (errors == ERRORS_XMLCHARREF) {
            kl_print_t print;
            kl_vstr_print(&print, &rep);
            kl_printf(&print, "&#%u;", (unsigned)c);
        }
#endif
        for (size_t k = 0; k < rep.len; k++) {
            encode_char(&out, codec, (uint8_t)rep.buf[k]);
        }
    }
    return kl_vstr_to_bytes(&out);
}

// The parameters of str() and of bytes(): an object, then what encode and decode take.
static const uint16_t str_new_names[] = {KL_QSTR_object, KL_QSTR_encoding, KL_QSTR_errors};
static const uint16_t bytes_new_names[] = {KL_QSTR_source, KL_QSTR_encoding, KL_QSTR_errors};

// Sort the arguments of str(), bytes(), str.encode or bytes.decode into [a] (parse_args), the
// last two of [names] being encoding and errors; those two are read into [cstr] as C strings
// (NULL when not given). CPython checks their types before anything else.
static void codec_args(kl_qstr_t fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const uint16_t *names, kl_obj_t *a, const char **cstr) {
    parse_args(fname, n_pos, n_kw, args, n_names, names, a);
    for (size_t i = 0; i < 2; i++) {
        kl_obj_t o = a[n_names - 2 + i];
        cstr[i] = NULL;
        if (o != KL_OBJ_NULL) {
            if (!kl_obj_is_str(o)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%q() argument '%q' must be str, not %N"), fname,
                                 (kl_qstr_t)names[n_names - 2 + i], o);
            }
            size_t len;
            cstr[i] = kl_obj_str_get_data(o, &len);
        }
    }
}

#if KL_CFG_STR_CODEC_METHODS
// str.encode(encoding='utf-8', errors='strict') and bytes.decode(...), one function for the two
// method objects (the runtime has checked that self is of the method's type).
static kl_obj_t str_codec(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    strv_t v;
    strv_init(&v, args[0]);
    bool encode = strv_is_str(&v);
    kl_obj_t a[2];
    const char *c[2];
    codec_args(encode ? KL_QSTR_encode : KL_QSTR_decode, n_args - 1, n_kw, args + 1, 2,
               str_new_names + 1, a, c);
    return encode ? kl_obj_str_encode(args[0], c[0], c[1])
                  : kl_obj_str_decode(v.data, v.len, c[0], c[1]);
}
static KL_DEFINE_FUN_KW(str_encode_obj, encode, 1, str_codec);
static KL_DEFINE_FUN_KW(bytes_decode_obj, decode, 1, str_codec);
#endif // KL_CFG_STR_CODEC_METHODS

#if KL_CFG_STR_ARGS_FULL
// bytes.__bytes__(): the plain bytes value (of a subclass instance too).
static kl_obj_t bytes___bytes__(kl_obj_t self) {
    return native(self);
}
static KL_DEFINE_FUN_1(bytes___bytes___obj, __bytes__, bytes___bytes__);
#endif

#if KL_CFG_STR_METHODS_FULL
// bytes.hex([sep[, bytes_per_sep]])
static const uint16_t hex_names[] = {KL_QSTR_sep, KL_QSTR_bytes_per_sep};

static kl_obj_t bytes_hex(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[2];
    parse_args(KL_QSTR_hex, n_args - 1, n_kw, args + 1, 2, hex_names, a);
    strv_t v;
    strv_init(&v, args[0]);
    char sep = 0;
    kl_int_t per = 1;
    if (a[1] != KL_OBJ_NULL) {
        per = arg_c_int(a[1]); // read first, even with no separator
    }
    if (a[0] != KL_OBJ_NULL) {
        // CPython asks for the separator's length before its type.
        if (kl_obj_get_int(kl_obj_len(a[0])) != 1) {
            kl_raise_ValueError(KL_ERROR_TEXT("sep must be length 1."));
        }
        if (!kl_obj_is_str(a[0]) && !kl_obj_is_bytes(a[0])) {
            kl_raise_TypeError(KL_ERROR_TEXT("sep must be str or bytes."));
        }
        size_t slen;
        const char *sp = kl_obj_str_get_data(a[0], &slen);
        if ((uint8_t)sp[0] >= 0x80) {
            kl_raise_ValueError(KL_ERROR_TEXT("sep must be ASCII."));
        }
        sep = sp[0];
    }
    kl_vstr_t out;
    kl_vstr_init(&out, v.len * 3);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < v.len; i++) {
        // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
        if (sep != 0 && i > 0 && group > 0) {
            size_t k = per > 0 ? v.len - i : i;
            if (k % group == 0) {
                kl_vstr_add_byte(&out, sep);
            }
        }
        uint8_t b = (uint8_t)v.data[i];
        kl_vstr_add_byte(&out, "0123456789abcdef"[b >> 4]);
        kl_vstr_add_byte(&out, "0123456789abcdef"[b & 0xf]);
    }
    return kl_vstr_to_str(&out);
}
static KL_DEFINE_FUN_KW(bytes_hex_obj, hex, 1, bytes_hex);

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// bytes.fromhex(string) and bytearray.fromhex(string), a class method: the result has the
// type [cls] (a subclass is called with the bytes).
static kl_obj_t bytes_fromhex(kl_obj_t cls, kl_obj_t string) {
    if (!kl_obj_is_str(string)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("fromhex() argument must be str, not %N"), string);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(string, &len);
    kl_vstr_t out;
    kl_vstr_init(&out, len / 2);
    size_t i = 0;
    for (;;) {
        while (i < len && kl_obj_str_char_isspace((uint8_t)s[i])) {
            i++;
        }
        if (i >= len) {
            break;
        }
        int hi = hex_digit(s[i]);
        int lo = i + 1 < len ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("non-hexadecimal number found in fromhex() arg at "
                                           "position %z"),
                             hi < 0 ? i : i + 1);
        }
        kl_vstr_add_byte(&out, (char)(hi << 4 | lo));
        i += 2;
    }
#if KL_CFG_BYTEARRAY
    if (cls == KL_OBJ_FROM_PTR(&kl_type_bytearray)) {
        return kl_obj_bytearray_from_vstr(&out);
    }
#endif
    kl_obj_t result = kl_vstr_to_bytes(&out);
    if (cls != KL_OBJ_FROM_PTR(&kl_type_bytes)) {
        result = kl_call_function_1(cls, result);
    }
    return result;
}
static KL_DEFINE_FUN_2(bytes_fromhex_fun_obj, fromhex, bytes_fromhex);
static const kl_obj_static_class_method_t bytes_fromhex_obj = {{&kl_type_classmethod},
                                                               KL_ROM_PTR(&bytes_fromhex_fun_obj)};
#endif // KL_CFG_STR_METHODS_FULL

// ==== Constructors ====

// str(), str(object), str(object, encoding[, errors])
static kl_obj_t str_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    (void)type;
    kl_obj_t a[3];
    const char *c[2];
    codec_args(KL_QSTR_str, n_args, n_kw, args, 3, str_new_names, a, c);
    if (a[0] == KL_OBJ_NULL) {
        return KL_OBJ_NEW_QSTR(KL_QSTR_NULL);
    }
    if (a[1] == KL_OBJ_NULL && a[2] == KL_OBJ_NULL) {
        return kl_obj_str_of(a[0], KL_PRINT_STR);
    }
    if (WORDING_ONLY(kl_obj_is_str(a[0]))) {
        kl_raise_TypeError(KL_ERROR_TEXT("decoding str is not supported"));
    }
    if (WORDING_ONLY(!kl_buffer_check(a[0]))) { // else kl_buffer_get raises the TypeError
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("decoding to str: need a bytes-like object, %T found"),
                         a[0]);
    }
    size_t len;
    const char *data;
    kl_buffer_get(a[0], &data, &len, false);
    return kl_obj_str_decode(data, len, c[0], c[1]);
}

// bytes(), bytes(n), bytes(str, encoding[, errors]), bytes(iterable of ints), bytes(obj with
// __bytes__)
static kl_obj_t bytes_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    kl_obj_t a[3];
    const char *c[2];
    codec_args(KL_QSTR_bytes, n_args, n_kw, args, 3, bytes_new_names, a, c);
    kl_obj_t src = a[0];
    if (src != KL_OBJ_NULL && kl_obj_is_str(src)) {
        if (a[1] == KL_OBJ_NULL) {
            kl_raise_TypeError(KL_ERROR_TEXT("string argument without an encoding"));
        }
        return kl_obj_str_encode(src, c[0], c[1]);
    }
    if (a[1] != KL_OBJ_NULL || a[2] != KL_OBJ_NULL) {
        kl_raise_TypeError(a[1] != KL_OBJ_NULL ? KL_ERROR_TEXT("encoding without a string argument")
                                               : KL_ERROR_TEXT("errors without a string argument"));
    }
    if (src == KL_OBJ_NULL) {
        return KL_OBJ_FROM_PTR(&empty_bytes_obj);
    }
    if (KL_OBJ_IS_OBJ(src) && (((kl_obj_base_t *)src)->type->flags & KL_TYPE_FLAG_HEAP)) {
        kl_obj_t dest[2];
        kl_load_special_method_maybe(src, KL_QSTR___bytes__, dest);
        if (dest[0] != KL_OBJ_NULL) {
            if (!KL_CFG_STR_ARGS_FULL) {
                kl_raise_NotImplementedError(KL_ERROR_TEXT("__bytes__"));
            }
            kl_obj_t b = kl_call_method_n_kw(0, 0, dest);
            if (!kl_obj_is_bytes(b)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__bytes__ returned non-bytes (type %T)"), b);
            }
            return b;
        }
    }
    if (kl_obj_is_type(src, &kl_type_bytes)) {
        return src;
    }
    if (kl_buffer_check(src)) {
        // A bytes subclass instance, bytearray, memoryview or array: a copy of its bytes.
        size_t len;
        const char *data;
        kl_buffer_get(src, &data, &len, false);
        return kl_obj_new_bytes(data, len);
    }
    kl_int_t n;
    kl_slice_index_result_t r = kl_obj_slice_index_value(src, &n);
    if (r == KL_SLICE_INDEX_OVERFLOW) {
        kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
    }
    if (r != KL_SLICE_INDEX_NOT_INT) {
        if (n < 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("negative count"));
        }
        char *buf;
        kl_obj_str_t *s = str_alloc(&kl_type_bytes, (size_t)n, &buf);
        memset(buf, 0, (size_t)n);
        return KL_OBJ_FROM_PTR(s);
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 16);
    kl_obj_t it = getiter_or_null(src);
    if (WORDING_ONLY(it == KL_OBJ_NULL)) { // never without error text
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("cannot convert '%T' object to bytes"),
                         src);
    }
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        kl_int_t b;
        if (kl_obj_slice_index_value(item, &b) == KL_SLICE_INDEX_NOT_INT) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%T' object cannot be interpreted as an integer"),
                             item);
        }
        if (b < 0 || b > 255) {
            kl_raise_ValueError(KL_ERROR_TEXT("bytes must be in range(0, 256)"));
        }
        kl_vstr_add_byte(&out, (char)b);
    }
    return kl_vstr_to_bytes(&out);
}

// ==== Type protocol ====

static void str_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    size_t len;
    const char *data = kl_obj_str_get_data(o, &len);
    bool text = kl_obj_is_str(o);
    if (kind == KL_PRINT_STR && text) {
        kl_print_strn(print, data, len);
    } else {
        kl_obj_str_repr(print, data, len, !text);
    }
}

kl_obj_t kl_obj_str_unary_op(kl_unary_op_t op, kl_obj_t self) {
    switch (op) {
#if KL_CFG_STR_UNICODE
        case KL_UNARY_OP_BOOL: {
            size_t len;
            kl_obj_str_get_data(self, &len);
            return KL_OBJ_FROM_BOOL(len != 0);
        }
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(kl_obj_str_get_charlen(self));
#else
        case KL_UNARY_OP_BOOL:
        case KL_UNARY_OP_LEN: {
            // Every str is ASCII: both read the length.
            size_t n = kl_obj_str_get_charlen(self);
            return op == KL_UNARY_OP_BOOL ? KL_OBJ_FROM_BOOL(n != 0) : KL_OBJ_NEW_SMALL_INT(n);
        }
#endif
        case KL_UNARY_OP_HASH:
            return KL_OBJ_NEW_SMALL_INT(kl_obj_str_get_hash(self));
        default:
            return KL_OBJ_NULL;
    }
}

// [seq] * [count] for a str or bytes.
static kl_obj_t repeat(kl_obj_t seq, kl_obj_t count) {
    // The count is read as for a list or tuple: below 0 only when a class of its own may
    // implement __rmul__.
    kl_int_t n = kl_obj_tuple_repeat_count(count);
    if (n < 0) {
        return KL_OBJ_NULL;
    }
    strv_t v;
    strv_init(&v, seq);
    if (n == 0 || v.len == 0) {
        return kl_obj_str_new_of_type(v.type, "", 0);
    }
    if (n == 1 && strv_exact(seq, &v)) {
        return seq;
    }
    // A length past what an index can hold is CPython's OverflowError; one that merely does
    // not fit in memory is a MemoryError.
    size_t unit = strv_is_str(&v) ? v.charlen : v.len;
    if ((size_t)n > (size_t)INTPTR_MAX / unit) {
        kl_raise_OverflowError(strv_is_str(&v) ? KL_ERROR_TEXT("repeated string is too long")
                                               : KL_ERROR_TEXT("repeated bytes are too long"));
    }
    // (Where size_t is 32 bits and the unit is the length, the check above implies this one.)
    if ((SIZE_MAX > UINT32_MAX || KL_CFG_STR_UNICODE) && (size_t)n > (UINT32_MAX - 64) / v.len) {
        kl_raise_MemoryError();
    }
    char *buf;
    kl_obj_str_t *s = str_alloc(v.type, v.len * (size_t)n, &buf);
    for (kl_int_t i = 0; i < n; i++) {
        kl_mem_copy(buf + (size_t)i * v.len, v.data, v.len);
    }
    // str_alloc set charlen to the length: where every str is ASCII it is.
    if (KL_CFG_STR_UNICODE) {
        s->charlen = (uint32_t)(v.charlen * (size_t)n);
    }
    return KL_OBJ_FROM_PTR(s);
}

static bool is_foreign_class_instance(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && (((kl_obj_base_t *)o)->type->flags & KL_TYPE_FLAG_HEAP);
}

static kl_obj_t str_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    bool lhs_str = kl_obj_is_str(lhs);
    if (!lhs_str && !kl_obj_is_bytes(lhs)) {
        // Reached for the right operand: only `3 * 'ab'` concerns us.
        if (op == KL_BINARY_OP_MUL) {
            return repeat(rhs, lhs);
        }
        return KL_OBJ_NULL;
    }
    strv_t a;
    strv_init(&a, lhs);
    bool same = lhs_str ? kl_obj_is_str(rhs) : kl_obj_is_bytes(rhs);
    // bytes + and `in` take any bytes-like operand; comparisons leave bytearray and memoryview
    // operands to those types (their reflected operation).
    bool like = lhs_str ? same : kl_buffer_check(rhs);
    switch (op) {
        case KL_BINARY_OP_ADD: {
            if (!like) {
                if (is_foreign_class_instance(rhs)) {
                    return KL_OBJ_NULL;
                }
                if (WORDING_ONLY(lhs_str)) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("can only concatenate str (not \"%T\") to str"),
                                     rhs);
                }
                kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("can't concat %T to bytes"),
                                 rhs);
            }
            // lhs and rhs joined by an empty separator of lhs's type.
            kl_obj_t items[2] = {lhs, rhs};
            a.len = 0;
            return concat(&a, 2, items, true);
        }
        case KL_BINARY_OP_MUL:
            return repeat(lhs, rhs);
#if KL_CFG_STR_PERCENT || KL_CFG_BYTES_FORMAT
        case KL_BINARY_OP_MOD:
            return kl_format_percent(lhs, rhs);
#endif
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE: {
            if (!same) {
                return KL_OBJ_NULL;
            }
            strv_t b;
            strv_init(&b, rhs);
            int c = str_cmp(a.data, a.len, b.data, b.len);
            // Bit 0, 1 or 2 of the operator's nibble: its answer for less, equal or greater.
            // LT 001, GT 100, EQ 010, NE 101, LE 011, GE 110.
            unsigned bit = 4 * (unsigned)(op - KL_BINARY_OP_LT) + (unsigned)((c > 0) - (c < 0) + 1);
            return KL_OBJ_FROM_BOOL((0x635241u >> bit) & 1);
        }
        case KL_BINARY_OP_CONTAINS: {
            strv_t needle;
            char byte;
            // needle_view raises the TypeError of a wrong needle; this check words it for str.
            if (WORDING_ONLY(lhs_str && !same)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("'in <string>' requires string as left operand, "
                                               "not %T"),
                                 rhs);
            }
            needle_view(&a, rhs, &needle, &byte, true);
            return KL_OBJ_FROM_BOOL(find_bytes(a.data, a.len, needle.data, needle.len, false) !=
                                    NULL);
        }
        default:
            return KL_OBJ_NULL;
    }
}

// Load self[index] (str: a one-code-point str; bytes: an int) or self[slice] (KL_CFG_SLICE).
static kl_obj_t str_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value != KL_OBJ_SENTINEL) {
        return KL_OBJ_NULL; // the runtime: "'str' object does not support item assignment"
    }
    strv_t v;
    strv_init(&v, self);
    bool text = strv_is_str(&v);
#if KL_CFG_SLICE
    if (kl_obj_is_slice(index)) {
        kl_slice_indices_t ind;
        kl_obj_slice_indices(index, v.charlen, &ind);
        if (ind.step == 1) {
            if (ind.count == v.charlen && strv_exact(self, &v)) {
                return self;
            }
            size_t bs = strv_offset(&v, (size_t)ind.start);
            size_t be = ind.count == 0 ? bs : strv_offset(&v, (size_t)ind.stop);
            return strv_sub(&v, bs, be);
        }
        kl_vstr_t out;
        kl_vstr_init(&out, ind.count);
        if (strv_ascii(&v)) {
            char *buf = kl_vstr_extend(&out, ind.count);
            kl_int_t i = ind.start;
            for (size_t k = 0; k < ind.count; k++, i += ind.step) {
                buf[k] = v.data[i];
            }
        } else if (ind.count > 0) {
            // Walk the text once, code point by code point, in the direction of the step.
            size_t off = strv_offset(&v, (size_t)ind.start);
            for (size_t k = 0; k < ind.count; k++) {
                size_t end = off;
                strv_next(&v, &end);
                kl_vstr_add_strn(&out, v.data + off, end - off);
                if (k + 1 == ind.count) {
                    break;
                }
                kl_int_t s = ind.step;
                if (s > 0) {
                    off = end;
                    while (--s > 0) {
                        strv_next(&v, &off);
                    }
                } else {
                    while (s++ < 0) {
                        strv_prev(&v, &off);
                    }
                }
            }
        }
        return text ? kl_vstr_to_str(&out) : kl_vstr_to_bytes(&out);
    }
#endif
    size_t i = kl_obj_slice_get_index(index, v.charlen,
                                      text ? KL_ERROR_TEXT("string index out of range")
                                           : KL_ERROR_TEXT("index out of range"),
                                      text ? KL_ERROR_TEXT("string indices must be integers, not "
                                                           "'%T'")
                                           : KL_ERROR_TEXT("byte indices must be integers or "
                                                           "slices, not %T"));
    if (!text) {
        return KL_OBJ_NEW_SMALL_INT((uint8_t)v.data[i]);
    }
    if (strv_ascii(&v)) {
        return kl_obj_new_str(v.data + i, 1);
    }
    size_t off = strv_offset(&v, i);
    const char *p = v.data + off;
    return kl_obj_str_from_char(kl_obj_str_utf8_decode(&p));
}

// ==== Iteration ====

#if KL_CFG_STR_UNICODE
static const kl_obj_iter_type_t str_iterator_type_head;
#define str_iterator_type (str_iterator_type_head.type)
#endif
static const kl_obj_iter_type_t str_ascii_iterator_type_head;
#define str_ascii_iterator_type (str_ascii_iterator_type_head.type)
#if KL_CFG_SEQ_ITER_TYPES
static const kl_obj_iter_type_t bytes_iterator_type_head;
#define bytes_iterator_type (bytes_iterator_type_head.type)
#else
// One type serves str and bytes, as one serves lists and tuples (vm/obj_tuple.c) and as in
// MicroPython; str_iter_next asks the sequence which it is.
#define bytes_iterator_type str_ascii_iterator_type
#endif

typedef struct _str_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t offset; // bytes consumed
} str_iter_t;

static kl_obj_t str_iter_next(kl_obj_t self) {
    str_iter_t *it = KL_OBJ_TO_PTR(self);
    size_t len;
    const char *data = kl_obj_str_get_data(it->seq, &len);
    if (it->offset >= len) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (KL_CFG_SEQ_ITER_TYPES ? it->base.type == &bytes_iterator_type : kl_obj_is_bytes(it->seq)) {
        return KL_OBJ_NEW_SMALL_INT((uint8_t)data[it->offset++]);
    }
    const char *p = data + it->offset;
    uint32_t c = kl_obj_str_utf8_decode(&p);
    it->offset = (size_t)(p - data);
    return kl_obj_str_from_char(c);
}

#if KL_CFG_STR_UNICODE
static const kl_obj_iter_type_t str_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_str_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = str_iter_next,
};
#endif

// CPython 3.11 names the iterator of an all-ASCII string differently; same code here.
static const kl_obj_iter_type_t str_ascii_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_str_ascii_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = str_iter_next,
};

#if KL_CFG_SEQ_ITER_TYPES
static const kl_obj_iter_type_t bytes_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_bytes_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = str_iter_next,
};
#endif

static kl_obj_t str_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    str_iter_t *it;
    if (iter_buf != NULL) {
        it = (str_iter_t *)iter_buf;
    } else {
        it = kl_gc_alloc(sizeof(str_iter_t), 0);
    }
#if KL_CFG_STR_UNICODE
    strv_t v;
    strv_init(&v, self);
    it->base.type = !strv_is_str(&v) ? &bytes_iterator_type
                    : strv_ascii(&v) ? &str_ascii_iterator_type
                                     : &str_iterator_type;
#else
    it->base.type = kl_obj_is_str(self) ? &str_ascii_iterator_type : &bytes_iterator_type;
#endif
    it->seq = native(self);
    it->offset = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Type objects ====
// The rarer methods are left out without KL_CFG_STR_METHODS_FULL.

// Sorted by name in ASCII order: the runtime binary-searches const dicts.
static const kl_rom_map_elem_t str_locals_table[] = {
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(__format__), KL_ROM_PTR(&kl_format_dunder_format_obj)},
#endif
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(capitalize), KL_ROM_PTR(&str_capitalize_obj)},
    {KL_ROM_QSTR(casefold), KL_ROM_PTR(&str_casefold_obj)},
    {KL_ROM_QSTR(center), KL_ROM_PTR(&str_center_obj)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&str_count_obj)},
#endif
#if KL_CFG_STR_CODEC_METHODS
    {KL_ROM_QSTR(encode), KL_ROM_PTR(&str_encode_obj)},
#endif
    {KL_ROM_QSTR(endswith), KL_ROM_PTR(&str_endswith_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(expandtabs), KL_ROM_PTR(&str_expandtabs_obj)},
#endif
    {KL_ROM_QSTR(find), KL_ROM_PTR(&str_find_obj)},
    {KL_ROM_QSTR(format), KL_ROM_PTR(&kl_format_str_format_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(format_map), KL_ROM_PTR(&kl_format_str_format_map_obj)},
#endif
    {KL_ROM_QSTR(index), KL_ROM_PTR(&str_index_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isalnum), KL_ROM_PTR(&str_isalnum_obj)},
#endif
    {KL_ROM_QSTR(isalpha), KL_ROM_PTR(&str_isalpha_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isascii), KL_ROM_PTR(&str_isascii_obj)},
    {KL_ROM_QSTR(isdecimal), KL_ROM_PTR(&str_isdecimal_obj)},
#endif
    {KL_ROM_QSTR(isdigit), KL_ROM_PTR(&str_isdigit_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isidentifier), KL_ROM_PTR(&str_isidentifier_obj)},
#endif
    {KL_ROM_QSTR(islower), KL_ROM_PTR(&str_islower_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isnumeric), KL_ROM_PTR(&str_isnumeric_obj)},
    {KL_ROM_QSTR(isprintable), KL_ROM_PTR(&str_isprintable_obj)},
#endif
    {KL_ROM_QSTR(isspace), KL_ROM_PTR(&str_isspace_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(istitle), KL_ROM_PTR(&str_istitle_obj)},
#endif
    {KL_ROM_QSTR(isupper), KL_ROM_PTR(&str_isupper_obj)},
    {KL_ROM_QSTR(join), KL_ROM_PTR(&str_join_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(ljust), KL_ROM_PTR(&str_ljust_obj)},
#endif
    {KL_ROM_QSTR(lower), KL_ROM_PTR(&str_lower_obj)},
    {KL_ROM_QSTR(lstrip), KL_ROM_PTR(&str_lstrip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(maketrans), KL_ROM_PTR(&str_maketrans_obj)},
    {KL_ROM_QSTR(partition), KL_ROM_PTR(&str_partition_obj)},
    {KL_ROM_QSTR(removeprefix), KL_ROM_PTR(&str_removeprefix_obj)},
    {KL_ROM_QSTR(removesuffix), KL_ROM_PTR(&str_removesuffix_obj)},
#endif
    {KL_ROM_QSTR(replace), KL_ROM_PTR(&str_replace_obj)},
    {KL_ROM_QSTR(rfind), KL_ROM_PTR(&str_rfind_obj)},
    {KL_ROM_QSTR(rindex), KL_ROM_PTR(&str_rindex_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(rjust), KL_ROM_PTR(&str_rjust_obj)},
    {KL_ROM_QSTR(rpartition), KL_ROM_PTR(&str_rpartition_obj)},
#endif
    {KL_ROM_QSTR(rsplit), KL_ROM_PTR(&str_rsplit_obj)},
    {KL_ROM_QSTR(rstrip), KL_ROM_PTR(&str_rstrip_obj)},
    {KL_ROM_QSTR(split), KL_ROM_PTR(&str_split_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(splitlines), KL_ROM_PTR(&str_splitlines_obj)},
#endif
    {KL_ROM_QSTR(startswith), KL_ROM_PTR(&str_startswith_obj)},
    {KL_ROM_QSTR(strip), KL_ROM_PTR(&str_strip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(swapcase), KL_ROM_PTR(&str_swapcase_obj)},
    {KL_ROM_QSTR(title), KL_ROM_PTR(&str_title_obj)},
    {KL_ROM_QSTR(translate), KL_ROM_PTR(&str_translate_obj)},
#endif
    {KL_ROM_QSTR(upper), KL_ROM_PTR(&str_upper_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(zfill), KL_ROM_PTR(&str_zfill_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(str_locals_dict, str_locals_table);

const kl_obj_ops_type_t kl_type_str_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_str,
            .make_new = str_make_new,
            .print = str_print,
            .binary_op = str_binary_op,
            .locals_dict = &str_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = kl_obj_str_unary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
};

#if KL_CFG_BYTES_OWN_METHODS
static const kl_rom_map_elem_t bytes_locals_table[] = {
#if KL_CFG_STR_ARGS_FULL
    {KL_ROM_QSTR(__bytes__), KL_ROM_PTR(&bytes___bytes___obj)},
#endif
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(capitalize), KL_ROM_PTR(&str_capitalize_obj)},
    {KL_ROM_QSTR(center), KL_ROM_PTR(&str_center_obj)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&str_count_obj)},
#endif
#if KL_CFG_STR_CODEC_METHODS
    {KL_ROM_QSTR(decode), KL_ROM_PTR(&bytes_decode_obj)},
#endif
    {KL_ROM_QSTR(endswith), KL_ROM_PTR(&str_endswith_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(expandtabs), KL_ROM_PTR(&str_expandtabs_obj)},
#endif
    {KL_ROM_QSTR(find), KL_ROM_PTR(&str_find_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(fromhex), KL_ROM_PTR(&bytes_fromhex_obj)},
    {KL_ROM_QSTR(hex), KL_ROM_PTR(&bytes_hex_obj)},
#endif
    {KL_ROM_QSTR(index), KL_ROM_PTR(&str_index_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isalnum), KL_ROM_PTR(&str_isalnum_obj)},
#endif
    {KL_ROM_QSTR(isalpha), KL_ROM_PTR(&str_isalpha_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isascii), KL_ROM_PTR(&str_isascii_obj)},
#endif
    {KL_ROM_QSTR(isdigit), KL_ROM_PTR(&str_isdigit_obj)},
    {KL_ROM_QSTR(islower), KL_ROM_PTR(&str_islower_obj)},
    {KL_ROM_QSTR(isspace), KL_ROM_PTR(&str_isspace_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(istitle), KL_ROM_PTR(&str_istitle_obj)},
#endif
    {KL_ROM_QSTR(isupper), KL_ROM_PTR(&str_isupper_obj)},
    {KL_ROM_QSTR(join), KL_ROM_PTR(&str_join_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(ljust), KL_ROM_PTR(&str_ljust_obj)},
#endif
    {KL_ROM_QSTR(lower), KL_ROM_PTR(&str_lower_obj)},
    {KL_ROM_QSTR(lstrip), KL_ROM_PTR(&str_lstrip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(maketrans), KL_ROM_PTR(&bytes_maketrans_obj)},
    {KL_ROM_QSTR(partition), KL_ROM_PTR(&str_partition_obj)},
    {KL_ROM_QSTR(removeprefix), KL_ROM_PTR(&str_removeprefix_obj)},
    {KL_ROM_QSTR(removesuffix), KL_ROM_PTR(&str_removesuffix_obj)},
#endif
    {KL_ROM_QSTR(replace), KL_ROM_PTR(&str_replace_obj)},
    {KL_ROM_QSTR(rfind), KL_ROM_PTR(&str_rfind_obj)},
    {KL_ROM_QSTR(rindex), KL_ROM_PTR(&str_rindex_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(rjust), KL_ROM_PTR(&str_rjust_obj)},
    {KL_ROM_QSTR(rpartition), KL_ROM_PTR(&str_rpartition_obj)},
#endif
    {KL_ROM_QSTR(rsplit), KL_ROM_PTR(&str_rsplit_obj)},
    {KL_ROM_QSTR(rstrip), KL_ROM_PTR(&str_rstrip_obj)},
    {KL_ROM_QSTR(split), KL_ROM_PTR(&str_split_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(splitlines), KL_ROM_PTR(&str_splitlines_obj)},
#endif
    {KL_ROM_QSTR(startswith), KL_ROM_PTR(&str_startswith_obj)},
    {KL_ROM_QSTR(strip), KL_ROM_PTR(&str_strip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(swapcase), KL_ROM_PTR(&str_swapcase_obj)},
    {KL_ROM_QSTR(title), KL_ROM_PTR(&str_title_obj)},
    {KL_ROM_QSTR(translate), KL_ROM_PTR(&str_translate_obj)},
#endif
    {KL_ROM_QSTR(upper), KL_ROM_PTR(&str_upper_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(zfill), KL_ROM_PTR(&str_zfill_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(bytes_locals_dict, bytes_locals_table);
#else
// The methods of str serve bytes (KL_CFG_BYTES_OWN_METHODS); str.format refuses a bytes self.
#define bytes_locals_dict str_locals_dict
#endif

const kl_obj_ops_type_t kl_type_bytes_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_bytes,
            .make_new = bytes_make_new,
            .print = str_print,
            .binary_op = str_binary_op,
            .locals_dict = &bytes_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = kl_obj_str_unary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
};

#if KL_CFG_BYTEARRAY
// bytearray's methods (vm/obj_bytearray.c): the bytes methods, which build bytearray results
// for a bytearray self, and the methods of a mutable sequence. Sorted like the tables above.
static const kl_rom_map_elem_t bytearray_locals_table[] = {
    {KL_ROM_QSTR(__iadd__), KL_ROM_PTR(&kl_obj_bytearray___iadd___obj)},
    {KL_ROM_QSTR(__imul__), KL_ROM_PTR(&kl_obj_bytearray___imul___obj)},
    {KL_ROM_QSTR(append), KL_ROM_PTR(&kl_obj_bytearray_append_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(capitalize), KL_ROM_PTR(&str_capitalize_obj)},
    {KL_ROM_QSTR(center), KL_ROM_PTR(&str_center_obj)},
#endif
    {KL_ROM_QSTR(clear), KL_ROM_PTR(&kl_obj_bytearray_clear_obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&kl_obj_bytearray_copy_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(count), KL_ROM_PTR(&str_count_obj)},
#endif
#if KL_CFG_STR_CODEC_METHODS
    {KL_ROM_QSTR(decode), KL_ROM_PTR(&bytes_decode_obj)},
#endif
    {KL_ROM_QSTR(endswith), KL_ROM_PTR(&str_endswith_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(expandtabs), KL_ROM_PTR(&str_expandtabs_obj)},
#endif
    {KL_ROM_QSTR(extend), KL_ROM_PTR(&kl_obj_bytearray_extend_obj)},
    {KL_ROM_QSTR(find), KL_ROM_PTR(&str_find_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(fromhex), KL_ROM_PTR(&bytes_fromhex_obj)},
    {KL_ROM_QSTR(hex), KL_ROM_PTR(&bytes_hex_obj)},
#endif
    {KL_ROM_QSTR(index), KL_ROM_PTR(&str_index_obj)},
    {KL_ROM_QSTR(insert), KL_ROM_PTR(&kl_obj_bytearray_insert_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isalnum), KL_ROM_PTR(&str_isalnum_obj)},
#endif
    {KL_ROM_QSTR(isalpha), KL_ROM_PTR(&str_isalpha_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(isascii), KL_ROM_PTR(&str_isascii_obj)},
#endif
    {KL_ROM_QSTR(isdigit), KL_ROM_PTR(&str_isdigit_obj)},
    {KL_ROM_QSTR(islower), KL_ROM_PTR(&str_islower_obj)},
    {KL_ROM_QSTR(isspace), KL_ROM_PTR(&str_isspace_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(istitle), KL_ROM_PTR(&str_istitle_obj)},
#endif
    {KL_ROM_QSTR(isupper), KL_ROM_PTR(&str_isupper_obj)},
    {KL_ROM_QSTR(join), KL_ROM_PTR(&str_join_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(ljust), KL_ROM_PTR(&str_ljust_obj)},
#endif
    {KL_ROM_QSTR(lower), KL_ROM_PTR(&str_lower_obj)},
    {KL_ROM_QSTR(lstrip), KL_ROM_PTR(&str_lstrip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(maketrans), KL_ROM_PTR(&bytes_maketrans_obj)},
    {KL_ROM_QSTR(partition), KL_ROM_PTR(&str_partition_obj)},
#endif
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&kl_obj_bytearray_pop_obj)},
    {KL_ROM_QSTR(remove), KL_ROM_PTR(&kl_obj_bytearray_remove_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(removeprefix), KL_ROM_PTR(&str_removeprefix_obj)},
    {KL_ROM_QSTR(removesuffix), KL_ROM_PTR(&str_removesuffix_obj)},
#endif
    {KL_ROM_QSTR(replace), KL_ROM_PTR(&str_replace_obj)},
    {KL_ROM_QSTR(reverse), KL_ROM_PTR(&kl_obj_bytearray_reverse_obj)},
    {KL_ROM_QSTR(rfind), KL_ROM_PTR(&str_rfind_obj)},
    {KL_ROM_QSTR(rindex), KL_ROM_PTR(&str_rindex_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(rjust), KL_ROM_PTR(&str_rjust_obj)},
    {KL_ROM_QSTR(rpartition), KL_ROM_PTR(&str_rpartition_obj)},
#endif
    {KL_ROM_QSTR(rsplit), KL_ROM_PTR(&str_rsplit_obj)},
    {KL_ROM_QSTR(rstrip), KL_ROM_PTR(&str_rstrip_obj)},
    {KL_ROM_QSTR(split), KL_ROM_PTR(&str_split_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(splitlines), KL_ROM_PTR(&str_splitlines_obj)},
#endif
    {KL_ROM_QSTR(startswith), KL_ROM_PTR(&str_startswith_obj)},
    {KL_ROM_QSTR(strip), KL_ROM_PTR(&str_strip_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(swapcase), KL_ROM_PTR(&str_swapcase_obj)},
    {KL_ROM_QSTR(title), KL_ROM_PTR(&str_title_obj)},
    {KL_ROM_QSTR(translate), KL_ROM_PTR(&str_translate_obj)},
#endif
    {KL_ROM_QSTR(upper), KL_ROM_PTR(&str_upper_obj)},
#if KL_CFG_STR_METHODS_FULL
    {KL_ROM_QSTR(zfill), KL_ROM_PTR(&str_zfill_obj)},
#endif
};
KL_DEFINE_CONST_DICT(kl_obj_str_bytearray_locals_dict, bytearray_locals_table);
#endif // KL_CFG_BYTEARRAY
