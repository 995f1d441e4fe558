// vm/mod_kinglet.c: the kinglet module, also importable as micropython.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The interpreter's own controls: heap statistics, the heap lock, callbacks scheduled from
// outside the program's flow, and the instruction budget. The module answers to both names so
// that scripts written for MicroPython (`from micropython import const`) run unchanged; it is one
// const module, so `kinglet` and `micropython` are the same functions.
//
// const(x) returns x: the compiler does no folding, so `X = const(1)` is an ordinary
// assignment and X an ordinary global.
//
// mem_info() prints kinglet's own format rather than MicroPython's block-level one:
//
//     heap: total=N used=N free=N max_free=N collections=N
//     stack: used=N limit=N
//
// in bytes (limit 0: unchecked); mem_info(True) adds the collector's block size,
// qstr_info()'s line and a map of the heap (below). qstr_info() prints `qstr: count=N`.
// heap_stats() returns the heap line's numbers as a dict.
//
// heap_lock() makes every allocation raise MemoryError until heap_unlock() (which returns the
// depth still held, as MicroPython's does); unlike gc.disable() it stops allocation itself.
// A lock still held when the program or REPL entry ends is released (vm/kinglet.c).
//
// schedule(func, arg) queues func(arg) to run at the VM's next check point (a backward jump or
// a call, where Ctrl-C is noticed), never inside another scheduled callback. The queue holds
// SCHEDULE_DEPTH calls; past that, RuntimeError("schedule queue full"). An exception a
// callback raises propagates from the point where the program was interrupted.
//
// set_instruction_budget(n) arms kl_set_instruction_budget (vm/kinglet.c): after n more check
// points (or their worth of work in C) RuntimeError("instruction budget exhausted"); 0 switches
// it off.
//
// kbd_intr(c) stores the console's interrupt character for the port (kl_kbd_intr_char);
// kbd_intr(-1) makes kl_interrupt() ignore interrupts, so Ctrl-C no longer stops the program.
// opt_level() is stored and reported, but the compiler does not read it.

#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_module.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_KINGLET

#define SCHEDULE_DEPTH 4

// ==== MicroPython's names ====

static kl_obj_t kinglet_const(kl_obj_t x) {
    return x;
}
static KL_DEFINE_FUN_1(kinglet_const_obj, const, kinglet_const);

static size_t stack_used(void) {
    char here;
    if (kl_state.c_stack_top == NULL) {
        return 0;
    }
    return (size_t)(kl_state.c_stack_top - &here);
}

// The reports go to sys.stdout when a program replaced it (so a test can capture them), else
// to the console.
static void report(kl_vstr_t *v) {
    kl_obj_t out = kl_mod_sys_stdout();
    if (out == KL_OBJ_NULL) {
        kl_hal_stdout_write(v->buf, v->len);
    } else {
        kl_obj_t dest[3];
        kl_load_method(out, KL_QSTR_write, dest);
        dest[2] = kl_vstr_to_str(v);
        kl_call_method_n_kw(1, 0, dest);
    }
}

static void print_qstr_info(const kl_print_t *p) {
    kl_printf(p, "qstr: count=%zu\n", kl_qstr_count());
}

