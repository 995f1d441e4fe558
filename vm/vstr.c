// vm/vstr.c: growable byte strings on the GC heap, and formatted printing.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A vstr is three words on the C stack (length, capacity, buffer) with the bytes in one atomic
// GC block. The collector finds the buffer through the local that holds the vstr, so a vstr
// needs no registration, and a MemoryError raised while it grows leaves nothing half built: the
// old buffer simply becomes garbage. Capacity doubles, so appending n bytes one at a time costs
// O(n) copies in total. The buffer always has one spare byte beyond [len] so that
// kl_vstr_null_terminate never needs to allocate.
//
// Turning a vstr into a str or bytes object (kl_vstr_to_str) copies short contents into a
// single block holding both the object header and the bytes, the layout every other str has,
// and hands a long buffer over instead of copying it, trimmed to size.
//
// kl_printf is the small formatter that error messages and reprs use. It writes to any
// kl_print_t, so the same code prints to the console or builds a string.

#include <string.h>

#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/obj_str.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// Contents at least this long are handed over to the str object instead of copied.
#define HANDOVER_MIN (256)

// ==== Growing ====

void kl_vstr_init(kl_vstr_t *vstr, size_t alloc) {
    // One byte more than asked for: room for the NUL terminator.
    vstr->len = 0;
    vstr->alloc = 0;
    vstr->buf = NULL;
    vstr->buf = kl_gc_alloc(alloc + 1, KL_GC_ATOMIC);
    vstr->alloc = alloc + 1;
}

// Make room for [extra] more bytes plus the terminator.
static void vstr_ensure(kl_vstr_t *vstr, size_t extra) {
    size_t need = vstr->len + extra + 1;
    if (need < extra) {
        kl_raise_MemoryError();
    }
    if (need <= vstr->alloc) {
        return;
    }
    size_t alloc = vstr->alloc * 2;
    if (alloc < need) {
        alloc = need;
    }
    if (alloc < 16) {
        alloc = 16;
    }
    // kl_gc_realloc raises on failure and leaves the old buffer intact, so [vstr] stays valid.
    vstr->buf = kl_gc_realloc(vstr->buf, alloc, KL_GC_ATOMIC);
    vstr->alloc = alloc;
}

char *kl_vstr_extend(kl_vstr_t *vstr, size_t len) {
    vstr_ensure(vstr, len);
    char *p = vstr->buf + vstr->len;
    vstr->len += len;
    return p;
}

void kl_vstr_add_byte(kl_vstr_t *vstr, char c) {
    // [c] is never in the buffer, and one byte does not merit a path of its own.
    kl_vstr_add_strn(vstr, &c, 1);
}

void kl_vstr_add_char(kl_vstr_t *vstr, uint32_t codepoint) {
    char buf[4];
    size_t n = kl_obj_str_utf8_encode(codepoint, buf);
    kl_vstr_add_strn(vstr, buf, n);
}

void kl_vstr_add_strn(kl_vstr_t *vstr, const char *str, size_t len) {
    if (len == 0) {
        return;
    }
    // [str] may point into the buffer itself (appending a vstr's own contents): growing may
    // move the buffer, so remember the offset instead of the pointer.
    if (vstr->buf != NULL && str >= vstr->buf && str < vstr->buf + vstr->alloc) {
        size_t offset = (size_t)(str - vstr->buf);
        vstr_ensure(vstr, len);
        str = vstr->buf + offset;
    } else {
        vstr_ensure(vstr, len);
    }
    kl_mem_copy(vstr->buf + vstr->len, str, len);
    vstr->len += len;
}

void kl_vstr_add_str(kl_vstr_t *vstr, const char *str) {
    kl_vstr_add_strn(vstr, str, strlen(str));
}

void kl_vstr_cut_tail(kl_vstr_t *vstr, size_t len) {
    vstr->len = len > vstr->len ? 0 : vstr->len - len;
}

const char *kl_vstr_null_terminate(kl_vstr_t *vstr) {
    // The spare byte is always there (see vstr_ensure), so this never allocates.
    vstr->buf[vstr->len] = '\0';
    return vstr->buf;
}

// ==== Conversion to objects ====

