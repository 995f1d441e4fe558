// vm/mod_io.c: the io module (StringIO, BytesIO) and the file objects of the builtin open().
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// CPython stacks three objects for a text file (TextIOWrapper over BufferedReader over FileIO);
// kinglet has one struct, io_t, for every stream, and its type says which of CPython's classes
// it stands for, so that type(f).__name__, repr() and isinstance() read as in CPython. Memory
// streams keep their whole contents in [data] and a byte offset [pos] into it, which may lie
// past the end (a write there pads with NULs first). StringIO stores UTF-8 and converts the
// positions that tell() and seek() exchange, which count code points, at each call: a NUL is one
// byte, so the part past the end maps one to one.
//
// Files reach the storage through the kl_hal_file_* functions of vm/hal.h, so every port with a
// file system gets open() by providing a few small functions. Writes go straight through to the
// port (a program that never closes its file loses nothing at exit); reads come from a
// read-ahead buffer in [data]. A text file decodes each chunk as it arrives, holding back an
// incomplete UTF-8 sequence in [raw], and keeps the decoded text untranslated: universal
// newlines are applied to what read() and readline() hand out, so that tell() can still count
// the bytes not yet consumed. Encodings whose chunks cannot be cut anywhere (utf-16, utf-32,
// utf-8-sig) are decoded from the whole rest of the file at the first read.

#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_IO

// The newline argument: None, '', '\n', '\r' or '\r\n'.
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };

// How a text file's encoding lets its bytes be decoded chunk by chunk.
enum { ENC_UTF8, ENC_BYTE, ENC_WHOLE };

#define CHUNK_BYTES (4096)

typedef struct _io_t {
    kl_obj_base_t base;
    kl_vstr_t data; // memory streams: the contents; files: text or bytes read ahead
    size_t pos;     // memory streams: the position; files: the first unread byte of [data]
    kl_vstr_t raw;  // text files: bytes read but not decoded yet
    kl_obj_t name;  // files: the path (or descriptor) given to open()
    kl_obj_t mode;  // files: the mode as the mode attribute shows it
    kl_obj_t encoding;
    kl_obj_t errors;
    kl_obj_t inner; // a TextIOWrapper made by the program: the binary stream it wraps, or NULL
    int fd;
    uint8_t newline;
    uint8_t enc_kind;
    bool closed;
    bool readable;
    bool writable;
    bool closefd;
    bool eof; // files: the port reported the end of the file since the last seek
} io_t;

extern const kl_obj_iter_type_t kl_type_io_StringIO_head;
#define kl_type_io_StringIO (kl_type_io_StringIO_head.type)
extern const kl_obj_iter_type_t kl_type_io_BytesIO_head;
#define kl_type_io_BytesIO (kl_type_io_BytesIO_head.type)
#if KL_CFG_OPEN
extern const kl_obj_iter_type_t kl_type_io_TextIOWrapper_head;
#define kl_type_io_TextIOWrapper (kl_type_io_TextIOWrapper_head.type)
extern const kl_obj_iter_type_t kl_type_io_BufferedReader_head;
#define kl_type_io_BufferedReader (kl_type_io_BufferedReader_head.type)
extern const kl_obj_iter_type_t kl_type_io_BufferedWriter_head;
#define kl_type_io_BufferedWriter (kl_type_io_BufferedWriter_head.type)
extern const kl_obj_iter_type_t kl_type_io_BufferedRandom_head;
#define kl_type_io_BufferedRandom (kl_type_io_BufferedRandom_head.type)
extern const kl_obj_iter_type_t kl_type_io_FileIO_head;
#define kl_type_io_FileIO (kl_type_io_FileIO_head.type)
#endif

static bool is_io_type(const kl_obj_type_t *t) {
    return t == &kl_type_io_StringIO || t == &kl_type_io_BytesIO
#if KL_CFG_OPEN
           || t == &kl_type_io_TextIOWrapper || t == &kl_type_io_BufferedReader ||
           t == &kl_type_io_BufferedWriter || t == &kl_type_io_BufferedRandom ||
           t == &kl_type_io_FileIO
#endif
        ;
}

static bool is_memory(const io_t *f) {
    return f->base.type == &kl_type_io_StringIO || f->base.type == &kl_type_io_BytesIO;
}

static bool is_text(const io_t *f) {
    return f->base.type == &kl_type_io_StringIO
#if KL_CFG_OPEN
           || f->base.type == &kl_type_io_TextIOWrapper
#endif
        ;
}

// ==== Errors ====

#define unsupported_class KL_REGISTER_ROOT(KL_ROOT_IO_UNSUPPORTED)

// io.UnsupportedOperation, a class derived from both OSError and ValueError (as CPython's is),
// made when first needed.
static kl_obj_t get_unsupported_class(void) {
    if (unsupported_class == KL_OBJ_NULL) {
        kl_obj_t bases[2] = {KL_OBJ_FROM_PTR(&kl_type_OSError),
                             KL_OBJ_FROM_PTR(&kl_type_ValueError)};
        kl_obj_t ns = kl_obj_new_dict(1);
        kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_io));
        unsupported_class =
            kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(KL_QSTR_UnsupportedOperation),
                        kl_obj_new_tuple(2, bases), ns);
    }
    return unsupported_class;
}

static KL_NORETURN void raise_unsupported(const char *msg) {
    kl_raise(kl_call_function_1(get_unsupported_class(), kl_obj_new_str_from_cstr(msg)));
}

// What an operation on a closed stream raises. CPython's layers word it differently: the
// buffered binary files name the operation ([buffered_msg], NULL for the generic text),
// StringIO, FileIO and the buffered files leave out the full stop, except where a method of
// the common base class (__enter__, __iter__; [dot]) checks first.
static KL_NORETURN void raise_closed(const io_t *f, const char *buffered_msg, bool dot) {
    const kl_obj_type_t *t = f->base.type;
    bool buffered = false, no_dot = t == &kl_type_io_StringIO && !dot;
#if KL_CFG_OPEN
    buffered = t == &kl_type_io_BufferedReader || t == &kl_type_io_BufferedWriter ||
               t == &kl_type_io_BufferedRandom;
    no_dot = no_dot || ((buffered || t == &kl_type_io_FileIO) && !dot);
#endif
    if (buffered && buffered_msg != NULL) {
        kl_raise_ValueError(buffered_msg);
    }
    kl_raise_ValueError(no_dot ? KL_ERROR_TEXT("I/O operation on closed file")
                               : KL_ERROR_TEXT("I/O operation on closed file."));
}

static io_t *get_io(kl_obj_t self) {
    kl_obj_t o = kl_obj_native(self, NULL);
    if (!is_io_type(kl_obj_get_type(o))) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires an io object but received '%T'"), self);
    }
    return (io_t *)o;
}

static io_t *get_open(kl_obj_t self) {
    io_t *f = get_io(self);
    if (f->closed) {
        raise_closed(f, NULL, false);
    }
    return f;
}

// The same, for the operations whose closed-file message names them.
static io_t *get_open_for(kl_obj_t self, const char *buffered_msg, bool dot) {
    io_t *f = get_io(self);
    if (f->closed) {
        raise_closed(f, buffered_msg, dot);
    }
    return f;
}

#if KL_CFG_OPEN
// Raise the OSError for a negative result [r] of a kl_hal_file_* function.
static void check_hal(int64_t r, const io_t *f) {
    if (r < 0) {
        kl_raise_oserror((int)-r, f != NULL ? f->name : KL_OBJ_NULL, KL_OBJ_NULL);
    }
}
#endif

