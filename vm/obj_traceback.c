// vm/obj_traceback.c: traceback and frame objects, the Python view of where an exception went.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// An exception records its traceback compactly (vm/obj_exception.h: file, line and function
// per frame). e.__traceback__ builds these objects from that record when a program asks:
// a chain from the outermost frame (tb_next going inward), each with tb_lineno and a tb_frame
// whose f_code has co_name and co_filename. Frames are snapshots: there are no live locals.
// sys._getframe() makes the same snapshots of the running frames, which also carry f_globals
// and f_back. Without KL_CFG_TRACEBACK_OBJECTS none of them is built, and the traceback a with
// statement's __exit__ receives is None, as in MicroPython.

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/obj_exception.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_TRACEBACK_OBJECTS
typedef struct _frame_info_t {
    kl_obj_base_t base;
    uint32_t line;
    uint16_t filename; // qstr
    uint16_t name;     // qstr
    // Only in frames from sys._getframe (else KL_OBJ_NULL, and the block atomic):
    kl_obj_t globals; // f_globals
    kl_obj_t back;    // f_back: the caller's snapshot, or None
} frame_info_t;

typedef struct _traceback_t {
    kl_obj_base_t base;
    kl_obj_t next; // a traceback, or None
    kl_obj_t frame;
} traceback_t;

static const kl_obj_type_t frame_type;
#if KL_CFG_FUNCTION_ATTRS_FULL
static const kl_obj_type_t code_info_type;
#endif

static void traceback_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    traceback_t *tb = (traceback_t *)self;
    switch (attr) {
        case KL_QSTR_tb_next:
            dest[0] = tb->next;
            break;
        case KL_QSTR_tb_frame:
            dest[0] = tb->frame;
            break;
        case KL_QSTR_tb_lineno:
            dest[0] = KL_OBJ_NEW_SMALL_INT(((frame_info_t *)tb->frame)->line);
            break;
        case KL_QSTR_tb_lasti:
            dest[0] = KL_OBJ_NEW_SMALL_INT(-1); // no instruction offsets are kept
            break;
        default:
            kl_type_generic_attr(self, attr, dest);
            break;
    }
}

const kl_obj_type_t kl_type_traceback = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_traceback,
    .attr = traceback_attr,
    .parent = &kl_type_object,
};

static void frame_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    frame_info_t *f = (frame_info_t *)o;
    kl_printf(print, "<frame at %p, file '%q', line %u, code %q>", o, (kl_qstr_t)f->filename,
              (unsigned)f->line, (kl_qstr_t)f->name);
}

static void frame_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    frame_info_t *f = (frame_info_t *)self;
    switch (attr) {
        case KL_QSTR_f_lineno:
            dest[0] = KL_OBJ_NEW_SMALL_INT(f->line);
            break;
        case KL_QSTR_f_globals:
            if (f->globals != KL_OBJ_NULL) {
                dest[0] = f->globals;
            }
            break;
        case KL_QSTR_f_back:
            if (f->back != KL_OBJ_NULL) {
                dest[0] = f->back;
            }
            break;
#if KL_CFG_FUNCTION_ATTRS_FULL
        case KL_QSTR_f_code: {
            // The same record, seen as the code: it answers co_name and co_filename.
            frame_info_t *c = kl_gc_alloc(sizeof(frame_info_t), KL_GC_ATOMIC);
            *c = *f;
            c->base.type = &code_info_type;
            dest[0] = KL_OBJ_FROM_PTR(c);
            break;
        }
#endif
        default:
            kl_type_generic_attr(self, attr, dest);
            break;
    }
}

static const kl_obj_type_t frame_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_frame,
    .print = frame_print,
    .attr = frame_attr,
    .parent = &kl_type_object,
};

#if KL_CFG_FUNCTION_ATTRS_FULL
static void code_info_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    frame_info_t *c = (frame_info_t *)o;
    kl_printf(print, "<code object %q at %p, file \"%q\">", (kl_qstr_t)c->name, o,
              (kl_qstr_t)c->filename);
}