static kl_obj_t vstr_to_obj(kl_vstr_t *vstr, const kl_obj_type_t *type) {
    if (vstr->len < HANDOVER_MIN) {
        kl_obj_t o = kl_obj_str_new_of_type(type, vstr->buf, vstr->len);
        // The buffer is garbage now. It is left to the collector: freeing it here would open a
        // hole below the allocation frontier that every later allocation scans past.
        vstr->buf = NULL;
        vstr->len = vstr->alloc = 0;
        return o;
    }
    kl_vstr_null_terminate(vstr);
    // Count (and, where every str is ASCII, check) the text and allocate the header before
    // trimming: if either raises, [vstr] is untouched.
    size_t charlen =
        type == &kl_type_str ? kl_obj_str_new_charlen(vstr->buf, vstr->len) : vstr->len;
    kl_obj_str_t *s = kl_gc_alloc(sizeof(kl_obj_str_t), 0);
    char *buf = vstr->buf;
    if (vstr->alloc > vstr->len + 1) {
        buf = kl_gc_realloc(buf, vstr->len + 1, KL_GC_ATOMIC);
    }
    s->base.type = type;
    s->hash = 0;
    s->len = (uint32_t)vstr->len;
    s->charlen = (uint32_t)charlen;
    s->data = buf;
    vstr->buf = NULL;
    vstr->len = vstr->alloc = 0;
    return KL_OBJ_FROM_PTR(s);
}

kl_obj_t kl_vstr_to_str(kl_vstr_t *vstr) {
    return vstr_to_obj(vstr, &kl_type_str);
}

kl_obj_t kl_vstr_to_bytes(kl_vstr_t *vstr) {
    return vstr_to_obj(vstr, &kl_type_bytes);
}

// ==== Printing ====

static void vstr_write(void *data, const char *str, size_t len) {
    kl_vstr_add_strn((kl_vstr_t *)data, str, len);
}

void kl_vstr_print(kl_print_t *print, kl_vstr_t *vstr) {
    print->data = vstr;
    print->write = vstr_write;
}

KL_NOINLINE kl_obj_t kl_vstr_print_to_str(kl_print_fun_t fn, kl_obj_t o, kl_print_kind_t kind) {
    kl_vstr_t v;
    kl_vstr_init(&v, 16);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    fn(&print, o, kind);
    return kl_vstr_to_str(&v);
}

KL_NOINLINE kl_obj_t kl_obj_str_vprintf(const char *fmt, va_list ap) {
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_vprintf(&print, fmt, ap);
    return kl_vstr_to_str(&v);
}

kl_obj_t kl_obj_str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kl_obj_t s = kl_obj_str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

static void stdout_write(void *data, const char *str, size_t len) {
    (void)data;
    kl_hal_stdout_write(str, len);
}

static void stderr_write(void *data, const char *str, size_t len) {
    (void)data;
    kl_hal_stderr_write(str, len);
}

const kl_print_t kl_print_stdout = {NULL, stdout_write};
const kl_print_t kl_print_stderr = {NULL, stderr_write};

void kl_print_strn(const kl_print_t *print, const char *str, size_t len) {
    if (len > 0) {
        print->write(print->data, str, len);
    }
}

void kl_print_str(const kl_print_t *print, const char *str) {
    kl_print_strn(print, str, strlen(str));
}

// Each digit divides v 16 bits at a time, held as four 16-bit limbs, so a 32-bit target needs no
// 64-bit division routine (libgcc's __udivmoddi4, about 700 bytes of Thumb code, which nothing
// else in the smallest builds uses) and no 64-bit shifts in the loop.
char *kl_vstr_uint_digits(char *end, unsigned long long v, unsigned base, bool upper) {
    char a = upper ? 'A' : 'a';
    uint16_t limbs[4] = {(uint16_t)(v >> 48), (uint16_t)(v >> 32), (uint16_t)(v >> 16),
                         (uint16_t)v};
    bool more;
    do {
        uint32_t r = 0;
        more = false;
        for (int i = 0; i < 4; i++) {
            uint32_t part = r << 16 | limbs[i]; // below base * 2**16
            limbs[i] = (uint16_t)(part / base);
            r = part % base;
            more |= limbs[i] != 0;
        }
        *--end = (char)(r < 10 ? '0' + r : a + r - 10);
    } while (more);
    return end;
}

// Print the unsigned value [v] in [base] (10 or 16), with a leading '-' when [neg].
static void print_uint(const kl_print_t *print, unsigned long long v, unsigned base, bool neg) {
    char buf[24];
    char *p = kl_vstr_uint_digits(buf + sizeof(buf), v, base, false);
    if (neg) {
        *--p = '-';
    }
    kl_print_strn(print, p, (size_t)(buf + sizeof(buf) - p));
}