#if KL_CFG_OPEN
// The codec that writes what [enc] writes, without the byte order mark it puts first.
static const char *bom_less(const char *enc) {
    char norm[16];
    size_t n = 0;
    for (const char *c = enc; *c != '\0' && n + 1 < sizeof(norm); c++) {
        if (*c != '-' && *c != '_') {
            norm[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        }
    }
    norm[n] = '\0';
    switch (kl_obj_str_word_index(norm, "utf16\0u16\0utf32\0u32\0utf8sig\0")) {
        case 0:
        case 1:
            return "utf-16-le";
        case 2:
        case 3:
            return "utf-32-le";
        case 4:
            return "utf-8";
        default:
            return enc;
    }
}

// ==== The layer below a file ====
// A file from open() talks to the port; a TextIOWrapper that a program made around a binary
// stream (a BytesIO, a binary file) calls that stream's methods instead. Each helper returns
// what the kl_hal_file_* function of the same name would.

static kl_obj_t inner_call(io_t *f, kl_qstr_t name, size_t n_args, kl_obj_t *args) {
    kl_obj_t call[4];
    kl_load_method(f->inner, name, call);
    for (size_t i = 0; i < n_args; i++) {
        call[2 + i] = args[i];
    }
    return kl_call_method_n_kw(n_args, 0, call);
}

static long raw_read(io_t *f, char *buf, size_t len) {
    if (f->inner == KL_OBJ_NULL) {
        return kl_hal_file_read(f->fd, buf, len);
    }
    kl_obj_t n = kl_obj_new_int((kl_int_t)len);
    kl_obj_t got = inner_call(f, KL_QSTR_read, 1, &n);
    const char *p;
    size_t glen;
    kl_buffer_get(got, &p, &glen, false);
    glen = glen < len ? glen : len;
    kl_mem_copy(buf, p, glen);
    return (long)glen;
}

static long raw_write(io_t *f, const char *buf, size_t len) {
    if (f->inner == KL_OBJ_NULL) {
        return kl_hal_file_write(f->fd, buf, len);
    }
    kl_obj_t b = kl_obj_new_bytes(buf, len);
    inner_call(f, KL_QSTR_write, 1, &b);
    return (long)len;
}

static int64_t raw_seek(io_t *f, int64_t offset, int whence) {
    if (f->inner == KL_OBJ_NULL) {
        return kl_hal_file_seek(f->fd, offset, whence);
    }
    kl_obj_t args[2] = {kl_obj_new_int_from_ll((long long)offset), KL_OBJ_NEW_SMALL_INT(whence)};
    return (int64_t)kl_obj_get_int(inner_call(f, KL_QSTR_seek, 2, args));
}

static int raw_truncate(io_t *f, int64_t size) {
    if (f->inner == KL_OBJ_NULL) {
        return kl_hal_file_truncate(f->fd, size);
    }
    kl_obj_t n = kl_obj_new_int_from_ll((long long)size);
    inner_call(f, KL_QSTR_truncate, 1, &n);
    return 0;
}

static int raw_close(io_t *f) {
    if (f->inner == KL_OBJ_NULL) {
        return kl_hal_file_close(f->fd);
    }
    inner_call(f, KL_QSTR_close, 0, NULL);
    return 0;
}
#endif

static io_t *get_readable(kl_obj_t self) {
    io_t *f = get_open(self);
    if (!f->readable) {
        raise_unsupported(is_text(f) ? "not readable" : "read");
    }
    return f;
}

static io_t *get_writable(kl_obj_t self) {
    io_t *f = get_open_for(self, KL_ERROR_TEXT("write to closed file"), false);
    if (!f->writable) {
        raise_unsupported(is_text(f) ? "not writable" : "write");
    }
    return f;
}

// ==== Text helpers ====

// Bytes that hold the first [n] code points of the UTF-8 text [s] of [len] bytes (all of it
// when it is shorter).
static size_t skip_chars(const char *s, size_t len, size_t n) {
    size_t i = 0;
    while (i < len && n > 0) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80) {
            i++;
        }
        n--;
    }
    return i;
}

// The length of the first line of [s] (with its end), for the newline mode [nl]; [len] when no
// line end is found. *[more] is set when the answer needs more data (a \r last in mode '').
static size_t line_len(const char *s, size_t len, int nl, bool *more) {
    *more = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n' && nl != NL_CR && nl != NL_CRLF) {
            return i + 1;
        }
        if (c == '\r') {
            if (nl == NL_CR) {
                return i + 1;
            }
            if (nl == NL_CRLF || nl == NL_ANY) {
                if (i + 1 < len) {
                    if (s[i + 1] == '\n') {
                        return i + 2;
                    }
                    if (nl == NL_ANY) {
                        return i + 1;
                    }
                } else {
                    *more = true;
                    return len;
                }
            }
        }
    }
    return len;
}

// Append [s] to [v] with \r\n and \r made \n (universal newlines).
static void add_translated(kl_vstr_t *v, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\r') {
            kl_vstr_add_byte(v, '\n');
            if (i + 1 < len && s[i + 1] == '\n') {
                i++;
            }
        } else {
            kl_vstr_add_byte(v, s[i]);
        }
    }
}

// The text that a write of [s] puts in the stream for newline mode [nl] and whether the stream
// is a StringIO ([memory]; which translates \r\n and \r to \n on the way in when [nl] is None).
static const char *write_text(const char *s, size_t *len, int nl, bool memory, kl_vstr_t *tmp) {
    if (nl == NL_UNIVERSAL && memory && memchr(s, '\r', *len) != NULL) {
        kl_vstr_init(tmp, *len);
        add_translated(tmp, s, *len);
    } else if ((nl == NL_CR || nl == NL_CRLF) && memchr(s, '\n', *len) != NULL) {
        kl_vstr_init(tmp, *len + 8);
        for (size_t i = 0; i < *len; i++) {
            if (s[i] == '\n') {
                kl_vstr_add_strn(tmp, nl == NL_CR ? "\r" : "\r\n", nl == NL_CR ? 1 : 2);
            } else {
                kl_vstr_add_byte(tmp, s[i]);
            }
        }
    } else {
        return s;
    }
    *len = tmp->len;
    return tmp->buf;
}

// [repr]: StringIO's message shows the value's repr, open()'s its str.
static int parse_newline(kl_obj_t nl, bool repr) {
    if (nl == kl_const_none) {
        return NL_UNIVERSAL;
    }
    if (!kl_obj_is_str(nl)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("newline must be str or None, not %T"),
                         nl);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(nl, &len);
    if (len == 0) {
        return NL_ANY;
    }
    if (len == 1 && s[0] == '\n') {
        return NL_LF;
    }
    if (len == 1 && s[0] == '\r') {
        return NL_CR;
    }
    if (len == 2 && s[0] == '\r' && s[1] == '\n') {
        return NL_CRLF;
    }
    kl_raise_msg_fmt(&kl_type_ValueError,
                     repr ? KL_ERROR_TEXT("illegal newline value: %r")
                          : KL_ERROR_TEXT("illegal newline value: %S"),
                     nl);
}

// Parse the size argument of read() and readline(): None or negative is -1.
static kl_int_t size_arg(size_t n_args, const kl_obj_t *args) {
    if (n_args < 2 || args[1] == kl_const_none) {
        return -1;
    }
    kl_int_t n = kl_obj_get_int(kl_obj_index(args[1]));
    return n < 0 ? -1 : n;
}

static kl_obj_t new_value(const io_t *f, const char *s, size_t len) {
    return is_text(f) ? kl_obj_new_str(s, len) : kl_obj_new_bytes(s, len);
}

// ==== Memory streams ====

// The contents from [pos] on (empty when past the end).
static const char *mem_rest(const io_t *f, size_t *len) {
    *len = f->pos < f->data.len ? f->data.len - f->pos : 0;
    return f->data.buf + (f->pos < f->data.len ? f->pos : f->data.len);
}

static void mem_write(io_t *f, const char *s, size_t len) {
    if (len == 0) {
        return; // writing nothing past the end does not pad either
    }
    if (f->pos > f->data.len) {
        size_t pad = f->pos - f->data.len;
        memset(kl_vstr_extend(&f->data, pad), 0, pad);
    }
    size_t end;
    if (is_text(f)) {
        size_t n = kl_obj_str_utf8_charlen(s, len);
        end = f->pos + skip_chars(f->data.buf + f->pos, f->data.len - f->pos, n);
    } else {
        end = f->pos + len < f->data.len ? f->pos + len : f->data.len;
    }
    size_t old = end - f->pos;
    if (len > old) {
        kl_vstr_extend(&f->data, len - old);
        memmove(f->data.buf + f->pos + len, f->data.buf + end, f->data.len - (len - old) - end);
    } else if (len < old) {
        memmove(f->data.buf + f->pos + len, f->data.buf + end, f->data.len - end);
        f->data.len -= old - len;
    }
    kl_mem_copy(f->data.buf + f->pos, s, len);
    f->pos += len;
}