static void code_info_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    frame_info_t *c = (frame_info_t *)self;
    switch (attr) {
        case KL_QSTR_co_name:
            dest[0] = KL_OBJ_NEW_QSTR(c->name);
            break;
        case KL_QSTR_co_filename:
            dest[0] = KL_OBJ_NEW_QSTR(c->filename);
            break;
        default:
            kl_type_generic_attr(self, attr, dest);
            break;
    }
}

static const kl_obj_type_t code_info_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_code,
    .print = code_info_print,
    .attr = code_info_attr,
    .parent = &kl_type_object,
};
#endif

kl_obj_t kl_frame_snapshot(kl_qstr_t filename, size_t line, kl_qstr_t name) {
    frame_info_t *f = kl_gc_alloc(sizeof(frame_info_t), KL_GC_ATOMIC);
    f->base.type = &frame_type;
    f->line = (uint32_t)line;
    f->filename = (uint16_t)filename;
    f->name = (uint16_t)name;
    return KL_OBJ_FROM_PTR(f);
}

kl_obj_t kl_frame_snapshot_chain(const kl_frame_t *frame) {
    // Built outermost first, so each snapshot can point at its caller's.
    size_t n = 0;
    for (const kl_frame_t *f = frame; f != NULL; f = f->prev) {
        n++;
    }
    kl_obj_t back = kl_const_none;
    for (size_t depth = n; depth-- > 0;) {
        const kl_frame_t *f = frame;
        for (size_t i = 0; i < depth; i++) {
            f = f->prev;
        }
        frame_info_t *fi = kl_gc_alloc(sizeof(frame_info_t), 0);
        fi->base.type = &frame_type;
        fi->line = (uint32_t)kl_bc_line(f->code, f->pc);
        fi->filename = f->code->filename;
        fi->name = f->code->name;
        fi->globals = f->globals;
        fi->back = back;
        back = KL_OBJ_FROM_PTR(fi);
    }
    return back;
}

void kl_exception_set_traceback_obj(kl_obj_t exc, kl_obj_t tb) {
    if (tb != kl_const_none && !kl_obj_is_type(tb, &kl_type_traceback)) {
        kl_raise_TypeError(KL_ERROR_TEXT("__traceback__ must be a traceback or None"));
    }
    kl_exception_clear_traceback(exc);
    // The chain runs outermost first, the record innermost first: append, then reverse.
    for (kl_obj_t t = tb; t != kl_const_none; t = ((traceback_t *)t)->next) {
        const frame_info_t *f = (const frame_info_t *)((traceback_t *)t)->frame;
        kl_exception_add_traceback(exc, f->filename, f->line, f->name);
    }
    kl_traceback_t *record = kl_exception_native(exc)->traceback;
    for (size_t i = 0, j = record == NULL ? 0 : record->len; i + 1 < j; i++, j--) {
        uint32_t line = record->entries[i].line;
        uint16_t filename = record->entries[i].filename, name = record->entries[i].name;
        record->entries[i] = record->entries[j - 1];
        record->entries[j - 1].line = line;
        record->entries[j - 1].filename = filename;
        record->entries[j - 1].name = name;
    }
}

kl_obj_t kl_exception_get_traceback_obj(kl_obj_t exc) {
    kl_obj_exception_t *e = kl_exception_native(exc);
    if (e->traceback == NULL || e->traceback->len == 0) {
        return kl_const_none;
    }
    // The record is innermost first; the chain starts at the outermost frame.
    kl_obj_t next = kl_const_none;
    for (size_t i = 0; i < e->traceback->len; i++) {
        frame_info_t *f = kl_gc_alloc(sizeof(frame_info_t), KL_GC_ATOMIC);
        f->base.type = &frame_type;
        f->line = e->traceback->entries[i].line;
        f->filename = e->traceback->entries[i].filename;
        f->name = e->traceback->entries[i].name;
        traceback_t *tb = kl_gc_alloc(sizeof(traceback_t), 0);
        tb->base.type = &kl_type_traceback;
        tb->next = next;
        tb->frame = KL_OBJ_FROM_PTR(f);
        next = KL_OBJ_FROM_PTR(tb);
    }
    return next;
}
#else
kl_obj_t kl_exception_get_traceback_obj(kl_obj_t exc) {
    (void)exc;
    return kl_const_none;
}
#endif // KL_CFG_TRACEBACK_OBJECTS