static kl_obj_t kinglet_qstr_info(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    (void)args;
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    print_qstr_info(&p);
    report(&v);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(kinglet_qstr_info_obj, qstr_info, 0, 1, kinglet_qstr_info);

// ==== The heap map ====
// mem_info(True) ends with a map of the heap in MicroPython's mem_info(1) layout: one character
// a block, 64 blocks a line after the line's byte offset, '.' for a free block, '=' for the
// rest of a run, and for a run's first block a letter for what it holds, found from the type
// pointer an object starts with: T tuple, L list, D dict, S str, A bytes or bytearray, F float,
// I big int, B function, bound method or closure cell, C code, M module, Y class, O instance
// of a class, a any other data without pointers (a bytecode array), h anything else (item
// arrays, hash tables). Lines with nothing allocated fold into one "(N lines all free)".

static const struct {
    const kl_obj_type_t *type;
    char letter;
} map_letters[] = {
    {&kl_type_tuple, 'T'}, {&kl_type_list, 'L'},     {&kl_type_dict, 'D'},
    {&kl_type_str, 'S'},   {&kl_type_bytes, 'A'},    {&kl_type_bytearray, 'A'},
    {&kl_type_int, 'I'},   {&kl_type_function, 'B'}, {&kl_type_bound_method, 'B'},
    {&kl_type_cell, 'B'},  {&kl_type_code, 'C'},     {&kl_type_module, 'M'},
    {&kl_type_type, 'Y'},
#if KL_CFG_FLOAT
    {&kl_type_float, 'F'},
#endif
};

static char map_letter(const void *start, kl_gc_block_t kind) {
    const kl_obj_type_t *type = *(const kl_obj_type_t *const *)start;
    for (size_t i = 0; i < sizeof(map_letters) / sizeof(map_letters[0]); i++) {
        if (type == map_letters[i].type) {
            return map_letters[i].letter;
        }
    }
    if (kind == KL_GC_BLOCK_ATOMIC_HEAD) {
        return 'a';
    }
    // A class made by a class statement is a heap object whose own type is type (or a
    // metaclass, itself such a class).
    if (kl_gc_is_heap_ptr(type) && kl_gc_nbytes(type) >= sizeof(kl_obj_type_t) &&
        (type->base.type == &kl_type_type || kl_gc_is_heap_ptr(type->base.type))) {
        return 'O';
    }
    return 'h';
}

// Reported a line at a time through [v], so that the map of a nearly full heap needs no more
// memory than one line.
static void print_heap_map(kl_vstr_t *v, const kl_gc_info_t *info) {
    kl_print_t p;
    kl_vstr_print(&p, v);
    size_t n_blocks = info->total / KL_CFG_GC_BLOCK_BYTES;
    kl_printf(&p, "GC memory layout; from %p:\n", info->start);
    size_t digits = 5;
    while (digits < 2 * sizeof(size_t) && (info->total >> (4 * digits)) != 0) {
        digits++;
    }
    size_t free_lines = 0;
    for (size_t line = 0; line < n_blocks; line += 64) {
        size_t end = line + 64 < n_blocks ? line + 64 : n_blocks;
        char chars[64];
        bool empty = true;
        for (size_t b = line; b < end; b++) {
            void *start = NULL;
            kl_gc_block_t kind = kl_gc_block(b, &start);
            chars[b - line] = kind == KL_GC_BLOCK_FREE   ? '.'
                              : kind == KL_GC_BLOCK_TAIL ? '='
                                                         : map_letter(start, kind);
            empty = empty && kind == KL_GC_BLOCK_FREE;
        }
        if (empty && end - line == 64) {
            free_lines++;
            continue;
        }
        if (free_lines > 0) {
            kl_printf(&p, "       (%zu lines all free)\n", free_lines);
            free_lines = 0;
        }
        // The line's byte offset in hex, as wide as the heap's largest (at least five
        // digits; kl_printf has no widths).
        char offset[2 * sizeof(size_t)];
        for (size_t i = 0, at = line * KL_CFG_GC_BLOCK_BYTES; i < digits; i++, at >>= 4) {
            offset[digits - 1 - i] = "0123456789abcdef"[at & 15];
        }
        kl_print_strn(&p, offset, digits);
        kl_print_strn(&p, ": ", 2);
        kl_print_strn(&p, chars, end - line);
        kl_print_str(&p, "\n");
        report(v);
        v->len = 0;
    }
    if (free_lines > 0) {
        kl_printf(&p, "       (%zu lines all free)\n", free_lines);
    }
    report(v);
}

static kl_obj_t kinglet_mem_info(size_t n_args, const kl_obj_t *args) {
    kl_gc_info_t info;
    kl_gc_info(&info);
    kl_vstr_t v;
    kl_vstr_init(&v, 128);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    kl_printf(&p, "heap: total=%zu used=%zu free=%zu max_free=%zu collections=%zu\n", info.total,
              info.used, info.free, info.max_free, info.collections);
    kl_printf(&p, "stack: used=%zu limit=%zu\n", stack_used(), kl_state.c_stack_limit);
    if (n_args == 1 && kl_obj_is_true(args[0])) {
        kl_printf(&p, "gc: block=%u\n", (unsigned)KL_CFG_GC_BLOCK_BYTES);
        print_qstr_info(&p);
        report(&v);
        v.len = 0;
        print_heap_map(&v, &info);
        return kl_const_none;
    }
    report(&v);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(kinglet_mem_info_obj, mem_info, 0, 1, kinglet_mem_info);

static kl_obj_t kinglet_stack_use(void) {
    return kl_obj_new_int((kl_int_t)stack_used());
}
static KL_DEFINE_FUN_0(kinglet_stack_use_obj, stack_use, kinglet_stack_use);

static kl_obj_t kinglet_heap_lock(void) {
    kl_gc_heap_lock();
    return kl_const_none;
}
static KL_DEFINE_FUN_0(kinglet_heap_lock_obj, heap_lock, kinglet_heap_lock);

static kl_obj_t kinglet_heap_unlock(void) {
    return KL_OBJ_NEW_SMALL_INT(kl_gc_heap_unlock());
}
static KL_DEFINE_FUN_0(kinglet_heap_unlock_obj, heap_unlock, kinglet_heap_unlock);

static kl_obj_t kinglet_kbd_intr(kl_obj_t c) {
    kl_int_t v = kl_obj_get_int(c);
    kl_state.kbd_intr_char = v < 0 || v > 255 ? -1 : (int16_t)v;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(kinglet_kbd_intr_obj, kbd_intr, kinglet_kbd_intr);

static kl_obj_t kinglet_opt_level(size_t n_args, const kl_obj_t *args) {
    if (n_args == 0) {
        return KL_OBJ_NEW_SMALL_INT(kl_state.opt_level);
    }
    kl_state.opt_level = kl_obj_get_int(args[0]);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(kinglet_opt_level_obj, opt_level, 0, 1, kinglet_opt_level);

// ==== schedule ====

// The queue: SCHEDULE_DEPTH (func, arg) pairs in a heap block kept in a registered root,
// the first kl_state.sched_len of them pending, oldest first.
#define schedule_queue KL_REGISTER_ROOT(KL_ROOT_KINGLET_SCHEDULE)

static kl_obj_t kinglet_schedule(kl_obj_t func, kl_obj_t arg) {
    if (schedule_queue == KL_OBJ_NULL) {
        schedule_queue = KL_OBJ_FROM_PTR(kl_gc_alloc(2 * SCHEDULE_DEPTH * sizeof(kl_obj_t), 0));
    }
    if (kl_state.sched_len >= SCHEDULE_DEPTH) {
        kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("schedule queue full"));
    }
    kl_obj_t *q = KL_OBJ_TO_PTR(schedule_queue);
    q[2 * kl_state.sched_len] = func;
    q[2 * kl_state.sched_len + 1] = arg;
    kl_state.sched_len++;
    return kl_const_none;
}
static KL_DEFINE_FUN_2(kinglet_schedule_obj, schedule, kinglet_schedule);

void kl_mod_kinglet_run_scheduled(void) {
    kl_state.sched_running = 1;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        while (kl_state.sched_len > 0) {
            kl_obj_t *q = KL_OBJ_TO_PTR(schedule_queue);
            kl_obj_t func = q[0];
            kl_obj_t arg = q[1];
            kl_state.sched_len--;
            for (size_t i = 0; i < 2u * kl_state.sched_len; i++) {
                q[i] = q[i + 2];
            }
            q[2 * kl_state.sched_len] = KL_OBJ_NULL;
            q[2 * kl_state.sched_len + 1] = KL_OBJ_NULL;
            kl_call_function_1(func, arg);
        }
        kl_nlr_pop();
        kl_state.sched_running = 0;
    } else {
        kl_state.sched_running = 0;
        kl_nlr_jump(nlr.ret_val);
    }
}

// ==== kinglet's own ====

static kl_obj_t kinglet_heap_stats(void) {
    kl_gc_info_t info;
    kl_gc_info(&info);
    kl_obj_t d = kl_obj_new_dict(5);
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_total), kl_obj_new_int((kl_int_t)info.total));
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_used), kl_obj_new_int((kl_int_t)info.used));
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_free), kl_obj_new_int((kl_int_t)info.free));
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_max_free),
                      kl_obj_new_int((kl_int_t)info.max_free));
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_collections),
                      kl_obj_new_int((kl_int_t)info.collections));
    return d;
}
static KL_DEFINE_FUN_0(kinglet_heap_stats_obj, heap_stats, kinglet_heap_stats);