// Code points in the first [bytes] bytes of a StringIO, counting past the end one per byte.
static size_t mem_char_pos(const io_t *f, size_t bytes) {
    if (!is_text(f)) {
        return bytes;
    }
    size_t in = bytes < f->data.len ? bytes : f->data.len;
    return kl_obj_str_utf8_charlen(f->data.buf, in) + (bytes - in);
}

static size_t mem_byte_pos(const io_t *f, size_t chars) {
    if (!is_text(f)) {
        return chars;
    }
    size_t b = skip_chars(f->data.buf, f->data.len, chars);
    size_t c = kl_obj_str_utf8_charlen(f->data.buf, b);
    return b + (chars - c);
}

// StringIO(initial_value='', newline='\n') and BytesIO(initial_bytes=b'')
// Set up the memory stream [f] from the arguments of StringIO(initial_value='', newline='\n')
// or BytesIO(initial_bytes=b''): at creation, and again when a subclass's __init__ passes them
// on.
static void io_init(io_t *f, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    bool text = f->base.type == &kl_type_io_StringIO;
    kl_obj_t init = kl_const_none, nl = kl_obj_str_from_char('\n');
    if (n_args > (text ? 2u : 1u)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes at most %d arguments (%z given)"),
                         text ? "StringIO" : "BytesIO", text ? 2 : 1, n_args + n_kw);
    }
    if (n_args > 0) {
        init = args[0];
    }
    if (n_args > 1) {
        nl = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * i]);
        kl_obj_t v = args[n_args + 2 * i + 1];
        if (text && q == KL_QSTR_initial_value) {
            init = v;
        } else if (text && q == KL_QSTR_newline) {
            nl = v;
        } else if (!text && q == KL_QSTR_initial_bytes) {
            init = v;
        } else {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%q' is an invalid keyword argument for %s()"), q,
                             text ? "StringIO" : "BytesIO");
        }
    }
    kl_vstr_init(&f->data, 16);
    f->pos = 0;
    f->closed = false;
    f->readable = f->writable = true;
    f->newline = (uint8_t)(text ? parse_newline(nl, true) : NL_LF);
    f->fd = -1;
    if (init != kl_const_none) {
        const char *s;
        size_t len;
        if (text) {
            if (!kl_obj_is_str(init)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("initial_value must be str or None, not %T"), init);
            }
            s = kl_obj_str_get_data(init, &len);
            kl_vstr_t tmp;
            s = write_text(s, &len, f->newline, true, &tmp);
        } else {
            kl_buffer_get(init, &s, &len, false);
        }
        kl_vstr_add_strn(&f->data, s, len);
    }
}

static kl_obj_t io_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                            const kl_obj_t *args) {
    io_t *f = kl_gc_alloc(sizeof(io_t), 0);
    f->base.type = type;
    io_init(f, n_args, n_kw, args);
    return KL_OBJ_FROM_PTR(f);
}

static kl_obj_t io___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    io_t *f = get_io(args[0]);
    if (is_memory(f)) {
        io_init(f, n_args - 1, n_kw, args + 1);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(io___init___obj, __init__, 1, io___init__);

static kl_obj_t io_getvalue(kl_obj_t self) {
    io_t *f = get_open(self);
    return new_value(f, f->data.buf, f->data.len);
}
static KL_DEFINE_FUN_1(io_getvalue_obj, getvalue, io_getvalue);

static kl_obj_t io_getbuffer(kl_obj_t self) {
    io_t *f = get_open(self);
    kl_obj_t ba = kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_bytearray),
                                     kl_obj_new_bytes(f->data.buf, f->data.len));
    return kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_memoryview), ba);
}
static KL_DEFINE_FUN_1(io_getbuffer_obj, getbuffer, io_getbuffer);

// ==== Files ====

#if KL_CFG_OPEN

static size_t unread(const io_t *f) {
    return f->data.len - f->pos;
}

// Drop what was read ahead and move the port's position back to where the program is.
static void sync_position(io_t *f) {
    size_t back = unread(f) + f->raw.len;
    if (back > 0) {
        if (is_text(f) && f->enc_kind == ENC_BYTE) {
            back = kl_obj_str_utf8_charlen(f->data.buf + f->pos, unread(f)) + f->raw.len;
        }
        check_hal(raw_seek(f, -(int64_t)back, 1), f);
    }
    f->data.len = 0;
    f->pos = 0;
    f->raw.len = 0;
    f->eof = false;
}

// Read one more chunk into [data] (decoding it for a text file); false at the end of the file.
static bool fill(io_t *f) {
    if (f->pos > 0) {
        memmove(f->data.buf, f->data.buf + f->pos, unread(f));
        f->data.len -= f->pos;
        f->pos = 0;
    }
    if (f->eof) {
        return false;
    }
    kl_vstr_t *dst = is_text(f) ? &f->raw : &f->data;
    size_t before = f->data.len;
    do {
        char *p = kl_vstr_extend(dst, CHUNK_BYTES);
        long n = raw_read(f, p, CHUNK_BYTES);
        kl_vstr_cut_tail(dst, n > 0 ? CHUNK_BYTES - (size_t)n : CHUNK_BYTES);
        check_hal(n, f);
        if (n == 0) {
            f->eof = true;
        }
    } while (is_text(f) && f->enc_kind == ENC_WHOLE && !f->eof);
    if (!is_text(f)) {
        return f->data.len > before;
    }
    // Decode the longest prefix of [raw] that holds whole characters.
    size_t cut = f->raw.len;
    if (!f->eof && f->enc_kind == ENC_UTF8) {
        size_t i = cut;
        while (i > 0 && cut - i < 4 && ((unsigned char)f->raw.buf[i - 1] & 0xc0) == 0x80) {
            i--;
        }
        if (i > 0) {
            unsigned char lead = (unsigned char)f->raw.buf[i - 1];
            size_t need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
            if (cut - (i - 1) < need) {
                cut = i - 1;
            }
        }
    }
    if (cut > 0) {
        size_t len;
        const char *enc = kl_obj_str_get_data(f->encoding, &len);
        const char *err = f->errors == kl_const_none ? NULL : kl_obj_str_get_data(f->errors, &len);
        kl_obj_t str = kl_obj_str_decode(f->raw.buf, cut, enc, err);
        const char *d = kl_obj_str_get_data(str, &len);
        kl_vstr_add_strn(&f->data, d, len);
        memmove(f->raw.buf, f->raw.buf + cut, f->raw.len - cut);
        f->raw.len -= cut;
    }
    return f->data.len > before || f->raw.len > 0;
}

// Take [len] bytes of [data] from [pos] as a str or bytes, with universal newlines applied
// (they are kept untranslated in [data], so that tell() can count the bytes still unread).
static kl_obj_t take(io_t *f, size_t len) {
    const char *s = f->data.buf + f->pos;
    f->pos += len;
    if (is_text(f) && f->newline == NL_UNIVERSAL && memchr(s, '\r', len) != NULL) {
        kl_vstr_t v;
        kl_vstr_init(&v, len);
        add_translated(&v, s, len);
        return kl_vstr_to_str(&v);
    }
    return new_value(f, s, len);
}

// Bytes of [s] that hold [n] characters of a text file's decoded text, where \r\n counts as one
// with universal newlines; *[more] when a \r ends [s] and the next byte may be its \n.
static size_t file_chars(const io_t *f, const char *s, size_t len, size_t n, bool *more) {
    *more = false;
    size_t i = 0;
    while (i < len && n > 0) {
        if (s[i] == '\r' && f->newline == NL_UNIVERSAL) {
            if (i + 1 == len) {
                *more = true;
            } else if (s[i + 1] == '\n') {
                i++;
            }
        }
        i++;
        while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80) {
            i++;
        }
        n--;
    }
    if (n > 0) {
        *more = true;
    }
    return i;
}