// Without error text (KL_ERROR_TEXT makes every message "") the formats left are those of the
// smallest builds' repr()s and tracebacks: %s %q %T %r %S %p %d %lld. The others (%.*s %N %c %z
// %i %u %x) are read where error text or a feature that prints with them is built.
#define ALL_FORMATS                                                                                \
    (KL_CFG_ERROR_TEXT || KL_CFG_MODULE_ARRAY || KL_CFG_MODULE_KINGLET || KL_CFG_MODULE_RE ||      \
     KL_CFG_BYTEARRAY || KL_CFG_EXCEPTION_GROUPS || KL_CFG_TRACEBACK_SOURCE ||                     \
     KL_CFG_SOURCE_LINES || KL_CFG_STR_CODECS_FULL || KL_CFG_TRACEBACK_OBJECTS ||                  \
     KL_CFG_FUNCTION_ATTRS_FULL || KL_CFG_GENERATOR_ATTRS || KL_CFG_BUILTINS_FULL)

void kl_vprintf(const kl_print_t *print, const char *fmt, va_list ap) {
    while (*fmt != '\0') {
        const char *start = fmt;
        while (*fmt != '\0' && *fmt != '%') {
            fmt++;
        }
        kl_print_strn(print, start, (size_t)(fmt - start));
        if (*fmt == '\0') {
            break;
        }
        fmt++; // the '%'
#if ALL_FORMATS
        // "%.*s": a string of explicit length, for text that is not NUL-terminated.
        int precision = -1;
        if (fmt[0] == '.' && fmt[1] == '*') {
            precision = va_arg(ap, int);
            fmt += 2;
        }
#endif
        int longs = 0;
        while (*fmt == 'l') {
            longs++;
            fmt++;
        }
        char c = *fmt;
        if (c == '\0') {
            break;
        }
        fmt++;
        // An if-chain rather than a switch: the letters are too sparse for a small jump table.
        if (c == 's') {
            const char *s = va_arg(ap, const char *);
#if ALL_FORMATS
            if (s == NULL) {
                s = "(null)";
            }
            kl_print_strn(print, s, precision >= 0 ? (size_t)precision : strlen(s));
#else
            kl_print_str(print, s);
#endif
        } else if (c == 'q' || c == 'T' || (ALL_FORMATS && c == 'N')) {
            // %N names None as "None", as CPython's argument-type errors do.
            kl_qstr_t q;
            if (c == 'q') {
                q = va_arg(ap, kl_qstr_t);
            } else {
                kl_obj_t o = va_arg(ap, kl_obj_t);
                q = c == 'N' && o == kl_const_none ? KL_QSTR_None : kl_obj_get_type_qstr(o);
            }
            size_t len;
            const char *s = kl_qstr_data(q, &len);
            kl_print_strn(print, s, len);
        } else if (c == 'r' || c == 'S') {
            kl_obj_print(print, va_arg(ap, kl_obj_t), c == 'r' ? KL_PRINT_REPR : KL_PRINT_STR);
#if ALL_FORMATS
        } else if (c == 'c') {
            char buf[4];
            size_t n = kl_obj_str_utf8_encode((uint32_t)va_arg(ap, int), buf);
            kl_print_strn(print, buf, n);
        } else if (c == 'p' || c == 'z' || c == 'd' || c == 'i' || c == 'u' || c == 'x') {
#else
        } else if (c == 'p' || c == 'd') {
#endif
            // One path for every integer: the value read as the unsigned type of its size, a
            // signed one sign-extended from there. A long as wide as an int is read as one.
            unsigned long long v;
            bool is_signed = c == 'd' || c == 'i';
#if ALL_FORMATS
            if (c == 'z') {
                // size_t; "%zu" and "%zd" are accepted as well as the bare "%z".
                longs = sizeof(size_t) > sizeof(int) ? 1 + (sizeof(size_t) > sizeof(long)) : 0;
                is_signed = *fmt == 'd';
                fmt += *fmt == 'u' || *fmt == 'd';
            }
#endif
            if (c == 'p') {
                kl_print_strn(print, "0x", 2);
                v = (uintptr_t)va_arg(ap, void *);
            } else if (longs >= 2) {
                v = va_arg(ap, unsigned long long);
            } else if (longs == 1 && sizeof(long) > sizeof(int)) {
                v = is_signed ? (unsigned long long)va_arg(ap, long) : va_arg(ap, unsigned long);
            } else {
                v = is_signed ? (unsigned long long)va_arg(ap, int) : va_arg(ap, unsigned);
            }
            // Negated in unsigned arithmetic, so that the most negative value does not overflow.
            bool neg = is_signed && (long long)v < 0;
            print_uint(print, neg ? 0 - v : v, c == 'x' || c == 'p' ? 16 : 10, neg);
        } else {
            // "%%" and anything unknown print the character itself.
            kl_print_strn(print, &c, 1);
        }
    }
}

void kl_printf(const kl_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kl_vprintf(print, fmt, ap);
    va_end(ap);
}