static kl_obj_t kinglet_set_instruction_budget(kl_obj_t n) {
    kl_int_t v = kl_obj_get_int(n);
    if (v < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("budget must be >= 0"));
    }
    kl_set_instruction_budget((uint64_t)v);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(kinglet_set_instruction_budget_obj, set_instruction_budget,
                       kinglet_set_instruction_budget);

static kl_obj_t kinglet_instruction_budget(void) {
    if (!kl_state.budget_on) {
        return kl_const_none;
    }
    return kl_obj_new_int((kl_int_t)kl_state.budget);
}
static KL_DEFINE_FUN_0(kinglet_instruction_budget_obj, instruction_budget,
                       kinglet_instruction_budget);

// (major, minor, micro) as a tuple in flash.
static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[3];
} kinglet_version_obj = {
    {&kl_type_tuple},
    3,
    {KL_ROM_INT(KL_VERSION_MAJOR), KL_ROM_INT(KL_VERSION_MINOR), KL_ROM_INT(KL_VERSION_MICRO)}};

static const kl_rom_map_elem_t kinglet_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_kinglet)},
    {KL_ROM_QSTR(const), KL_ROM_PTR(&kinglet_const_obj)},
    {KL_ROM_QSTR(heap_lock), KL_ROM_PTR(&kinglet_heap_lock_obj)},
    {KL_ROM_QSTR(heap_stats), KL_ROM_PTR(&kinglet_heap_stats_obj)},
    {KL_ROM_QSTR(heap_unlock), KL_ROM_PTR(&kinglet_heap_unlock_obj)},
    {KL_ROM_QSTR(instruction_budget), KL_ROM_PTR(&kinglet_instruction_budget_obj)},
    {KL_ROM_QSTR(kbd_intr), KL_ROM_PTR(&kinglet_kbd_intr_obj)},
    {KL_ROM_QSTR(mem_info), KL_ROM_PTR(&kinglet_mem_info_obj)},
    {KL_ROM_QSTR(opt_level), KL_ROM_PTR(&kinglet_opt_level_obj)},
    {KL_ROM_QSTR(qstr_info), KL_ROM_PTR(&kinglet_qstr_info_obj)},
    {KL_ROM_QSTR(schedule), KL_ROM_PTR(&kinglet_schedule_obj)},
    {KL_ROM_QSTR(set_instruction_budget), KL_ROM_PTR(&kinglet_set_instruction_budget_obj)},
    {KL_ROM_QSTR(stack_use), KL_ROM_PTR(&kinglet_stack_use_obj)},
    {KL_ROM_QSTR(version), KL_ROM_PTR(&kinglet_version_obj)},
};
static KL_DEFINE_CONST_DICT(kinglet_globals, kinglet_globals_table);

const kl_obj_module_t kl_module_kinglet = {{&kl_type_module}, &kinglet_globals};

#endif // KL_CFG_MODULE_KINGLET