static kl_obj_t file_read(io_t *f, kl_int_t n) {
    if (n < 0) {
        while (fill(f)) {
        }
        return take(f, unread(f));
    }
    for (;;) {
        const char *s = f->data.buf + f->pos;
        size_t have = unread(f);
        bool more;
        size_t len;
        if (is_text(f)) {
            len = file_chars(f, s, have, (size_t)n, &more);
        } else {
            more = have < (size_t)n;
            len = more ? have : (size_t)n;
        }
        if (!more || !fill(f)) {
            return take(f, len);
        }
    }
}

static kl_obj_t file_readline(io_t *f, kl_int_t limit) {
    int nl = !is_text(f) ? NL_LF : f->newline == NL_UNIVERSAL ? NL_ANY : f->newline;
    for (;;) {
        const char *s = f->data.buf + f->pos;
        size_t have = unread(f);
        bool more = false;
        if (limit >= 0) {
            if (is_text(f)) {
                have = file_chars(f, s, have, (size_t)limit, &more);
            } else {
                more = have < (size_t)limit;
                have = more ? have : (size_t)limit;
            }
        } else {
            more = true;
        }
        bool cr_last;
        size_t len = line_len(s, have, nl, &cr_last);
        if (len < have ||
            (len > 0 && !cr_last && (s[len - 1] == '\n' || (nl == NL_CR && s[len - 1] == '\r')))) {
            more = false;
        }
        if (cr_last && have == unread(f)) {
            more = true;
        }
        if (!more || !fill(f)) {
            return take(f, len);
        }
    }
}

#endif // KL_CFG_OPEN

// ==== Methods shared by every stream ====

static kl_obj_t io_read(size_t n_args, const kl_obj_t *args) {
    io_t *f = get_readable(args[0]);
    kl_int_t n = size_arg(n_args, args);
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        return file_read(f, n);
    }
#endif
    size_t len;
    const char *s = mem_rest(f, &len);
    if (n >= 0) {
        len = is_text(f) ? skip_chars(s, len, (size_t)n) : ((size_t)n < len ? (size_t)n : len);
    }
    if (len > 0) {
        f->pos = (size_t)(s - f->data.buf) + len;
    }
    return new_value(f, s, len);
}
static KL_DEFINE_FUN_VAR(io_read_obj, read, 1, 2, io_read);

static kl_obj_t io_readline(size_t n_args, const kl_obj_t *args) {
    io_t *f = get_readable(args[0]);
    kl_int_t limit = size_arg(n_args, args);
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        return file_readline(f, limit);
    }
#endif
    size_t len;
    const char *s = mem_rest(f, &len);
    if (limit >= 0) {
        len = is_text(f) ? skip_chars(s, len, (size_t)limit)
                         : ((size_t)limit < len ? (size_t)limit : len);
    }
    bool more;
    len = line_len(s, len, is_text(f) ? f->newline : NL_LF, &more);
    if (len > 0) {
        f->pos = (size_t)(s - f->data.buf) + len;
    }
    return new_value(f, s, len);
}
static KL_DEFINE_FUN_VAR(io_readline_obj, readline, 1, 2, io_readline);

static kl_obj_t io_readlines(size_t n_args, const kl_obj_t *args) {
    kl_int_t hint = size_arg(n_args, args);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    size_t total = 0;
    kl_obj_t rl[1] = {args[0]};
    for (;;) {
        kl_obj_t line = io_readline(1, rl);
        size_t len = kl_obj_is_str(line) ? kl_obj_str_get_charlen(line) : kl_obj_get_len(line);
        if (len == 0) {
            break;
        }
        kl_obj_list_append(list, line);
        total += len;
        // BytesIO stops when the lines reach the hint, the others when they pass it (CPython's
        // implementations differ).
        bool bytesio = get_io(args[0])->base.type == &kl_type_io_BytesIO;
        if (hint > 0 && (bytesio ? total >= (size_t)hint : total > (size_t)hint)) {
            break;
        }
    }
    return list;
}
static KL_DEFINE_FUN_VAR(io_readlines_obj, readlines, 1, 2, io_readlines);

static kl_obj_t io_write(kl_obj_t self, kl_obj_t value) {
    io_t *f = get_writable(self);
    const char *s;
    size_t len;
    kl_obj_t result;
    if (is_text(f)) {
        if (!kl_obj_is_str(value)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             is_memory(f) ? KL_ERROR_TEXT("string argument expected, got '%T'")
                                          : KL_ERROR_TEXT("write() argument must be str, not %T"),
                             value);
        }
        s = kl_obj_str_get_data(value, &len);
        result = KL_OBJ_NEW_SMALL_INT((kl_int_t)kl_obj_str_get_charlen(value));
        kl_vstr_t tmp;
        s = write_text(s, &len, f->newline, is_memory(f), &tmp);
    } else {
        if (kl_obj_is_str(value)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), value);
        }
        kl_buffer_get(value, &s, &len, false);
        result = kl_obj_new_int((kl_int_t)len);
    }
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        sync_position(f);
        if (is_text(f)) {
            size_t elen;
            const char *enc = kl_obj_str_get_data(f->encoding, &elen);
            if (f->enc_kind == ENC_WHOLE && raw_seek(f, 0, 1) > 0) {
                // A byte order mark starts the file only: later writes go without one.
                enc = bom_less(enc);
            }
            const char *err =
                f->errors == kl_const_none ? NULL : kl_obj_str_get_data(f->errors, &elen);
            kl_obj_t b = kl_obj_str_encode(kl_obj_new_str(s, len), enc, err);
            s = kl_obj_str_get_data(b, &len);
        }
        check_hal(raw_write(f, s, len), f);
        return result;
    }
#endif
    mem_write(f, s, len);
    return result;
}
static KL_DEFINE_FUN_2(io_write_obj, write, io_write);

static kl_obj_t io_writelines(kl_obj_t self, kl_obj_t lines) {
    get_open(self);
    kl_obj_t it = kl_getiter(lines, NULL);
    kl_obj_t line;
    while ((line = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        io_write(self, line);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(io_writelines_obj, writelines, io_writelines);

static kl_obj_t io_tell(kl_obj_t self) {
    io_t *f = get_open(self);
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        int64_t p = raw_seek(f, 0, 1);
        check_hal(p, f);
        size_t ahead = unread(f) + f->raw.len;
        if (is_text(f) && f->enc_kind == ENC_BYTE) {
            ahead = kl_obj_str_utf8_charlen(f->data.buf + f->pos, unread(f)) + f->raw.len;
        }
        return kl_obj_new_int_from_ll((long long)(p - (int64_t)ahead));
    }
#endif
    return kl_obj_new_int((kl_int_t)mem_char_pos(f, f->pos));
}
static KL_DEFINE_FUN_1(io_tell_obj, tell, io_tell);

static kl_obj_t io_seek(size_t n_args, const kl_obj_t *args) {
    io_t *f = get_open_for(args[0], KL_ERROR_TEXT("seek of closed file"), false);
    kl_int_t off = kl_obj_get_int(kl_obj_index(args[1]));
    kl_int_t whence = n_args > 2 ? kl_obj_get_int(kl_obj_index(args[2])) : 0;
    if (whence < 0 || whence > 2) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         f->base.type == &kl_type_io_StringIO
                             ? KL_ERROR_TEXT("Invalid whence (%d, should be 0, 1 or 2)")
                             : KL_ERROR_TEXT("invalid whence (%d, should be 0, 1 or 2)"),
                         (int)whence);
    }
    if (is_text(f) && whence != 0 && off != 0) {
        if (is_memory(f)) {
            // Both directions, in CPython's wording.
            kl_raise_msg(&kl_type_OSError, KL_ERROR_TEXT("Can't do nonzero cur-relative seeks"));
        }
        raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                      : "can't do nonzero end-relative seeks");
    }
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        if (is_text(f) && whence == 0 && off < 0) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("negative seek position %d"),
                             (int)off);
        }
        if (whence == 1) {
            // Relative to where the program is, not to the read-ahead.
            off -= (kl_int_t)unread(f) + (kl_int_t)f->raw.len;
        }
        f->data.len = f->pos = f->raw.len = 0;
        f->eof = false;
        int64_t p = raw_seek(f, off, (int)whence);
        check_hal(p, f);
        return kl_obj_new_int_from_ll((long long)p);
    }
#endif
    kl_int_t base = whence == 0   ? 0
                    : whence == 1 ? (kl_int_t)mem_char_pos(f, f->pos)
                                  : (kl_int_t)mem_char_pos(f, f->data.len);
    kl_int_t target = base + off;
    if (target < 0) {
        if (is_text(f) || whence == 0) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             is_text(f) ? KL_ERROR_TEXT("Negative seek position %d")
                                        : KL_ERROR_TEXT("negative seek value %d"),
                             (int)off);
        }
        target = 0;
    }
    f->pos = mem_byte_pos(f, (size_t)target);
    return kl_obj_new_int(target);
}
static KL_DEFINE_FUN_VAR(io_seek_obj, seek, 2, 3, io_seek);

static kl_obj_t io_truncate(size_t n_args, const kl_obj_t *args) {
    io_t *f = get_open_for(args[0], KL_ERROR_TEXT("truncate of closed file"), false);
    if (!f->writable) {
        raise_unsupported("truncate");
    }
    kl_obj_t size = n_args > 1 ? args[1] : kl_const_none;
#if KL_CFG_OPEN
    if (!is_memory(f)) {
        sync_position(f);
        int64_t at = raw_seek(f, 0, 1);
        check_hal(at, f);
        if (size != kl_const_none) {
            at = kl_obj_get_int(kl_obj_index(size));
        }
        check_hal(raw_truncate(f, at), f);
        return kl_obj_new_int_from_ll((long long)at);
    }
#endif
    kl_int_t n;
    if (size == kl_const_none) {
        n = (kl_int_t)mem_char_pos(f, f->pos);
    } else {
        n = kl_obj_get_int(kl_obj_index(size));
        if (n < 0) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Negative size value %d"), (int)n);
        }
    }
    size_t b = mem_byte_pos(f, (size_t)n);
    if (b < f->data.len) {
        // The position stays at the same character count, which past the new end is one byte
        // per character.
        size_t at = mem_char_pos(f, f->pos);
        f->data.len = b;
        if (at > (size_t)n) {
            f->pos = b + (at - (size_t)n);
        }
    }
    return kl_obj_new_int(n);
}
static KL_DEFINE_FUN_VAR(io_truncate_obj, truncate, 1, 2, io_truncate);

static kl_obj_t io_close(kl_obj_t self) {
    io_t *f = get_io(self);
    if (f->closed) {
        return kl_const_none;
    }
    f->closed = true;
#if KL_CFG_OPEN
    if (!is_memory(f) && f->closefd) {
        check_hal(raw_close(f), f);
    }
#endif
    return kl_const_none;
}
static KL_DEFINE_FUN_1(io_close_obj, close, io_close);

static kl_obj_t io_flush(kl_obj_t self) {
    get_open_for(self, KL_ERROR_TEXT("flush of closed file"), true);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(io_flush_obj, flush, io_flush);

static kl_obj_t io_readable(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(get_open(self)->readable);
}
static KL_DEFINE_FUN_1(io_readable_obj, readable, io_readable);

static kl_obj_t io_writable(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(get_open(self)->writable);
}
static KL_DEFINE_FUN_1(io_writable_obj, writable, io_writable);

static kl_obj_t io_seekable(kl_obj_t self) {
    get_open(self);
    return kl_const_true;
}
static KL_DEFINE_FUN_1(io_seekable_obj, seekable, io_seekable);

static kl_obj_t io_isatty(kl_obj_t self) {
    get_open(self);
    return kl_const_false;
}
static KL_DEFINE_FUN_1(io_isatty_obj, isatty, io_isatty);

static kl_obj_t io_fileno(kl_obj_t self) {
    io_t *f = get_open(self);
    if (is_memory(f)) {
        raise_unsupported("fileno");
    }
    return KL_OBJ_NEW_SMALL_INT(f->fd);
}
static KL_DEFINE_FUN_1(io_fileno_obj, fileno, io_fileno);

static kl_obj_t io_readinto(kl_obj_t self, kl_obj_t buf) {
    get_readable(self);
    char *dst;
    size_t cap;
    kl_buffer_get(buf, (const char **)&dst, &cap, true);
    kl_obj_t args[2] = {self, kl_obj_new_int((kl_int_t)cap)};
    kl_obj_t got = io_read(2, args);
    size_t len;
    const char *s = kl_obj_str_get_data(got, &len);
    // Borrowed pointers do not survive an allocation that may move a bytearray's items: ask
    // again after the read.
    kl_buffer_get(buf, (const char **)&dst, &cap, true);
    kl_mem_copy(dst, s, len < cap ? len : cap);
    return kl_obj_new_int((kl_int_t)len);
}
static KL_DEFINE_FUN_2(io_readinto_obj, readinto, io_readinto);

static kl_obj_t io_enter(kl_obj_t self) {
    get_open_for(self, NULL, true);
    return self;
}
static KL_DEFINE_FUN_1(io_enter_obj, __enter__, io_enter);

static kl_obj_t io_exit(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    io_close(args[0]);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(io_exit_obj, __exit__, 1, 4, io_exit);

static kl_obj_t io_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    get_open_for(self, NULL, true);
    return self;
}

static kl_obj_t io_iternext(kl_obj_t self) {
    kl_obj_t args[1] = {self};
    kl_obj_t line = io_readline(1, args);
    size_t len;
    kl_obj_str_get_data(line, &len);
    return len == 0 ? KL_OBJ_STOP_ITERATION : line;
}

static kl_obj_t io_next(kl_obj_t self) {
    kl_obj_t line = io_iternext(self);
    if (line == KL_OBJ_STOP_ITERATION) {
        kl_raise_StopIteration(KL_OBJ_NULL);
    }
    return line;
}
static KL_DEFINE_FUN_1(io_next_obj, __next__, io_next);

static kl_obj_t io_iter(kl_obj_t self) {
    get_open_for(self, NULL, true);
    return self;
}
static KL_DEFINE_FUN_1(io_iter_obj, __iter__, io_iter);

// ==== Properties ====

static kl_obj_t io_get_closed(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(get_io(self)->closed);
}
static KL_DEFINE_FUN_1(io_get_closed_obj, closed, io_get_closed);

// A TextIOWrapper that a program made has the name and mode of the stream it wraps, if any.
static kl_obj_t io_get_name(kl_obj_t self) {
    io_t *f = get_io(self);
    return f->name != KL_OBJ_NULL ? f->name : kl_load_attr(f->inner, KL_QSTR_name);
}
static KL_DEFINE_FUN_1(io_get_name_obj, name, io_get_name);

static kl_obj_t io_get_mode(kl_obj_t self) {
    io_t *f = get_io(self);
    return f->mode != KL_OBJ_NULL ? f->mode : kl_load_attr(f->inner, KL_QSTR_mode);
}
static KL_DEFINE_FUN_1(io_get_mode_obj, mode, io_get_mode);

static kl_obj_t io_get_encoding(kl_obj_t self) {
    return get_io(self)->encoding;
}
static KL_DEFINE_FUN_1(io_get_encoding_obj, encoding, io_get_encoding);

static kl_obj_t io_get_errors(kl_obj_t self) {
    io_t *f = get_io(self);
    return f->errors == kl_const_none ? KL_OBJ_NEW_QSTR(KL_QSTR_strict) : f->errors;
}
static KL_DEFINE_FUN_1(io_get_errors_obj, errors, io_get_errors);

static kl_obj_t io_get_false(kl_obj_t self) {
    get_io(self);
    return kl_const_false;
}
static KL_DEFINE_FUN_1(io_get_line_buffering_obj, line_buffering, io_get_false);

static kl_obj_t io_get_none(kl_obj_t self) {
    get_io(self);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(io_get_newlines_obj, newlines, io_get_none);

#define PROPERTY(name)                                                                             \
    static const kl_obj_property_t io_##name##_prop = {                                            \
        {&kl_type_property}, KL_ROM_PTR(&io_get_##name##_obj),                                     \
        KL_OBJ_NULL,         KL_OBJ_NULL,                                                          \
        kl_const_none,       KL_OBJ_NULL}
PROPERTY(closed);
PROPERTY(name);
PROPERTY(mode);
PROPERTY(encoding);
PROPERTY(errors);
PROPERTY(line_buffering);
PROPERTY(newlines);

// ==== The types ====

// Const method tables are sorted by name: they are binary-searched (vm/map.c).
static const kl_rom_map_elem_t stringio_locals_table[] = {
    {KL_ROM_QSTR(__enter__), KL_ROM_PTR(&io_enter_obj)},
    {KL_ROM_QSTR(__exit__), KL_ROM_PTR(&io_exit_obj)},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&io___init___obj)},
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&io_iter_obj)},
    {KL_ROM_QSTR(__next__), KL_ROM_PTR(&io_next_obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&io_close_obj)},
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&io_closed_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&io_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&io_flush_obj)},
    {KL_ROM_QSTR(getvalue), KL_ROM_PTR(&io_getvalue_obj)},
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&io_isatty_obj)},
    {KL_ROM_QSTR(line_buffering), KL_ROM_PTR(&io_line_buffering_prop)},
    {KL_ROM_QSTR(newlines), KL_ROM_PTR(&io_newlines_prop)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&io_readable_obj)},
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&io_readline_obj)},
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&io_readlines_obj)},
    {KL_ROM_QSTR(seek), KL_ROM_PTR(&io_seek_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&io_seekable_obj)},
    {KL_ROM_QSTR(tell), KL_ROM_PTR(&io_tell_obj)},
    {KL_ROM_QSTR(truncate), KL_ROM_PTR(&io_truncate_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&io_writable_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&io_write_obj)},
    {KL_ROM_QSTR(writelines), KL_ROM_PTR(&io_writelines_obj)},
};
static KL_DEFINE_CONST_DICT(stringio_locals_dict, stringio_locals_table);

static const kl_rom_map_elem_t bytesio_locals_table[] = {
    {KL_ROM_QSTR(__enter__), KL_ROM_PTR(&io_enter_obj)},
    {KL_ROM_QSTR(__exit__), KL_ROM_PTR(&io_exit_obj)},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&io___init___obj)},
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&io_iter_obj)},
    {KL_ROM_QSTR(__next__), KL_ROM_PTR(&io_next_obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&io_close_obj)},
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&io_closed_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&io_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&io_flush_obj)},
    {KL_ROM_QSTR(getbuffer), KL_ROM_PTR(&io_getbuffer_obj)},
    {KL_ROM_QSTR(getvalue), KL_ROM_PTR(&io_getvalue_obj)},
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&io_isatty_obj)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(read1), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&io_readable_obj)},
    {KL_ROM_QSTR(readinto), KL_ROM_PTR(&io_readinto_obj)},
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&io_readline_obj)},
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&io_readlines_obj)},
    {KL_ROM_QSTR(seek), KL_ROM_PTR(&io_seek_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&io_seekable_obj)},
    {KL_ROM_QSTR(tell), KL_ROM_PTR(&io_tell_obj)},
    {KL_ROM_QSTR(truncate), KL_ROM_PTR(&io_truncate_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&io_writable_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&io_write_obj)},
    {KL_ROM_QSTR(writelines), KL_ROM_PTR(&io_writelines_obj)},
};
static KL_DEFINE_CONST_DICT(bytesio_locals_dict, bytesio_locals_table);

// The abstract classes, for isinstance() and issubclass() only: they have no methods of their
// own and cannot be instantiated or derived from.
static const kl_obj_type_t iobase_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_io_IOBase,
};
static const kl_obj_type_t textiobase_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_io_TextIOBase,
    .parent = &iobase_type,
};
static const kl_obj_type_t bufferediobase_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_io_BufferedIOBase,
    .parent = &iobase_type,
};
#if KL_CFG_OPEN
static const kl_obj_type_t rawiobase_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_io_RawIOBase,
    .parent = &iobase_type,
};
#endif

const kl_obj_iter_type_t kl_type_io_StringIO_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER_SELF |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR__io_StringIO,
            .make_new = io_make_new,
            .locals_dict = &stringio_locals_dict,
            .parent = &textiobase_type,
        },
    .getiter = io_getiter,
    .iternext = io_iternext,
};

const kl_obj_iter_type_t kl_type_io_BytesIO_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER_SELF |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR__io_BytesIO,
            .make_new = io_make_new,
            .locals_dict = &bytesio_locals_dict,
            .parent = &bufferediobase_type,
        },
    .getiter = io_getiter,
    .iternext = io_iternext,
};

#if KL_CFG_OPEN

static void file_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    io_t *f = (io_t *)o;
    if (f->inner != KL_OBJ_NULL) {
        kl_obj_t name = kl_load_attr_maybe(f->inner, KL_QSTR_name, KL_OBJ_NULL);
        kl_obj_t mode = kl_load_attr_maybe(f->inner, KL_QSTR_mode, KL_OBJ_NULL);
        kl_printf(print, "<%q", f->base.type->name);
        if (name != KL_OBJ_NULL) {
            kl_printf(print, " name=%r", name);
        }
        if (mode != KL_OBJ_NULL) {
            kl_printf(print, " mode=%r", mode);
        }
        kl_printf(print, " encoding=%r>", f->encoding);
        return;
    }
    kl_printf(print, "<%q name=%r", f->base.type->name, f->name);
    if (f->base.type == &kl_type_io_TextIOWrapper) {
        kl_printf(print, " mode=%r encoding=%r", f->mode, f->encoding);
    } else if (f->base.type == &kl_type_io_FileIO) {
        kl_printf(print, " mode=%r closefd=%s", f->mode, f->closefd ? "True" : "False");
    }
    kl_print_str(print, ">");
}

// How an encoding's bytes may be cut into chunks: see the top of the file.
static uint8_t encoding_kind(const char *enc) {
    char norm[16];
    size_t n = 0;
    for (; *enc != '\0' && n + 1 < sizeof(norm); enc++) {
        char c = *enc;
        if (c == '-' || c == '_' || c == ' ') {
            continue;
        }
        norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    norm[n] = '\0';
    if (kl_obj_str_word_index(norm, "utf8\0u8\0") >= 0) {
        return ENC_UTF8;
    }
    if (strstr(norm, "16") != NULL || strstr(norm, "32") != NULL || strstr(norm, "sig") != NULL) {
        return ENC_WHOLE;
    }
    return ENC_BYTE;
}

static kl_obj_t str_arg(kl_obj_t v, const char *what) {
    if (v != kl_const_none && !kl_obj_is_str(v)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("open() argument '%s' must be str or None, not %T"), what,
                         v);
    }
    return v;
}

// Fill [a] (defaults set by the caller) from the positional and keyword arguments of a call of
// [fn], whose parameters are [names].
static void parse_args(const char *fn, size_t n, const uint16_t *names, kl_obj_t *a, size_t n_args,
                       size_t n_kw, const kl_obj_t *args) {
    if (n_args > n) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes at most %d arguments (%z given)"), fn, (int)n,
                         n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * i]);
        size_t j = 0;
        while (j < n && names[j] != q) {
            j++;
        }
        if (j == n) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%q' is an invalid keyword argument for %s()"), q, fn);
        }
        if (j < n_args) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %s() given by name ('%q') and position "
                                           "(%d)"),
                             fn, q, (int)j + 1);
        }
        a[j] = args[n_args + 2 * i + 1];
    }
}

// The text layer of [f]: encoding (None for UTF-8), errors and newline as open() takes them.
static void text_setup(io_t *f, kl_obj_t encoding, kl_obj_t errors, kl_obj_t newline,
                       bool newline_repr) {
    f->newline = (uint8_t)parse_newline(newline, newline_repr);
    encoding = str_arg(encoding, "encoding");
    if (encoding == kl_const_none) {
        encoding = kl_obj_new_str_from_cstr("UTF-8");
    }
    size_t len;
    const char *enc = kl_obj_str_get_data(encoding, &len);
    // An unknown encoding fails now, as in CPython, not at the first read.
    kl_obj_str_decode("", 0, enc, NULL);
    f->encoding = encoding;
    f->errors = str_arg(errors, "errors");
    f->enc_kind = encoding_kind(enc);
    kl_vstr_init(&f->data, 0);
    kl_vstr_init(&f->raw, 0);
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
//               write_through=False): text over a binary stream of the program's.
static kl_obj_t textio_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    static const uint16_t names[6] = {KL_QSTR_buffer,         KL_QSTR_encoding,
                                      KL_QSTR_errors,         KL_QSTR_newline,
                                      KL_QSTR_line_buffering, KL_QSTR_write_through};
    kl_obj_t a[6] = {KL_OBJ_NULL,   kl_const_none,  kl_const_none,
                     kl_const_none, kl_const_false, kl_const_false};
    parse_args("TextIOWrapper", 6, names, a, n_args, n_kw, args);
    if (a[0] == KL_OBJ_NULL) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("TextIOWrapper() missing required argument 'buffer' (pos 1)"));
    }
    io_t *f = kl_gc_alloc(sizeof(io_t), 0);
    f->base.type = type;
    f->inner = a[0];
    f->fd = -1;
    f->closefd = true;
    text_setup(f, a[1], a[2], a[3], true);
    kl_obj_t call[2];
    kl_load_method_maybe(f->inner, KL_QSTR_readable, call);
    f->readable = call[0] == KL_OBJ_NULL || kl_obj_is_true(kl_call_method_n_kw(0, 0, call));
    kl_load_method_maybe(f->inner, KL_QSTR_writable, call);
    f->writable = call[0] == KL_OBJ_NULL || kl_obj_is_true(kl_call_method_n_kw(0, 0, call));
    return KL_OBJ_FROM_PTR(f);
}

static kl_obj_t textio_detach(kl_obj_t self) {
    io_t *f = get_open(self);
    if (f->inner == KL_OBJ_NULL) {
        raise_unsupported("detach");
    }
    sync_position(f);
    f->closed = true;
    return f->inner;
}
static KL_DEFINE_FUN_1(textio_detach_obj, detach, textio_detach);

static kl_obj_t textio_get_buffer(kl_obj_t self) {
    io_t *f = get_io(self);
    if (f->inner == KL_OBJ_NULL) {
        kl_raise_msg(&kl_type_AttributeError,
                     KL_ERROR_TEXT("the file objects of open() have no buffer attribute"));
    }
    return f->inner;
}
static KL_DEFINE_FUN_1(textio_get_buffer_obj, buffer, textio_get_buffer);
static const kl_obj_property_t textio_buffer_prop = {
    {&kl_type_property}, KL_ROM_PTR(&textio_get_buffer_obj),
    KL_OBJ_NULL,         KL_OBJ_NULL,
    kl_const_none,       KL_OBJ_NULL};

static const kl_rom_map_elem_t text_locals_table[] = {
    {KL_ROM_QSTR(__enter__), KL_ROM_PTR(&io_enter_obj)},
    {KL_ROM_QSTR(__exit__), KL_ROM_PTR(&io_exit_obj)},
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&io_iter_obj)},
    {KL_ROM_QSTR(__next__), KL_ROM_PTR(&io_next_obj)},
    {KL_ROM_QSTR(buffer), KL_ROM_PTR(&textio_buffer_prop)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&io_close_obj)},
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&io_closed_prop)},
    {KL_ROM_QSTR(detach), KL_ROM_PTR(&textio_detach_obj)},
    {KL_ROM_QSTR(encoding), KL_ROM_PTR(&io_encoding_prop)},
    {KL_ROM_QSTR(errors), KL_ROM_PTR(&io_errors_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&io_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&io_flush_obj)},
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&io_isatty_obj)},
    {KL_ROM_QSTR(line_buffering), KL_ROM_PTR(&io_line_buffering_prop)},
    {KL_ROM_QSTR(mode), KL_ROM_PTR(&io_mode_prop)},
    {KL_ROM_QSTR(name), KL_ROM_PTR(&io_name_prop)},
    {KL_ROM_QSTR(newlines), KL_ROM_PTR(&io_newlines_prop)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&io_readable_obj)},
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&io_readline_obj)},
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&io_readlines_obj)},
    {KL_ROM_QSTR(seek), KL_ROM_PTR(&io_seek_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&io_seekable_obj)},
    {KL_ROM_QSTR(tell), KL_ROM_PTR(&io_tell_obj)},
    {KL_ROM_QSTR(truncate), KL_ROM_PTR(&io_truncate_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&io_writable_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&io_write_obj)},
    {KL_ROM_QSTR(writelines), KL_ROM_PTR(&io_writelines_obj)},
};
static KL_DEFINE_CONST_DICT(text_locals_dict, text_locals_table);

static const kl_rom_map_elem_t binary_locals_table[] = {
    {KL_ROM_QSTR(__enter__), KL_ROM_PTR(&io_enter_obj)},
    {KL_ROM_QSTR(__exit__), KL_ROM_PTR(&io_exit_obj)},
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&io_iter_obj)},
    {KL_ROM_QSTR(__next__), KL_ROM_PTR(&io_next_obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&io_close_obj)},
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&io_closed_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&io_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&io_flush_obj)},
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&io_isatty_obj)},
    {KL_ROM_QSTR(mode), KL_ROM_PTR(&io_mode_prop)},
    {KL_ROM_QSTR(name), KL_ROM_PTR(&io_name_prop)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(read1), KL_ROM_PTR(&io_read_obj)},
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&io_readable_obj)},
    {KL_ROM_QSTR(readinto), KL_ROM_PTR(&io_readinto_obj)},
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&io_readline_obj)},
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&io_readlines_obj)},
    {KL_ROM_QSTR(seek), KL_ROM_PTR(&io_seek_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&io_seekable_obj)},
    {KL_ROM_QSTR(tell), KL_ROM_PTR(&io_tell_obj)},
    {KL_ROM_QSTR(truncate), KL_ROM_PTR(&io_truncate_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&io_writable_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&io_write_obj)},
    {KL_ROM_QSTR(writelines), KL_ROM_PTR(&io_writelines_obj)},
};
static KL_DEFINE_CONST_DICT(binary_locals_dict, binary_locals_table);

#define FILE_TYPE(cname, qname, locals, parent_type, make_new_fun)                                 \
    const kl_obj_iter_type_t cname##_head = {                                                      \
        .type =                                                                                    \
            {                                                                                      \
                .base = {&kl_type_type},                                                           \
                .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_ITER,       \
                .name = qname,                                                                     \
                .make_new = make_new_fun,                                                          \
                .print = file_print,                                                               \
                .locals_dict = &locals,                                                            \
                .parent = &parent_type,                                                            \
            },                                                                                     \
        .getiter = io_getiter,                                                                     \
        .iternext = io_iternext,                                                                   \
    }
FILE_TYPE(kl_type_io_TextIOWrapper, KL_QSTR__io_TextIOWrapper, text_locals_dict, textiobase_type,
          textio_make_new);
FILE_TYPE(kl_type_io_BufferedReader, KL_QSTR__io_BufferedReader, binary_locals_dict,
          bufferediobase_type, NULL);
FILE_TYPE(kl_type_io_BufferedWriter, KL_QSTR__io_BufferedWriter, binary_locals_dict,
          bufferediobase_type, NULL);
FILE_TYPE(kl_type_io_BufferedRandom, KL_QSTR__io_BufferedRandom, binary_locals_dict,
          bufferediobase_type, NULL);
FILE_TYPE(kl_type_io_FileIO, KL_QSTR__io_FileIO, binary_locals_dict, rawiobase_type, NULL);

// ==== open() ====

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
//      opener=None)
static kl_obj_t builtin_open(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[8] = {KL_QSTR_file,     KL_QSTR_mode,   KL_QSTR_buffering,
                                      KL_QSTR_encoding, KL_QSTR_errors, KL_QSTR_newline,
                                      KL_QSTR_closefd,  KL_QSTR_opener};
    kl_obj_t a[8] = {KL_OBJ_NULL,
                     KL_OBJ_NEW_QSTR(KL_QSTR_r),
                     KL_OBJ_NEW_SMALL_INT(-1),
                     kl_const_none,
                     kl_const_none,
                     kl_const_none,
                     kl_const_true,
                     kl_const_none};
    parse_args("open", 8, names, a, n_args, n_kw, args);
    if (a[0] == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("open() missing required argument 'file' (pos 1)"));
    }
    kl_obj_t file = a[0];
    bool is_fd = KL_OBJ_IS_SMALL_INT(file) || kl_obj_is_type(file, &kl_type_int);
    if (!is_fd && !kl_obj_is_str(file) && !kl_obj_is_bytes(file)) {
        kl_obj_t fspath[2];
        kl_load_method_maybe(file, KL_QSTR___fspath__, fspath);
        if (fspath[0] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("expected str, bytes or os.PathLike object, not %T"),
                             file);
        }
        file = kl_call_method_n_kw(0, 0, fspath);
    }
    if (!kl_obj_is_str(a[1])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("open() argument 'mode' must be str, not %T"), a[1]);
    }
    // The mode: each letter once, one of r/w/x/a.
    size_t mlen;
    const char *mode = kl_obj_str_get_data(a[1], &mlen);
    bool r = false, w = false, x = false, ap = false, plus = false, b = false, t = false;
    for (size_t i = 0; i < mlen; i++) {
        bool *flag;
        switch (mode[i]) {
            case 'r':
                flag = &r;
                break;
            case 'w':
                flag = &w;
                break;
            case 'x':
                flag = &x;
                break;
            case 'a':
                flag = &ap;
                break;
            case '+':
                flag = &plus;
                break;
            case 'b':
                flag = &b;
                break;
            case 't':
                flag = &t;
                break;
            default:
                flag = NULL;
                break;
        }
        if (flag == NULL || *flag) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("invalid mode: '%S'"), a[1]);
        }
        *flag = true;
    }
    if (b && t) {
        kl_raise_ValueError(KL_ERROR_TEXT("can't have text and binary mode at once"));
    }
    if (r + w + x + ap != 1) {
        if (r + w + x + ap == 0 && !t) {
            kl_raise_ValueError(KL_ERROR_TEXT("Must have exactly one of create/read/write/append "
                                              "mode and at most one plus"));
        }
        kl_raise_ValueError(
            KL_ERROR_TEXT("must have exactly one of create/read/write/append mode"));
    }
    kl_obj_t encoding = str_arg(a[3], "encoding");
    kl_obj_t errors = str_arg(a[4], "errors");
    if (b && encoding != kl_const_none) {
        kl_raise_ValueError(KL_ERROR_TEXT("binary mode doesn't take an encoding argument"));
    }
    if (b && errors != kl_const_none) {
        kl_raise_ValueError(KL_ERROR_TEXT("binary mode doesn't take an errors argument"));
    }
    if (b && a[5] != kl_const_none) {
        kl_raise_ValueError(KL_ERROR_TEXT("binary mode doesn't take a newline argument"));
    }
    if (!b) {
        parse_newline(a[5], false);
    }
    kl_int_t buffering = kl_obj_get_int(a[2]);
    if (buffering == 0 && !b) {
        kl_raise_ValueError(KL_ERROR_TEXT("can't have unbuffered text I/O"));
    }
    if (a[7] != kl_const_none) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("open() with an opener"));
    }
    bool closefd = kl_obj_is_true(a[6]);
    if (!closefd && !is_fd) {
        kl_raise_ValueError(KL_ERROR_TEXT("Cannot use closefd=False with file name"));
    }

    io_t *f = kl_gc_alloc(sizeof(io_t), 0);
    f->readable = r || plus;
    f->writable = w || x || ap || plus;
    f->closefd = closefd;
    f->name = file;
    if (b) {
        f->newline = NL_LF;
        f->encoding = f->errors = kl_const_none;
        f->enc_kind = ENC_BYTE;
        kl_vstr_init(&f->data, 0);
        kl_vstr_init(&f->raw, 0);
    } else {
        text_setup(f, encoding, errors, a[5], false);
    }
    if (b) {
        f->base.type = buffering == 0 ? &kl_type_io_FileIO
                       : plus         ? &kl_type_io_BufferedRandom
                       : r            ? &kl_type_io_BufferedReader
                                      : &kl_type_io_BufferedWriter;
        const char *m = x      ? (plus ? "xb+" : "xb")
                        : ap   ? (plus ? "ab+" : "ab")
                        : plus ? "rb+"
                        : r    ? "rb"
                               : "wb";
        f->mode = kl_obj_new_str_from_cstr(m);
    } else {
        f->base.type = &kl_type_io_TextIOWrapper;
        f->mode = a[1];
    }
    if (is_fd) {
        f->fd = (int)kl_obj_get_int(file);
    } else {
        size_t len;
        const char *path = kl_obj_str_get_data(file, &len);
        if (strlen(path) != len) {
            kl_raise_ValueError(KL_ERROR_TEXT("embedded null byte"));
        }
        unsigned flags =
            (f->readable ? KL_HAL_FILE_READ : 0) | (f->writable ? KL_HAL_FILE_WRITE : 0);
        if (w) {
            flags |= KL_HAL_FILE_CREATE | KL_HAL_FILE_TRUNC;
        } else if (x) {
            flags |= KL_HAL_FILE_CREATE | KL_HAL_FILE_EXCL;
        } else if (ap) {
            flags |= KL_HAL_FILE_CREATE | KL_HAL_FILE_APPEND;
        }
        int fd = kl_hal_file_open(path, flags);
        if (fd < 0) {
            kl_raise_oserror(-fd, file, KL_OBJ_NULL);
        }
        f->fd = fd;
    }
    if (ap) {
        kl_hal_file_seek(f->fd, 0, 2);
    }
    return KL_OBJ_FROM_PTR(f);
}
KL_DEFINE_FUN_KW(kl_builtin_open_obj, open, 0, builtin_open);

#endif // KL_CFG_OPEN

// ==== The module ====

kl_obj_t kl_mod_io_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_io);
    kl_obj_t g = kl_obj_module_globals(m);
#define SET(q, value) kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(q), (value))
    SET(KL_QSTR_StringIO, KL_ROM_PTR(&kl_type_io_StringIO));
    SET(KL_QSTR_BytesIO, KL_ROM_PTR(&kl_type_io_BytesIO));
    SET(KL_QSTR_UnsupportedOperation, get_unsupported_class());
    SET(KL_QSTR_SEEK_SET, KL_OBJ_NEW_SMALL_INT(0));
    SET(KL_QSTR_SEEK_CUR, KL_OBJ_NEW_SMALL_INT(1));
    SET(KL_QSTR_SEEK_END, KL_OBJ_NEW_SMALL_INT(2));
    SET(KL_QSTR_DEFAULT_BUFFER_SIZE, KL_OBJ_NEW_SMALL_INT(8192));
    SET(KL_QSTR_IOBase, KL_ROM_PTR(&iobase_type));
    SET(KL_QSTR_TextIOBase, KL_ROM_PTR(&textiobase_type));
    SET(KL_QSTR_BufferedIOBase, KL_ROM_PTR(&bufferediobase_type));
#if KL_CFG_OPEN
    SET(KL_QSTR_open, KL_ROM_PTR(&kl_builtin_open_obj));
    SET(KL_QSTR_TextIOWrapper, KL_ROM_PTR(&kl_type_io_TextIOWrapper));
    SET(KL_QSTR_BufferedReader, KL_ROM_PTR(&kl_type_io_BufferedReader));
    SET(KL_QSTR_BufferedWriter, KL_ROM_PTR(&kl_type_io_BufferedWriter));
    SET(KL_QSTR_BufferedRandom, KL_ROM_PTR(&kl_type_io_BufferedRandom));
    SET(KL_QSTR_FileIO, KL_ROM_PTR(&kl_type_io_FileIO));
    SET(KL_QSTR_RawIOBase, KL_ROM_PTR(&rawiobase_type));
#endif
#undef SET
    return m;
}

#endif // KL_CFG_MODULE_IO
