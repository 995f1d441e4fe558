// vm/vm.c: the bytecode interpreter: frames, argument binding and the dispatch loop.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// kl_vm_execute runs one frame. The dispatch loop lives in run(), which keeps the instruction
// and stack pointers in registers and stores the instruction's address into the frame before
// executing it, so when an operation raises (by nlr, from anywhere below), kl_vm_execute knows
// exactly which instruction failed: it records the traceback line, looks the offset up in the
// code's exception table and either resumes at the handler or passes the exception on to the
// caller's frame. Nothing is paid for a try block that does not raise.
//
// Calls between Python functions recurse in C (kl_vm_call_function -> kl_vm_execute), with the
// frame's locals and operands carved from the value stack region; the recursion limit and a C
// stack check turn runaway recursion into RecursionError long before either stack runs out.
//
// Dispatch uses computed goto where the compiler supports it (one indirect jump per
// instruction, better branch prediction) and a switch elsewhere; both share one body through
// the DISPATCH()/ENTRY() macros.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_set.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// ==== Frames ====

// Give [frame] its slice of the value stack for [code]'s locals and operand stack, cleared. The
// operand stack is cleared too: an exception handler may unwind to a depth the raising
// instruction had popped below, and must then read a null, never what an earlier frame left.
static inline void frame_init(kl_frame_t *frame, const kl_obj_code_t *code, kl_obj_fun_t *fun,
                              kl_obj_t globals, kl_obj_t locals_dict) {
    size_t n_slots = (size_t)code->n_locals + code->n_stack;
    kl_obj_t *locals = kl_state.stack_ptr;
    if ((size_t)(kl_state.stack_end - locals) < n_slots) {
        kl_raise_RecursionError(KL_ERROR_TEXT("maximum recursion depth exceeded"));
    }
    kl_state.stack_ptr = locals + n_slots;
    memset(locals, 0, n_slots * sizeof(kl_obj_t));
    frame->code = code;
    frame->fun = fun;
    frame->globals = globals;
    frame->locals_dict = locals_dict;
    frame->locals = locals;
    frame->pc = code->bytecode;
    frame->sp = locals + code->n_locals - 1;
    frame->gen = KL_OBJ_NULL;
    frame->stack_restore = locals;
}

void kl_vm_setup_cells(const kl_obj_code_t *code, kl_obj_t *locals, kl_obj_fun_t *fun) {
    for (size_t i = 0; i < code->n_cells; i++) {
        uint16_t slot = code->cell_locals[i];
        locals[slot] = kl_obj_new_cell(locals[slot]);
    }
    if (code->n_free > 0) {
        kl_obj_tuple_t *closure = (kl_obj_tuple_t *)fun->closure;
        size_t base = code->n_locals - code->n_free;
        for (size_t i = 0; i < code->n_free && i < closure->len; i++) {
            locals[base + i] = closure->items[i];
        }
    }
}

// Run [code] in a new frame: a call of [fun] with its arguments bound, or (with [locals_dict])
// module or class-body code, which takes none. The frame's slice of the value stack is given
// back however it ends, even when kl_vm_execute raises before the frame runs.
static kl_obj_t run_code(const kl_obj_code_t *code, kl_obj_fun_t *fun, kl_obj_t locals_dict,
                         size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_frame_t frame;
    frame_init(&frame, code, fun, fun->globals, locals_dict);
    kl_obj_t *saved_ptr = frame.stack_restore;
    kl_obj_t result;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        if (locals_dict == KL_OBJ_NULL) {
            kl_obj_fun_bind_args(fun, frame.locals, n_args, n_kw, args);
        }
        kl_vm_setup_cells(code, frame.locals, fun);
        kl_vm_execute(&frame, KL_OBJ_NULL, &result);
        kl_nlr_pop();
    } else {
        kl_state.stack_ptr = saved_ptr;
        kl_nlr_jump(nlr.ret_val);
    }
    kl_state.stack_ptr = saved_ptr;
    return result;
}

kl_obj_t kl_vm_call_function(kl_obj_fun_t *fun, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_code_t *code = fun->code;
    if (code->flags &
        (KL_CODE_FLAG_GENERATOR | KL_CODE_FLAG_COROUTINE | KL_CODE_FLAG_ASYNC_GENERATOR)) {
        return kl_obj_new_generator(fun, n_args, n_kw, args);
    }
#if KL_CFG_VM_FAST_PATHS
    // Where speed is asked for, the frame runs outside the handler that guards the binding of
    // the arguments: one setjmp less a call. kl_vm_execute gives back the stack when the code
    // raises.
    kl_frame_t frame;
    frame_init(&frame, code, fun, fun->globals, KL_OBJ_NULL);
    kl_obj_t *saved_ptr = frame.stack_restore;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_fun_bind_args(fun, frame.locals, n_args, n_kw, args);
        kl_vm_setup_cells(code, frame.locals, fun);
        kl_nlr_pop();
    } else {
        kl_state.stack_ptr = saved_ptr;
        kl_nlr_jump(nlr.ret_val);
    }
    kl_obj_t result;
    kl_vm_execute(&frame, KL_OBJ_NULL, &result);
    kl_state.stack_ptr = saved_ptr;
    return result;
#else
    return run_code(code, fun, KL_OBJ_NULL, n_args, n_kw, args);
#endif
}

// Run module or class-body code with [locals_dict] as its namespace.
kl_obj_t kl_vm_exec_code(const kl_obj_code_t *code, kl_obj_t globals, kl_obj_t locals_dict,
                         kl_obj_t closure) {
    kl_obj_fun_t fun;
    memset(&fun, 0, sizeof(fun));
    fun.code = code;
    fun.globals = globals;
    fun.closure = closure;
    return run_code(code, &fun, locals_dict, 0, 0, NULL);
}

// ==== Names ====

static KL_NORETURN void raise_name_error(kl_qstr_t name) {
    kl_obj_t exc = kl_obj_new_exception_fmt(&kl_type_NameError,
                                            KL_ERROR_TEXT("name '%q' is not defined"), name);
    kl_store_attr(exc, KL_QSTR_name, KL_OBJ_NEW_QSTR(name));
    kl_raise(exc);
}

// A builtin for code run by exec or eval with globals that have their own __builtins__ (a dict
// or a module): exec(code, {'__builtins__': {}}) restricts what the code sees.
static KL_NOINLINE kl_obj_t load_own_builtin(kl_obj_dict_t *g, kl_qstr_t name) {
    kl_map_elem_t *b = kl_map_lookup_qstr(&g->map, KL_QSTR___builtins__, KL_MAP_LOOKUP);
    if (b == NULL || b->value == KL_OBJ_FROM_PTR(&kl_module_builtins)) {
        return kl_builtins_lookup(name);
    }
    if (kl_obj_is_type(b->value, &kl_type_dict)) {
        return kl_obj_dict_get(b->value, KL_OBJ_NEW_QSTR(name));
    }
    return kl_load_attr_maybe(b->value, name, KL_OBJ_NULL);
}

static inline kl_obj_t load_global(kl_frame_t *frame, kl_qstr_t name) {
    kl_obj_dict_t *g = (kl_obj_dict_t *)frame->globals;
    kl_map_elem_t *e = kl_map_lookup_qstr(&g->map, name, KL_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    // exec and eval mark a globals dict with its own __builtins__ (only where they take one,
    // KL_CFG_EXEC_FULL); other code pays one test.
    kl_obj_t v = KL_CFG_EXEC_FULL && KL_UNLIKELY(g->map.own_builtins) ? load_own_builtin(g, name)
                                                                      : kl_builtins_lookup(name);
    if (v == KL_OBJ_NULL) {
        raise_name_error(name);
    }
    return v;
}

// A namespace that is not a dict (a metaclass's __prepare__ mapping, or exec's locals) is read
// and written through its __getitem__ and __setitem__. Only KL_CFG_METACLASS and
// KL_CFG_EXEC_FULL make one; without them every namespace is a dict, and the paths for other
// mappings are left out.
#define IS_DICT_NAMESPACE(o)                                                                       \
    (!(KL_CFG_METACLASS || KL_CFG_EXEC_FULL) || kl_obj_is_type(o, &kl_type_dict))

// [name] from the frame's own namespace, when [local] and it has one, else from its globals.
static kl_obj_t load_name(kl_frame_t *frame, kl_qstr_t name, bool local) {
    if (local && frame->locals_dict != KL_OBJ_NULL && frame->locals_dict != frame->globals) {
        kl_obj_t l = frame->locals_dict;
        if (IS_DICT_NAMESPACE(l)) {
            kl_map_elem_t *e = kl_map_lookup_qstr(&((kl_obj_dict_t *)l)->map, name, KL_MAP_LOOKUP);
            if (e != NULL) {
                return e->value;
            }
        } else {
            // A mapping from a metaclass's __prepare__ or exec(): use its __getitem__.
            kl_nlr_buf_t nlr;
            if (kl_nlr_push(&nlr) == 0) {
                kl_obj_t v = kl_obj_subscr(l, KL_OBJ_NEW_QSTR(name), KL_OBJ_SENTINEL);
                kl_nlr_pop();
                return v;
            } else if (!kl_obj_isinstance(nlr.ret_val, &kl_type_KeyError)) {
                kl_nlr_jump(nlr.ret_val);
            }
        }
    }
    return load_global(frame, name);
}

static void store_name(kl_obj_t l, kl_qstr_t name, kl_obj_t value) {
    if (IS_DICT_NAMESPACE(l)) {
        kl_map_lookup_qstr(&((kl_obj_dict_t *)l)->map, name, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)
            ->value = value;
    } else {
        kl_obj_subscr(l, KL_OBJ_NEW_QSTR(name), value);
    }
}

static void delete_name(kl_obj_t dict, kl_qstr_t name) {
    if (IS_DICT_NAMESPACE(dict)) {
        if (kl_map_lookup_qstr(&((kl_obj_dict_t *)dict)->map, name, KL_MAP_LOOKUP_REMOVE) == NULL) {
            raise_name_error(name);
        }
    } else {
        kl_obj_subscr(dict, KL_OBJ_NEW_QSTR(name), KL_OBJ_NULL);
    }
}

static KL_NORETURN void raise_unbound_local(const kl_obj_code_t *code, size_t slot) {
    kl_raise_msg_fmt(&kl_type_UnboundLocalError,
                     KL_ERROR_TEXT("cannot access local variable '%q' where it is not "
                                   "associated with a value"),
                     (kl_qstr_t)code->local_names[slot]);
}

static KL_NORETURN void raise_unbound_free(const kl_obj_code_t *code, size_t slot) {
    kl_raise_msg_fmt(&kl_type_NameError,
                     KL_ERROR_TEXT("cannot access free variable '%q' where it is not associated "
                                   "with a value in enclosing scope"),
                     (kl_qstr_t)code->local_names[slot]);
}

// ==== Helpers for instructions ====

// What the compiler guarantees and a loaded .kbc file might break is checked where the C code
// would otherwise trust it; a build without .kbc files (KL_CFG_BYTECODE_FILES) runs only what
// its own compiler made, and leaves the checks out.
// A check that only picks the wording of an error which a later check raises anyway, as the same
// exception: without error text (KL_CFG_ERROR_TEXT) there is nothing to word, and it goes.
#define WORDING_ONLY(cond) (KL_CFG_ERROR_TEXT && (cond))

#define CHECK_BYTECODE(cond, msg)                                                                  \
    do {                                                                                           \
        if (KL_CFG_BYTECODE_FILES && KL_UNLIKELY(!(cond))) {                                       \
            kl_raise_msg(&kl_type_SystemError, KL_ERROR_TEXT(msg));                                \
        }                                                                                          \
    } while (0)

// Append the items of [iterable] to [list]; those of a tuple or list are copied directly where
// the fast paths are built (KL_CFG_VM_FAST_PATHS).
// Unpack [seq] into [dest], first item on top: [before] items, then with [star] a list of the
// items between, then [after] items. UNPACK_SEQUENCE and UNPACK_EX share it. An iterator is read
// into a list first; without a star only one item past the count (enough to tell there are
// too many), so `a, b = itertools.count()` stops as in CPython. Returns how many it stored.
static size_t unpack(kl_obj_t seq, size_t before, size_t after, bool star, kl_obj_t *dest) {
    size_t n = before + after;
    size_t len;
    kl_obj_t *items;
    if (kl_obj_is_type(seq, &kl_type_tuple) || kl_obj_is_type(seq, &kl_type_list)) {
        kl_obj_get_array(seq, &len, &items);
    } else {
        kl_obj_t list = kl_obj_new_list(0, NULL);
        kl_obj_t it = kl_getiter_or_unpack_error(seq);
        kl_obj_t v;
        while ((star || ((kl_obj_list_t *)list)->len <= n) &&
               (v = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            kl_obj_list_append(list, v);
        }
        kl_obj_get_array(list, &len, &items);
    }
    if (len < n) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         star ? KL_ERROR_TEXT("not enough values to unpack (expected at least %z, "
                                              "got %z)")
                              : KL_ERROR_TEXT("not enough values to unpack (expected %z, got %z)"),
                         n, len);
    }
    if (!star && len > n) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("too many values to unpack (expected %z)"), n);
    }
    size_t total = n + star;
    for (size_t i = 0; i < before; i++) {
        dest[total - 1 - i] = items[i];
    }
    if (star) {
        // The items in the middle; [items] keeps their block alive through the allocation.
        dest[after] = kl_obj_new_list(len - n, items + before);
    }
    for (size_t i = 0; i < after; i++) {
        dest[after - 1 - i] = items[len - after + i];
    }
    return total;
}

static kl_obj_t make_function(kl_frame_t *frame, const kl_obj_code_t *code, kl_obj_t defaults,
                              kl_obj_t kwdefaults, kl_obj_t closure) {
    // The compiler always passes one cell per free variable; a loaded .kbc file is checked
    // here rather than trusted, since the loader cannot see what a tuple on the stack holds.
    if (KL_CFG_BYTECODE_FILES && (code->n_free > 0 || closure != KL_OBJ_NULL)) {
        bool ok = closure != KL_OBJ_NULL && kl_obj_is_type(closure, &kl_type_tuple) &&
                  ((kl_obj_tuple_t *)closure)->len == code->n_free;
        for (size_t i = 0; ok && i < code->n_free; i++) {
            ok = kl_obj_is_type(((kl_obj_tuple_t *)closure)->items[i], &kl_type_cell);
        }
        CHECK_BYTECODE(ok, "bad closure");
    }
    // Likewise the defaults, which argument binding reads as a tuple and a dict.
    CHECK_BYTECODE((defaults == KL_OBJ_NULL || kl_obj_is_type(defaults, &kl_type_tuple)) &&
                       (kwdefaults == KL_OBJ_NULL || kl_obj_is_type(kwdefaults, &kl_type_dict)),
                   "bad function defaults");
    kl_obj_t f = kl_obj_new_function(code, frame->globals, defaults, kwdefaults, closure);
    return f;
}

#if KL_CFG_MATCH
// The attributes a class pattern matches: positional ones through __match_args__ (the subject
// itself for the builtin types that match one positional pattern), then the keywords. None
// when the subject is not an instance or an attribute is missing.
static kl_obj_t match_class(kl_obj_t subject, kl_obj_t cls, size_t n_pos, kl_obj_t kwnames) {
    if (!kl_obj_is_type(cls, &kl_type_type) &&
        !kl_obj_is_subclass(kl_obj_get_type(cls), &kl_type_type)) {
        kl_raise_TypeError(KL_ERROR_TEXT("called match pattern must be a class"));
    }
    const kl_obj_type_t *t = (const kl_obj_type_t *)cls;
    if (!kl_obj_isinstance(subject, t)) {
        return kl_const_none;
    }
    size_t n_kw;
    kl_obj_t *kw;
    kl_obj_get_array(kwnames, &n_kw, &kw);
    for (size_t i = 0; i < n_kw; i++) {
        if (!kl_obj_is_str(kw[i])) {
            // The compiler's names are a tuple of strs; a loaded .kbc file's need not be.
            kl_raise_msg(&kl_type_SystemError, KL_ERROR_TEXT("bad MATCH_CLASS names"));
        }
    }
    kl_obj_t result = kl_obj_new_tuple(n_pos + n_kw, NULL);
    kl_obj_t *out = ((kl_obj_tuple_t *)result)->items;
    if (n_pos > 0) {
        static const kl_obj_type_t *const self_types[] = {
            &kl_type_bool, &kl_type_bytes, &kl_type_dict,  KL_TYPE_FLOAT,  &kl_type_int,
            &kl_type_list, &kl_type_str,   &kl_type_tuple, KL_TYPE_COMPLEX};
        bool self_match = false;
        for (size_t i = 0; i < sizeof(self_types) / sizeof(self_types[0]); i++) {
            self_match = self_match || t == self_types[i];
        }
        if (self_match) {
            if (n_pos > 1) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%q() accepts 1 positional sub-pattern (%z given)"),
                                 t->name, n_pos);
            }
            out[0] = subject;
        } else {
            kl_obj_t args = kl_load_attr_maybe(cls, KL_QSTR___match_args__, KL_OBJ_NULL);
            size_t n_args = 0;
            kl_obj_t *names = NULL;
            if (args != KL_OBJ_NULL) {
                if (!kl_obj_is_type(args, &kl_type_tuple)) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("%q.__match_args__ must be a tuple (got %T)"),
                                     t->name, args);
                }
                kl_obj_get_array(args, &n_args, &names);
            }
            if (n_pos > n_args) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%q() accepts %z positional sub-pattern%s (%z "
                                               "given)"),
                                 t->name, n_args, n_args == 1 ? "" : "s", n_pos);
            }
            for (size_t i = 0; i < n_pos; i++) {
                if (!kl_obj_is_str(names[i])) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("__match_args__ elements must be strings "
                                                   "(got %T)"),
                                     names[i]);
                }
                kl_obj_t v =
                    kl_load_attr_maybe(subject, kl_obj_str_get_qstr(names[i]), KL_OBJ_NULL);
                if (v == KL_OBJ_NULL) {
                    return kl_const_none;
                }
                out[i] = v;
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t v = kl_load_attr_maybe(subject, kl_obj_str_get_qstr(kw[i]), KL_OBJ_NULL);
        if (v == KL_OBJ_NULL) {
            return kl_const_none;
        }
        out[n_pos + i] = v;
    }
    return result;
}
#endif // KL_CFG_MATCH

// The context manager's enter method (into [enter], for a method call) and its exit method,
// bound. Like every special method they come from the type, not the instance; a missing one is
// the TypeError CPython 3.11 raises, which names a missing exit method.
static kl_obj_t with_special_methods(kl_obj_t mgr, kl_qstr_t enter_name, kl_qstr_t exit_name,
                                     kl_obj_t *enter, const char *protocol) {
    const kl_obj_type_t *type = kl_obj_get_type(mgr);
    kl_obj_t exit_fn;
    if (!(type->flags & KL_TYPE_FLAG_HEAP)) {
        kl_load_method_maybe(mgr, enter_name, enter);
        exit_fn =
            enter[0] == KL_OBJ_NULL ? KL_OBJ_NULL : kl_load_attr_maybe(mgr, exit_name, KL_OBJ_NULL);
    } else {
        kl_load_special_method_maybe(mgr, enter_name, enter);
        exit_fn = KL_OBJ_NULL;
        if (enter[0] != KL_OBJ_NULL) {
            kl_obj_t exit[2];
            kl_load_special_method_maybe(mgr, exit_name, exit);
            if (exit[0] != KL_OBJ_NULL) {
                exit_fn =
                    exit[1] == KL_OBJ_NULL ? exit[0] : kl_obj_new_bound_meth(exit[0], exit[1]);
            }
        }
    }
    if (enter[0] == KL_OBJ_NULL || exit_fn == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("'%T' object does not support the %scontext manager "
                                       "protocol%s"),
                         mgr, protocol,
                         enter[0] == KL_OBJ_NULL ? ""
                         : *protocol             ? " (missed __aexit__ method)"
                                                 : " (missed __exit__ method)");
    }
    return exit_fn;
}

// [o], which the compiler guarantees is exactly of [type] (a list a comprehension builds); a
// hand-made .kbc file may put anything there, so one compare stands between it and the C code
// that casts.
static inline kl_obj_t check_kind(kl_obj_t o, const kl_obj_type_t *type) {
    CHECK_BYTECODE(kl_obj_is_type(o, type), "bad operand for a build instruction");
    return o;
}

static const kl_exc_entry_t *find_handler(const kl_obj_code_t *code, size_t offset) {
    for (size_t i = 0; i < code->n_exc; i++) {
        const kl_exc_entry_t *x = &code->exc_table[i];
        if (offset >= x->start && offset < x->end) {
            return x;
        }
    }
    return NULL;
}

void kl_check_interrupt_and_budget(void) {
    if (kl_state.interrupt) {
        kl_state.interrupt = 0;
        kl_raise_msg(&kl_type_KeyboardInterrupt, NULL);
    }
    if (KL_CFG_INSTRUCTION_BUDGET && kl_state.budget_on) {
        if (kl_state.budget == 0) {
            // A budget disarms itself when it fires; a limit (2) fires again at every check point,
            // so a program that catches the RuntimeError cannot go on looping.
            if (kl_state.budget_on == 1) {
                kl_state.budget_on = 0;
            }
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("instruction budget exhausted"));
        }
        kl_state.budget--;
    }
}

// Whether a check point has anything to do: Ctrl-C, and the instruction budget and scheduled
// callbacks where they are built (both stay zero elsewhere).
#if KL_CFG_INSTRUCTION_BUDGET || KL_CFG_MODULE_KINGLET
#define SIGNALS_PENDING() KL_UNLIKELY(kl_state.interrupt | kl_state.budget_on | kl_state.sched_len)
#else
#define SIGNALS_PENDING() KL_UNLIKELY(kl_state.interrupt)
#endif

static void check_signals(void) {
    kl_check_interrupt_and_budget();
#if KL_CFG_MODULE_KINGLET
    if (kl_state.sched_len != 0 && !kl_state.sched_running) {
        kl_mod_kinglet_run_scheduled();
    }
#endif
}

// ==== The dispatch loop ====

#define DECODE_UINT(var)                                                                           \
    do {                                                                                           \
        uint8_t b_ = *pc++;                                                                        \
        var = b_ & 0x7f;                                                                           \
        unsigned sh_ = 7;                                                                          \
        while (b_ & 0x80) {                                                                        \
            b_ = *pc++;                                                                            \
            var |= (kl_uint_t)(b_ & 0x7f) << sh_;                                                  \
            sh_ += 7;                                                                              \
        }                                                                                          \
    } while (0)

#define DECODE_JUMP(var)                                                                           \
    do {                                                                                           \
        if (wide) {                                                                                \
            var = (size_t)pc[0] | ((size_t)pc[1] << 8) | ((size_t)pc[2] << 16) |                   \
                  ((size_t)pc[3] << 24);                                                           \
            pc += 4;                                                                               \
        } else {                                                                                   \
            var = (size_t)pc[0] | ((size_t)pc[1] << 8);                                            \
            pc += 2;                                                                               \
        }                                                                                          \
    } while (0)

// The switch loop (the smallest builds) decodes an instruction's arguments once, before the
// switch, by the kind opcodes.def gives them (ARG_UINT_2 is the second of a UINT2), rather than
// in each of the fifty-odd handlers that take one; computed goto keeps the decoding in the
// handlers, where it costs no table lookup.
#if KL_CFG_COMPUTED_GOTO
#define ARG_UINT(var) DECODE_UINT(var)
#define ARG_UINT_2(var) DECODE_UINT(var)
#define ARG_JUMP(var) DECODE_JUMP(var)
#else
#define ARG_UINT(var) (var = oparg)
#define ARG_UINT_2(var) (var = oparg2)
#define ARG_JUMP(var) (var = (size_t)oparg)
#endif

#if !KL_CFG_COMPUTED_GOTO
// The kind of each opcode's argument for the switch loop's decoding, two bits an opcode (sixteen
// a word, a quarter of the size of the compiler's byte a kind, kl_bc_arg_kind): none, a varint
// (UINT or SINT), a jump, or two varints. Each word gathers its sixteen opcodes from opcodes.def.
_Static_assert(KL_BC_NUM_OPCODES <= 7 * 16, "arg_kinds holds every opcode");
#define KIND_NONE 0
#define KIND_UINT 1
#define KIND_SINT 1
#define KIND_JUMP 2
#define KIND_UINT2 3
#define OP(name, effect, arg)                                                                      \
    | (KL_BC_##name / 16 == KIND_WORD ? (uint32_t)KIND_##arg << (KL_BC_##name % 16 * 2) : 0)
static const uint32_t arg_kinds[7] = {
#define KIND_WORD 0
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 1
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 2
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 3
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 4
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 5
    0
#include "vm/opcodes.def"
#undef KIND_WORD
    ,
#define KIND_WORD 6
    0
#include "vm/opcodes.def"
#undef KIND_WORD
};
#undef OP
#endif

// The switch loop's shared bodies read an instruction's place in its family from the opcode:
// the loads, stores and deletes of locals and cells, those of names and globals, and the
// conditional jumps.
_Static_assert(KL_BC_STORE_FAST == KL_BC_LOAD_FAST + 1 &&
                   KL_BC_DELETE_FAST == KL_BC_LOAD_FAST + 2 &&
                   KL_BC_LOAD_DEREF == KL_BC_LOAD_FAST + 3 &&
                   KL_BC_STORE_DEREF == KL_BC_LOAD_FAST + 4 &&
                   KL_BC_DELETE_DEREF == KL_BC_LOAD_FAST + 5,
               "the loads, stores and deletes of locals and cells in opcodes.def order");
_Static_assert(KL_BC_STORE_NAME == KL_BC_LOAD_NAME + 1 &&
                   KL_BC_DELETE_NAME == KL_BC_LOAD_NAME + 2 &&
                   KL_BC_LOAD_GLOBAL == KL_BC_LOAD_NAME + 3 &&
                   KL_BC_STORE_GLOBAL == KL_BC_LOAD_NAME + 4 &&
                   KL_BC_DELETE_GLOBAL == KL_BC_LOAD_NAME + 5,
               "the loads, stores and deletes of names and globals in opcodes.def order");
_Static_assert(KL_BC_POP_JUMP_IF_TRUE == KL_BC_POP_JUMP_IF_FALSE + 1 &&
                   KL_BC_JUMP_IF_FALSE_OR_POP == KL_BC_POP_JUMP_IF_FALSE + 2 &&
                   KL_BC_JUMP_IF_TRUE_OR_POP == KL_BC_POP_JUMP_IF_FALSE + 3,
               "the four conditional jumps in opcodes.def order");

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))

static kl_vm_result_t run(kl_frame_t *frame, kl_obj_t *result) {
    const kl_obj_code_t *code = frame->code;
    const uint8_t *pc = frame->pc;
    kl_obj_t *sp = frame->sp;
    kl_obj_t *locals = frame->locals;
    const kl_obj_t *consts = code->consts;
    const uint8_t *bytecode = code->bytecode;
    const bool wide = (code->flags & KL_CODE_FLAG_WIDE) != 0;

#if KL_CFG_COMPUTED_GOTO
    static const void *const dispatch_table[KL_BC_NUM_OPCODES] = {
#define OP(name, effect, arg) &&entry_##name,
#include "vm/opcodes.def"
#undef OP
    };
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        frame->pc = pc;                                                                            \
        goto *dispatch_table[*pc++];                                                               \
    } while (0)
#define ENTRY(op) entry_##op:
    DISPATCH();
#else
#define DISPATCH() goto dispatch_loop
#define ENTRY(op) case KL_BC_##op:
dispatch_loop:
    frame->pc = pc;
    uint8_t opcode = *pc++;
    kl_uint_t oparg = 0, oparg2 = 0;
    if (opcode < KL_BC_NUM_OPCODES) {
        unsigned kind = (arg_kinds[opcode / 16] >> (opcode % 16 * 2)) & 3;
        if (kind == KIND_JUMP) {
            DECODE_JUMP(oparg);
        } else if (kind != KIND_NONE) {
            DECODE_UINT(oparg);
            if (kind == KIND_UINT2) {
                DECODE_UINT(oparg2);
            }
        }
    }
    switch (opcode) {
#endif

    // clang-format off
    ENTRY(NOP) {
        // NOP   ( -- )
        DISPATCH();
    }
    ENTRY(LOAD_CONST) {
        // LOAD_CONST idx   ( -- consts[idx] )
        kl_uint_t i;
        ARG_UINT(i);
        PUSH(consts[i]);
        DISPATCH();
    }
    ENTRY(LOAD_INT) {
        // LOAD_INT value   ( -- int )
        kl_uint_t u;
        ARG_UINT(u);
        kl_int_t v = (kl_int_t)(u >> 1) ^ -(kl_int_t)(u & 1);
        PUSH(KL_OBJ_NEW_SMALL_INT(v));
        DISPATCH();
    }
    ENTRY(LOAD_NONE) {
        // LOAD_NONE   ( -- None )
        PUSH(kl_const_none);
        DISPATCH();
    }
    ENTRY(LOAD_TRUE) {
        // LOAD_TRUE   ( -- True )
        PUSH(kl_const_true);
        DISPATCH();
    }
    ENTRY(LOAD_FALSE) {
        // LOAD_FALSE   ( -- False )
        PUSH(kl_const_false);
        DISPATCH();
    }
#if KL_CFG_COMPUTED_GOTO
    ENTRY(LOAD_FAST) {
        // LOAD_FAST idx   ( -- locals[idx] )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = locals[i];
        if (KL_UNLIKELY(v == KL_OBJ_NULL)) {
            raise_unbound_local(code, i);
        }
        PUSH(v);
        DISPATCH();
    }
    ENTRY(STORE_FAST) {
        // STORE_FAST idx   ( value -- )
        kl_uint_t i;
        ARG_UINT(i);
        locals[i] = POP();
        DISPATCH();
    }
    ENTRY(DELETE_FAST) {
        // DELETE_FAST idx   ( -- )
        kl_uint_t i;
        ARG_UINT(i);
        if (locals[i] == KL_OBJ_NULL) {
            raise_unbound_local(code, i);
        }
        locals[i] = KL_OBJ_NULL;
        DISPATCH();
    }
    ENTRY(LOAD_DEREF) {
        // LOAD_DEREF idx   ( -- cell contents )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = ((kl_obj_cell_t *)locals[i])->value;
        if (KL_UNLIKELY(v == KL_OBJ_NULL)) {
            // Without error text and the narrow classes both raise a bare NameError.
            if ((KL_CFG_ERROR_TEXT || KL_CFG_EXCEPTIONS_FULL) &&
                i < (kl_uint_t)(code->n_locals - code->n_free)) {
                raise_unbound_local(code, i);
            }
            raise_unbound_free(code, i);
        }
        PUSH(v);
        DISPATCH();
    }
    ENTRY(STORE_DEREF) {
        // STORE_DEREF idx   ( value -- )
        kl_uint_t i;
        ARG_UINT(i);
        ((kl_obj_cell_t *)locals[i])->value = POP();
        DISPATCH();
    }
    ENTRY(DELETE_DEREF) {
        // DELETE_DEREF idx   ( -- )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_cell_t *cell = (kl_obj_cell_t *)locals[i];
        if (cell->value == KL_OBJ_NULL) {
            raise_unbound_local(code, i);
        }
        cell->value = KL_OBJ_NULL;
        DISPATCH();
    }
#else
    ENTRY(LOAD_FAST)
    ENTRY(STORE_FAST)
    ENTRY(DELETE_FAST)
    ENTRY(LOAD_DEREF)
    ENTRY(STORE_DEREF)
    ENTRY(DELETE_DEREF) {
        // The six instructions above, as one body for the switch of the smallest builds: the
        // opcode's place among them says what is done (load, store or delete, in that order)
        // and where, the local itself or the contents of the cell it holds.
        unsigned kind = opcode - KL_BC_LOAD_FAST;
        kl_obj_t *slot = &locals[oparg];
        if (kind >= 3) {
            slot = &((kl_obj_cell_t *)*slot)->value;
            kind -= 3;
        }
        if (kind == 1) {
            *slot = POP();
            DISPATCH();
        }
        kl_obj_t v = *slot;
        if (KL_UNLIKELY(v == KL_OBJ_NULL)) {
            // A free variable's load is worded as such (only LOAD_DEREF reaches a free one);
            // without error text and the narrow classes every cell's is a bare NameError.
            if (opcode == KL_BC_LOAD_DEREF &&
                (!(KL_CFG_ERROR_TEXT || KL_CFG_EXCEPTIONS_FULL) ||
                 oparg >= (kl_uint_t)(code->n_locals - code->n_free))) {
                raise_unbound_free(code, oparg);
            }
            raise_unbound_local(code, oparg);
        }
        if (kind == 0) {
            PUSH(v);
        } else {
            *slot = KL_OBJ_NULL;
        }
        DISPATCH();
    }
#endif
    ENTRY(LOAD_CLOSURE) {
        // LOAD_CLOSURE idx   ( -- cell )
        kl_uint_t i;
        ARG_UINT(i);
        PUSH(locals[i]);
        DISPATCH();
    }
    ENTRY(LOAD_CLASSDEREF) {
        // LOAD_CLASSDEREF qstr idx   ( -- namespace[qstr] or cell contents )
        kl_uint_t q, i;
        ARG_UINT(q);
        ARG_UINT_2(i);
        kl_obj_t v = KL_OBJ_NULL;
        if (IS_DICT_NAMESPACE(frame->locals_dict)) {
            kl_map_elem_t *e = kl_map_lookup_qstr(&((kl_obj_dict_t *)frame->locals_dict)->map,
                                                  q, KL_MAP_LOOKUP);
            if (e != NULL) {
                v = e->value;
            }
        }
        if (v == KL_OBJ_NULL) {
            v = ((kl_obj_cell_t *)locals[i])->value;
            if (v == KL_OBJ_NULL) {
                raise_unbound_free(code, i);
            }
        }
        PUSH(v);
        DISPATCH();
    }
#if KL_CFG_COMPUTED_GOTO
    ENTRY(LOAD_NAME) {
        // LOAD_NAME qstr   ( -- value )
        kl_uint_t q;
        ARG_UINT(q);
        PUSH(load_name(frame, q, true));
        DISPATCH();
    }
    ENTRY(STORE_NAME) {
        // STORE_NAME qstr   ( value -- )
        kl_uint_t q;
        ARG_UINT(q);
        store_name(frame->locals_dict != KL_OBJ_NULL ? frame->locals_dict : frame->globals, q,
                   TOP());
        sp--;
        DISPATCH();
    }
    ENTRY(DELETE_NAME) {
        // DELETE_NAME qstr   ( -- )
        kl_uint_t q;
        ARG_UINT(q);
        delete_name(frame->locals_dict != KL_OBJ_NULL ? frame->locals_dict : frame->globals, q);
        DISPATCH();
    }
    ENTRY(LOAD_GLOBAL) {
        // LOAD_GLOBAL qstr   ( -- value )
        kl_uint_t q;
        ARG_UINT(q);
        PUSH(load_global(frame, q));
        DISPATCH();
    }
    ENTRY(STORE_GLOBAL) {
        // STORE_GLOBAL qstr   ( value -- )
        kl_uint_t q;
        ARG_UINT(q);
        kl_map_lookup_qstr(&((kl_obj_dict_t *)frame->globals)->map, q,
                           KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = TOP();
        sp--;
        DISPATCH();
    }
    ENTRY(DELETE_GLOBAL) {
        // DELETE_GLOBAL qstr   ( -- )
        kl_uint_t q;
        ARG_UINT(q);
        delete_name(frame->globals, q);
        DISPATCH();
    }
#else
    ENTRY(LOAD_NAME)
    ENTRY(STORE_NAME)
    ENTRY(DELETE_NAME)
    ENTRY(LOAD_GLOBAL)
    ENTRY(STORE_GLOBAL)
    ENTRY(DELETE_GLOBAL) {
        // The six instructions above, as one body for the switch of the smallest builds: the
        // opcode's place among them says what is done (load, store or delete, in that order)
        // and in which namespace, the frame's own or its globals.
        unsigned kind = opcode - KL_BC_LOAD_NAME;
        kl_obj_t ns = frame->globals;
        if (kind < 3 && frame->locals_dict != KL_OBJ_NULL) {
            ns = frame->locals_dict;
        }
        if (kind % 3 == 0) {
            PUSH(load_name(frame, oparg, kind == 0));
        } else if (kind % 3 == 1) {
            store_name(ns, oparg, TOP());
            sp--;
        } else {
            delete_name(ns, oparg);
        }
        DISPATCH();
    }
#endif
    ENTRY(LOAD_ATTR) {
        // LOAD_ATTR qstr   ( obj -- value )
        kl_uint_t q;
        ARG_UINT(q);
        SET_TOP(kl_load_attr(TOP(), q));
        DISPATCH();
    }
    ENTRY(STORE_ATTR) {
        // STORE_ATTR qstr   ( value obj -- )
        kl_uint_t q;
        ARG_UINT(q);
        kl_store_attr(sp[0], q, sp[-1]);
        sp -= 2;
        DISPATCH();
    }
    ENTRY(DELETE_ATTR) {
        // DELETE_ATTR qstr   ( obj -- )
        kl_uint_t q;
        ARG_UINT(q);
        kl_delete_attr(TOP(), q);
        sp--;
        DISPATCH();
    }
    ENTRY(LOAD_METHOD) {
        // LOAD_METHOD qstr   ( obj -- method self|NULL )
        kl_uint_t q;
        ARG_UINT(q);
        kl_load_method(TOP(), q, sp);
        sp++;
        DISPATCH();
    }
    ENTRY(LOAD_SUPER_METHOD) {
        // LOAD_SUPER_METHOD qstr   ( super_fn class self -- method self )
        kl_raise_NotImplementedError(KL_ERROR_TEXT("LOAD_SUPER_METHOD"));
    }
    ENTRY(LOAD_SUBSCR) {
        // LOAD_SUBSCR   ( obj index -- value )
        kl_obj_t index = POP();
        SET_TOP(kl_obj_subscr(TOP(), index, KL_OBJ_SENTINEL));
        DISPATCH();
    }
    ENTRY(STORE_SUBSCR) {
        // STORE_SUBSCR   ( value obj index -- )
        kl_obj_subscr(sp[-1], sp[0], sp[-2]);
        sp -= 3;
        DISPATCH();
    }
    ENTRY(DELETE_SUBSCR) {
        // DELETE_SUBSCR   ( obj index -- )
        kl_obj_subscr(sp[-1], sp[0], KL_OBJ_NULL);
        sp -= 2;
        DISPATCH();
    }
#if KL_CFG_SLICE
    ENTRY(BUILD_SLICE) {
        // BUILD_SLICE n   ( start stop [step] -- slice )
        kl_uint_t n;
        ARG_UINT(n);
        kl_obj_t step = n == 3 ? POP() : kl_const_none;
        kl_obj_t stop = POP();
        SET_TOP(kl_obj_new_slice(TOP(), stop, step));
        DISPATCH();
    }
#endif
    ENTRY(POP_TOP) {
        // POP_TOP   ( value -- )
        sp--;
        DISPATCH();
    }
    ENTRY(DUP_TOP) {
        // DUP_TOP   ( a -- a a )
        sp[1] = sp[0];
        sp++;
        DISPATCH();
    }
    ENTRY(DUP_TOP_TWO) {
        // DUP_TOP_TWO   ( a b -- a b a b )
        sp[1] = sp[-1];
        sp[2] = sp[0];
        sp += 2;
        DISPATCH();
    }
    ENTRY(ROT_TWO) {
        // ROT_TWO   ( a b -- b a )
        kl_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = t;
        DISPATCH();
    }
    ENTRY(ROT_THREE) {
        // ROT_THREE   ( a b c -- c a b )
        kl_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }
    ENTRY(ROT_FOUR) {
        // ROT_FOUR   ( a b c d -- d a b c )
        kl_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = t;
        DISPATCH();
    }
    ENTRY(UNARY_OP) {
        // UNARY_OP op   ( value -- result )
        kl_uint_t op;
        ARG_UINT(op);
        SET_TOP(kl_unary_op((kl_unary_op_t)op, TOP()));
        DISPATCH();
    }
    ENTRY(UNARY_NOT) {
        // UNARY_NOT   ( value -- bool )
        SET_TOP(KL_OBJ_FROM_BOOL(!kl_obj_is_true(TOP())));
        DISPATCH();
    }
    ENTRY(BINARY_OP) {
        // BINARY_OP op   ( lhs rhs -- result )
        kl_uint_t op;
        ARG_UINT(op);
        kl_obj_t rhs = POP();
        kl_obj_t lhs = TOP();
#if KL_CFG_VM_FAST_PATHS
        if (KL_OBJ_IS_SMALL_INT(lhs) && KL_OBJ_IS_SMALL_INT(rhs)) {
            kl_int_t a = KL_OBJ_SMALL_INT_VALUE(lhs), b = KL_OBJ_SMALL_INT_VALUE(rhs), r;
            switch (op) {
                case KL_BINARY_OP_ADD:
                case KL_BINARY_OP_INPLACE_ADD:
                    r = a + b;
                    if (KL_SMALL_INT_FITS(r)) {
                        SET_TOP(KL_OBJ_NEW_SMALL_INT(r));
                        DISPATCH();
                    }
                    break;
                case KL_BINARY_OP_SUB:
                case KL_BINARY_OP_INPLACE_ADD + KL_BINARY_OP_SUB:
                    r = a - b;
                    if (KL_SMALL_INT_FITS(r)) {
                        SET_TOP(KL_OBJ_NEW_SMALL_INT(r));
                        DISPATCH();
                    }
                    break;
                case KL_BINARY_OP_LT:
                    SET_TOP(KL_OBJ_FROM_BOOL(a < b));
                    DISPATCH();
                case KL_BINARY_OP_GT:
                    SET_TOP(KL_OBJ_FROM_BOOL(a > b));
                    DISPATCH();
                case KL_BINARY_OP_EQ:
                    SET_TOP(KL_OBJ_FROM_BOOL(a == b));
                    DISPATCH();
                case KL_BINARY_OP_NE:
                    SET_TOP(KL_OBJ_FROM_BOOL(a != b));
                    DISPATCH();
                case KL_BINARY_OP_LE:
                    SET_TOP(KL_OBJ_FROM_BOOL(a <= b));
                    DISPATCH();
                case KL_BINARY_OP_GE:
                    SET_TOP(KL_OBJ_FROM_BOOL(a >= b));
                    DISPATCH();
                default:
                    break;
            }
        }
#endif
        SET_TOP(kl_binary_op((kl_binary_op_t)op, lhs, rhs));
        DISPATCH();
    }
    ENTRY(IS_OP) {
        // IS_OP invert   ( lhs rhs -- bool )
        kl_uint_t invert;
        ARG_UINT(invert);
        kl_obj_t rhs = POP();
        SET_TOP(KL_OBJ_FROM_BOOL((TOP() == rhs) != (invert != 0)));
        DISPATCH();
    }
    ENTRY(CONTAINS_OP) {
        // CONTAINS_OP invert   ( item container -- bool )
        kl_uint_t invert;
        ARG_UINT(invert);
        kl_obj_t container = POP();
        bool in = kl_obj_contains(container, TOP());
        SET_TOP(KL_OBJ_FROM_BOOL(in != (invert != 0)));
        DISPATCH();
    }
    ENTRY(JUMP) {
        // JUMP target   ( -- )
        size_t target;
        ARG_JUMP(target);
        const uint8_t *dest = bytecode + target;
        if (dest < pc && SIGNALS_PENDING()) {
            check_signals();
        }
        pc = dest;
        DISPATCH();
    }
#if KL_CFG_COMPUTED_GOTO
    ENTRY(POP_JUMP_IF_FALSE) {
        // POP_JUMP_IF_FALSE target   ( cond -- )
        size_t target;
        ARG_JUMP(target);
        kl_obj_t cond = POP();
        if (cond == kl_const_false || (cond != kl_const_true && !kl_obj_is_true(cond))) {
            pc = bytecode + target;
        }
        DISPATCH();
    }
    ENTRY(POP_JUMP_IF_TRUE) {
        // POP_JUMP_IF_TRUE target   ( cond -- )
        size_t target;
        ARG_JUMP(target);
        kl_obj_t cond = POP();
        if (cond == kl_const_true || (cond != kl_const_false && kl_obj_is_true(cond))) {
            pc = bytecode + target;
        }
        DISPATCH();
    }
    ENTRY(JUMP_IF_FALSE_OR_POP) {
        // JUMP_IF_FALSE_OR_POP target   ( cond -- cond | )
        size_t target;
        ARG_JUMP(target);
        if (!kl_obj_is_true(TOP())) {
            pc = bytecode + target;
        } else {
            sp--;
        }
        DISPATCH();
    }
    ENTRY(JUMP_IF_TRUE_OR_POP) {
        // JUMP_IF_TRUE_OR_POP target   ( cond -- cond | )
        size_t target;
        ARG_JUMP(target);
        if (kl_obj_is_true(TOP())) {
            pc = bytecode + target;
        } else {
            sp--;
        }
        DISPATCH();
    }
#else
    ENTRY(POP_JUMP_IF_FALSE)
    ENTRY(POP_JUMP_IF_TRUE)
    ENTRY(JUMP_IF_FALSE_OR_POP)
    ENTRY(JUMP_IF_TRUE_OR_POP) {
        // The four conditional jumps above, as one body for the switch of the smallest builds:
        // the opcode's place among them says when to jump (bit 0: on true) and whether a jump
        // keeps the condition (bit 1).
        unsigned kind = opcode - KL_BC_POP_JUMP_IF_FALSE;
        if (kl_obj_is_true(TOP()) == (kind & 1)) {
            pc = bytecode + oparg;
            if (kind & 2) {
                DISPATCH();
            }
        }
        sp--;
        DISPATCH();
    }
#endif
    ENTRY(GET_ITER) {
        // GET_ITER   ( iterable -- iterator )
        SET_TOP(kl_getiter(TOP(), NULL));
        DISPATCH();
    }
    ENTRY(GET_ITER_FRESH) {
        // GET_ITER_FRESH   ( iterable -- iterator )
        // The iterable of `for x in f(...)`, just returned by that call: a generator the call
        // made is the loop's alone, and closed if the loop is left early (POP_ITER). Only
        // KL_CFG_CLOSE_LOOP_GENERATORS closes one; without it this is GET_ITER.
        if (KL_CFG_CLOSE_LOOP_GENERATORS) {
            kl_gen_own(TOP(), frame);
        }
        SET_TOP(kl_getiter(TOP(), NULL));
        DISPATCH();
    }
    ENTRY(POP_ITER) {
        // POP_ITER   ( iterator -- ), leaving a for loop early: a generator the loop owns
        // (GET_ITER_FRESH) is closed; without KL_CFG_CLOSE_LOOP_GENERATORS this is POP_TOP.
        if (KL_CFG_CLOSE_LOOP_GENERATORS) {
            frame->sp = sp - 1;
            kl_gen_release(TOP());
        }
        sp--;
        DISPATCH();
    }
    ENTRY(FOR_ITER) {
        // FOR_ITER target   ( iter -- iter next ) or ( iter -- ) and jump
        size_t target;
        ARG_JUMP(target);
        // Not kl_iternext: the loop's own check point below stands for this step.
        kl_obj_t next = kl_iternext_unchecked(TOP());
        if (next == KL_OBJ_STOP_ITERATION) {
            sp--;
            pc = bytecode + target;
        } else {
            PUSH(next);
            if (SIGNALS_PENDING()) {
                check_signals();
            }
        }
        DISPATCH();
    }
    ENTRY(BUILD_TUPLE) {
        // BUILD_TUPLE n   ( items.. -- tuple )
        kl_uint_t n;
        ARG_UINT(n);
        sp -= n;
        sp[1] = kl_obj_new_tuple(n, sp + 1);
        sp++;
        DISPATCH();
    }
    ENTRY(BUILD_LIST) {
        // BUILD_LIST n   ( items.. -- list )
        kl_uint_t n;
        ARG_UINT(n);
        sp -= n;
        sp[1] = kl_obj_new_list(n, sp + 1);
        sp++;
        DISPATCH();
    }
#if KL_CFG_SET
    ENTRY(BUILD_SET) {
        // BUILD_SET n   ( items.. -- set )
        kl_uint_t n;
        ARG_UINT(n);
        sp -= n;
        sp[1] = kl_obj_new_set(n, sp + 1);
        sp++;
        DISPATCH();
    }
#endif
    ENTRY(BUILD_MAP) {
        // BUILD_MAP n   ( k v .. -- dict )
        kl_uint_t n;
        ARG_UINT(n);
        sp -= 2 * n;
        kl_obj_t d = kl_obj_new_dict(n);
        for (size_t i = 0; i < n; i++) {
            kl_obj_dict_store(d, sp[1 + 2 * i], sp[2 + 2 * i]);
        }
        sp[1] = d;
        sp++;
        DISPATCH();
    }
#if KL_CFG_FSTRINGS
    ENTRY(BUILD_STRING) {
        // BUILD_STRING n   ( strs.. -- str )
        kl_uint_t n;
        ARG_UINT(n);
        sp -= n;
        kl_vstr_t v;
        kl_vstr_init(&v, 16);
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *s = kl_obj_str_get_data(sp[1 + i], &len);
            kl_vstr_add_strn(&v, s, len);
        }
        sp[1] = kl_vstr_to_str(&v);
        sp++;
        DISPATCH();
    }
#endif
    ENTRY(LIST_APPEND) {
        // LIST_APPEND depth   ( list .. value -- list .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        kl_obj_list_append(check_kind(sp[1 - (kl_int_t)i], &kl_type_list), v);
        DISPATCH();
    }
#if KL_CFG_SET
    ENTRY(SET_ADD) {
        // SET_ADD depth   ( set .. value -- set .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        kl_obj_set_add(check_kind(sp[1 - (kl_int_t)i], &kl_type_set), v);
        DISPATCH();
    }
#endif
    ENTRY(MAP_ADD) {
        // MAP_ADD depth   ( dict .. key value -- dict .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        kl_obj_t k = POP();
        kl_obj_dict_store(check_kind(sp[1 - (kl_int_t)i], &kl_type_dict), k, v);
        DISPATCH();
    }
    ENTRY(LIST_EXTEND) {
        // LIST_EXTEND depth   ( list .. iterable -- list .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        // A builtin type with neither slot: the TypeError that list_extend would raise anyway,
        // worded as CPython words it, before __len__ (which no such type runs Python code for).
        const kl_obj_type_t *vt = kl_obj_get_type(v);
        if (WORDING_ONLY(kl_type_getiter(vt) == NULL && kl_type_subscr(vt) == NULL)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Value after * must be an iterable, not %q"), vt->name);
        }
        // [*x] asks x for its length first, as list(x) does (UNPACK_EX does not).
        kl_obj_list_extend(check_kind(sp[1 - (kl_int_t)i], &kl_type_list), v);
        DISPATCH();
    }
#if KL_CFG_SET
    ENTRY(SET_UPDATE) {
        // SET_UPDATE depth   ( set .. iterable -- set .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        kl_obj_set_update(check_kind(sp[1 - (kl_int_t)i], &kl_type_set), v);
        DISPATCH();
    }
#endif
#if KL_CFG_DISPLAY_UNPACK
    ENTRY(DICT_UPDATE) {
        // DICT_UPDATE depth   ( dict .. mapping -- dict .. )
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        // {**x} takes mappings only, not iterables of pairs.
        if (!kl_obj_is_dict(v) && kl_load_attr_maybe(v, KL_QSTR_keys, KL_OBJ_NULL) == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not a mapping"), v);
        }
        kl_obj_dict_update(check_kind(sp[1 - (kl_int_t)i], &kl_type_dict), v, false);
        DISPATCH();
    }
#endif
    ENTRY(DICT_MERGE) {
        // DICT_MERGE depth   ( dict .. mapping -- dict .. ), no duplicate keys
        kl_uint_t i;
        ARG_UINT(i);
        kl_obj_t v = POP();
        // Below the dict: the positional arguments' tuple, then the function called.
        kl_obj_dict_merge_kwargs(check_kind(sp[1 - (kl_int_t)i], &kl_type_dict), v,
                                 sp[-1 - (kl_int_t)i]);
        DISPATCH();
    }
    ENTRY(LIST_TO_TUPLE) {
        // LIST_TO_TUPLE   ( list -- tuple )
        size_t len;
        kl_obj_t *items;
        kl_obj_get_array(check_kind(TOP(), &kl_type_list), &len, &items);
        SET_TOP(kl_obj_new_tuple(len, items));
        DISPATCH();
    }
    ENTRY(UNPACK_SEQUENCE) {
        // UNPACK_SEQUENCE n   ( seq -- items.. ), first item on top
        kl_uint_t n;
        ARG_UINT(n);
        kl_obj_t seq = POP();
        sp += unpack(seq, n, 0, false, sp + 1);
        DISPATCH();
    }
    ENTRY(UNPACK_EX) {
        // UNPACK_EX before|after<<8   ( seq -- items.. )
        kl_uint_t arg;
        ARG_UINT(arg);
        kl_obj_t seq = POP();
        sp += unpack(seq, arg & 0xff, arg >> 8, true, sp + 1);
        DISPATCH();
    }
#if KL_CFG_FSTRINGS
    ENTRY(FORMAT_VALUE) {
        // FORMAT_VALUE flags   ( value [spec] -- str )
        kl_uint_t flags;
        ARG_UINT(flags);
        kl_obj_t spec = (flags & KL_FORMAT_HAS_SPEC) ? POP() : KL_OBJ_NULL;
        kl_obj_t v = TOP();
        switch (flags & KL_FORMAT_CONV_MASK) {
            case KL_FORMAT_CONV_STR:
                v = kl_obj_str_of(v, KL_PRINT_STR);
                break;
            case KL_FORMAT_CONV_REPR:
                v = kl_obj_str_of(v, KL_PRINT_REPR);
                break;
            case KL_FORMAT_CONV_ASCII:
                v = kl_obj_str_ascii(v);
                break;
            default:
                break;
        }
        SET_TOP(kl_format(v, spec));
        DISPATCH();
    }
#endif
    ENTRY(CALL_FUNCTION) {
        // CALL_FUNCTION n_pos n_kw   ( fn pos.. (name val).. -- result )
        kl_uint_t n_pos, n_kw;
        ARG_UINT(n_pos);
        ARG_UINT_2(n_kw);
        sp -= n_pos + 2 * n_kw;
        kl_obj_t fn = *sp;
        frame->sp = sp;
        if (KL_CFG_CLOSE_LOOP_GENERATORS) {
            kl_state.fresh_gen = KL_OBJ_NULL; // a generator the call makes is fresh
        }
#if KL_CFG_VM_FAST_PATHS
        if (kl_obj_is_type(fn, &kl_type_function)) {
            *sp = kl_vm_call_function((kl_obj_fun_t *)fn, n_pos, n_kw, sp + 1);
            DISPATCH();
        }
#endif
        *sp = kl_call_function_n_kw(fn, n_pos, n_kw, sp + 1);
        DISPATCH();
    }
    ENTRY(CALL_METHOD) {
        // CALL_METHOD n_pos n_kw   ( meth self|NULL pos.. (name val).. -- result )
        kl_uint_t n_pos, n_kw;
        ARG_UINT(n_pos);
        ARG_UINT_2(n_kw);
        sp -= n_pos + 2 * n_kw + 1;
        frame->sp = sp;
        if (KL_CFG_CLOSE_LOOP_GENERATORS) {
            kl_state.fresh_gen = KL_OBJ_NULL; // a generator the call makes is fresh
        }
#if !KL_CFG_VM_FAST_PATHS
        *sp = kl_call_method_n_kw(n_pos, n_kw, sp);
#else
        kl_obj_t fn = sp[0];
        kl_obj_t r;
        if (sp[1] != KL_OBJ_NULL) {
            if (kl_obj_is_type(fn, &kl_type_function)) {
                r = kl_vm_call_function((kl_obj_fun_t *)fn, n_pos + 1, n_kw, sp + 1);
            } else {
                r = kl_call_function_n_kw(fn, n_pos + 1, n_kw, sp + 1);
            }
        } else {
            if (kl_obj_is_type(fn, &kl_type_function)) {
                r = kl_vm_call_function((kl_obj_fun_t *)fn, n_pos, n_kw, sp + 2);
            } else {
                r = kl_call_function_n_kw(fn, n_pos, n_kw, sp + 2);
            }
        }
        *sp = r;
#endif
        DISPATCH();
    }
    ENTRY(CALL_FUNCTION_EX) {
        // CALL_FUNCTION_EX has_kw   ( fn args_tuple [kw_dict] -- result )
        kl_uint_t has_kw;
        ARG_UINT(has_kw);
        kl_obj_t kw = has_kw ? POP() : KL_OBJ_NULL;
        kl_obj_t args = POP();
        if (KL_CFG_CLOSE_LOOP_GENERATORS) {
            kl_state.fresh_gen = KL_OBJ_NULL; // a generator the call makes is fresh
        }
        SET_TOP(kl_call_function_ex(TOP(), args, kw));
        DISPATCH();
    }
    ENTRY(MAKE_FUNCTION) {
        // MAKE_FUNCTION const flags   ( [defaults] [kwdefaults] [closure] -- fn )
        kl_uint_t idx, flags;
        ARG_UINT(idx);
        ARG_UINT_2(flags);
        kl_obj_t closure = (flags & KL_MAKE_FUNCTION_CLOSURE) ? POP() : KL_OBJ_NULL;
        // Only a compiler with annotations (KL_CFG_ANNOTATIONS), or a .kbc file, sets that flag.
        kl_obj_t annotations = (KL_CFG_ANNOTATIONS || KL_CFG_BYTECODE_FILES) &&
                                       (flags & KL_MAKE_FUNCTION_ANNOTATIONS)
                                   ? POP()
                                   : KL_OBJ_NULL;
        kl_obj_t kwdefaults = (flags & KL_MAKE_FUNCTION_KWDEFAULTS) ? POP() : KL_OBJ_NULL;
        kl_obj_t defaults = (flags & KL_MAKE_FUNCTION_DEFAULTS) ? POP() : KL_OBJ_NULL;
        kl_obj_t f = make_function(frame, (const kl_obj_code_t *)consts[idx], defaults,
                                   kwdefaults, closure);
        if (KL_CFG_ANNOTATIONS || KL_CFG_BYTECODE_FILES) {
            ((kl_obj_fun_t *)f)->annotations = annotations; // else left null by the allocation
        }
        PUSH(f);
        DISPATCH();
    }
    ENTRY(LOAD_BUILD_CLASS) {
        // LOAD_BUILD_CLASS   ( -- __build_class__ )
        PUSH(KL_OBJ_FROM_PTR(&kl_builtin___build_class___obj));
        DISPATCH();
    }
    ENTRY(RETURN_VALUE) {
        // RETURN_VALUE   ( value -- )
        *result = POP();
        frame->sp = sp;
        return KL_VM_RETURN;
    }
    ENTRY(RAISE_VARARGS) {
        // RAISE_VARARGS n   ( [exc [cause]] -- )
        kl_uint_t n;
        ARG_UINT(n);
        if (n == 0) {
            kl_obj_t cur = kl_state.roots.cur_exc;
            if (cur == KL_OBJ_NULL || cur == kl_const_none) {
                kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("No active exception to reraise"));
            }
            kl_state.reraise = 1;
            kl_nlr_jump(cur);
        }
        kl_obj_t cause = n == 2 ? POP() : KL_OBJ_NULL;
        kl_obj_t exc = POP();
        kl_raise_from(exc, cause, n == 2);
    }
    ENTRY(PUSH_EXC_INFO) {
        // PUSH_EXC_INFO   ( exc -- prev_exc exc )
        kl_obj_t exc = TOP();
        CHECK_BYTECODE(kl_obj_is_exception_instance(exc), "bad exception state");
        kl_obj_t prev = kl_state.roots.cur_exc;
        SET_TOP(prev == KL_OBJ_NULL ? kl_const_none : prev);
        PUSH(exc);
        kl_state.roots.cur_exc = exc;
        DISPATCH();
    }
    ENTRY(POP_EXCEPT) {
        // POP_EXCEPT   ( prev_exc -- )
        kl_obj_t prev = POP();
        // Only a loaded .kbc file could hand over something else; it must not become the
        // exception being handled, which the raise machinery trusts.
        CHECK_BYTECODE(prev == KL_OBJ_NULL || prev == kl_const_none ||
                           kl_obj_is_exception_instance(prev),
                       "bad exception state");
        kl_state.roots.cur_exc = prev == kl_const_none ? KL_OBJ_NULL : prev;
        DISPATCH();
    }
    ENTRY(RERAISE) {
        // RERAISE   ( exc -- )
        kl_obj_t exc = POP();
        // Only from a loaded .kbc file: the raise machinery trusts what it is given.
        CHECK_BYTECODE(kl_obj_is_exception_instance(exc), "bad exception state");
        kl_state.reraise = 1;
        kl_nlr_jump(exc);
    }
    ENTRY(CHECK_EXC_MATCH) {
        // CHECK_EXC_MATCH   ( exc type -- exc bool )
        kl_obj_t type = TOP();
        SET_TOP(KL_OBJ_FROM_BOOL(kl_exception_match(sp[-1], type)));
        DISPATCH();
    }
#if KL_CFG_EXCEPTION_GROUPS
    ENTRY(CHECK_EG_MATCH) {
        // CHECK_EG_MATCH   ( rest type -- rest match|None )
        // except* type: the part of rest that type matches becomes the handled exception.
        kl_obj_t match, rest;
        kl_exception_group_check_match(sp[-1], TOP(), &match, &rest);
        sp[-1] = rest;
        SET_TOP(match);
        if (match != kl_const_none) {
            kl_state.roots.cur_exc = match;
        }
        DISPATCH();
    }
    ENTRY(PREP_RERAISE_STAR) {
        // PREP_RERAISE_STAR   ( orig excs -- exc|None )
        kl_obj_t excs = POP();
        SET_TOP(kl_exception_group_prep_reraise(TOP(), excs));
        DISPATCH();
    }
#endif
    ENTRY(LOAD_ASSERTION_ERROR) {
        // LOAD_ASSERTION_ERROR   ( -- AssertionError )
        PUSH(KL_OBJ_FROM_PTR(&kl_type_AssertionError));
        DISPATCH();
    }
    ENTRY(BEFORE_WITH) {
        // BEFORE_WITH   ( mgr -- exit enter_result )
        kl_obj_t mgr = TOP();
        kl_obj_t enter[2];
        kl_obj_t exit_fn =
            with_special_methods(mgr, KL_QSTR___enter__, KL_QSTR___exit__, enter, "");
        SET_TOP(exit_fn);
        frame->sp = sp;
        kl_obj_t r = kl_call_method_n_kw(0, 0, enter);
        PUSH(r);
        DISPATCH();
    }
    ENTRY(WITH_EXCEPT_START) {
        // WITH_EXCEPT_START   ( exit prev exc -- exit prev exc result )
        kl_obj_t exc = TOP();
        CHECK_BYTECODE(kl_obj_is_exception_instance(exc), "bad exception state");
        kl_obj_t args[3] = {KL_OBJ_FROM_PTR(kl_obj_get_type(exc)), exc,
                            kl_exception_get_traceback_obj(exc)};
        kl_obj_t r = kl_call_function_n_kw(sp[-2], 3, 0, args);
        PUSH(r); // tested by the next jump (awaited first by async with)
        DISPATCH();
    }
    ENTRY(IMPORT_NAME) {
        // IMPORT_NAME qstr   ( level fromlist -- module )
        kl_uint_t q;
        ARG_UINT(q);
        kl_obj_t fromlist = POP();
        kl_int_t level = KL_OBJ_SMALL_INT_VALUE(TOP());
        frame->sp = sp;
        SET_TOP(kl_import_name_in(q, fromlist, level, frame->globals));
        DISPATCH();
    }
    ENTRY(IMPORT_FROM) {
        // IMPORT_FROM qstr   ( module -- module value )
        kl_uint_t q;
        ARG_UINT(q);
        kl_obj_t v = kl_import_from(TOP(), q);
        PUSH(v);
        DISPATCH();
    }
    ENTRY(IMPORT_STAR) {
        // IMPORT_STAR   ( module -- )
        kl_obj_t mod = POP();
        kl_import_all(mod, frame->locals_dict != KL_OBJ_NULL ? frame->locals_dict
                                                             : frame->globals);
        DISPATCH();
    }
    ENTRY(PRINT_EXPR) {
        // PRINT_EXPR   ( value -- )
        kl_obj_t v = POP();
        frame->sp = sp;
        kl_repl_print_value(v);
        DISPATCH();
    }
    ENTRY(YIELD_VALUE) {
        // YIELD_VALUE   ( value -- sent )
        *result = POP();
#if KL_CFG_ASYNC
        if (code->flags & KL_CODE_FLAG_ASYNC_GENERATOR) {
            // Told apart from the yields of an await passing through (vm/obj_gen.c).
            *result = kl_async_gen_wrap(*result);
        }
#endif
        frame->pc = pc;
        frame->sp = sp;
        return KL_VM_YIELD;
    }
    ENTRY(GET_YIELD_FROM_ITER) {
        // GET_YIELD_FROM_ITER   ( iterable -- iterator )
        kl_obj_t o = TOP();
        if (!kl_obj_is_generator(o)) {
            SET_TOP(kl_getiter(o, NULL));
        }
        DISPATCH();
    }
    ENTRY(YIELD_FROM) {
        // YIELD_FROM   ( iter sent -- result ), loops while yielding
        kl_obj_t sent = POP();
        kl_obj_t iter = TOP();
        kl_obj_t value;
        frame->sp = sp;
        if (kl_gen_resume_from(iter, sent, &value)) {
            // The inner iterator yielded: pass the value out and come back to this instruction
            // with the next sent value pushed.
            *result = value;
            frame->pc = pc - 1;
            frame->sp = sp;
            return KL_VM_YIELD;
        }
        SET_TOP(value);
        DISPATCH();
    }
#if KL_CFG_ASYNC
    ENTRY(GET_AWAITABLE) {
        // GET_AWAITABLE   ( obj -- awaitable iterator )
        SET_TOP(kl_get_awaitable(TOP()));
        DISPATCH();
    }
    ENTRY(GET_AITER) {
        // GET_AITER   ( obj -- async iterator )
        kl_obj_t m[2];
        kl_load_method_maybe(TOP(), KL_QSTR___aiter__, m);
        if (m[0] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'async for' requires an object with __aiter__ method, "
                                           "got %T"),
                             TOP());
        }
        frame->sp = sp;
        SET_TOP(kl_call_method_n_kw(0, 0, m));
        DISPATCH();
    }
    ENTRY(GET_ANEXT) {
        // GET_ANEXT   ( aiter -- aiter awaitable )
        // A check point, as FOR_ITER is: an async comprehension's `if` jumps back here.
        if (SIGNALS_PENDING()) {
            frame->sp = sp;
            check_signals();
        }
        kl_obj_t m[2];
        kl_load_method_maybe(TOP(), KL_QSTR___anext__, m);
        if (m[0] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'async for' received an object from __aiter__ that "
                                           "does not implement __anext__: %T"),
                             TOP());
        }
        frame->sp = sp;
        kl_obj_t r = kl_call_method_n_kw(0, 0, m);
        PUSH(kl_get_awaitable(r));
        DISPATCH();
    }
    ENTRY(BEFORE_ASYNC_WITH) {
        // BEFORE_ASYNC_WITH   ( mgr -- aexit aenter_awaitable )
        kl_obj_t mgr = TOP();
        kl_obj_t enter[2];
        kl_obj_t exit_fn =
            with_special_methods(mgr, KL_QSTR___aenter__, KL_QSTR___aexit__, enter, "asynchronous ");
        SET_TOP(exit_fn);
        frame->sp = sp;
        kl_obj_t r = kl_call_method_n_kw(0, 0, enter);
        PUSH(kl_get_awaitable(r));
        DISPATCH();
    }
#endif
#if KL_CFG_ANNOTATIONS
    ENTRY(SETUP_ANNOTATIONS) {
        // SETUP_ANNOTATIONS   ( -- )
        kl_obj_t ns = frame->locals_dict != KL_OBJ_NULL ? frame->locals_dict : frame->globals;
        kl_obj_t key = KL_OBJ_NEW_QSTR(KL_QSTR___annotations__);
        if (!kl_obj_is_type(ns, &kl_type_dict) || kl_obj_dict_get(ns, key) == KL_OBJ_NULL) {
            kl_obj_subscr(ns, key, kl_obj_new_dict(0));
        }
        DISPATCH();
    }
#endif
#if KL_CFG_MATCH
    ENTRY(MATCH_CLASS) {
        // MATCH_CLASS n_pos   ( subject cls kwnames -- subject attrs|None )
        kl_uint_t n_pos;
        ARG_UINT(n_pos);
        kl_obj_t kwnames = POP();
        kl_obj_t cls = POP();
        kl_obj_t attrs = match_class(TOP(), cls, n_pos, kwnames);
        PUSH(attrs);
        DISPATCH();
    }
    ENTRY(MATCH_MAPPING) {
        // MATCH_MAPPING   ( subject -- subject bool )
        kl_obj_t native = kl_obj_native(TOP(), NULL);
        PUSH(KL_OBJ_FROM_BOOL(kl_obj_is_type(native, &kl_type_dict)));
        DISPATCH();
    }
    ENTRY(MATCH_SEQUENCE) {
        // MATCH_SEQUENCE   ( subject -- subject bool )
        kl_obj_t native = kl_obj_native(TOP(), NULL);
        bool seq = kl_obj_is_type(native, &kl_type_list) ||
                   kl_obj_is_type(native, &kl_type_tuple) ||
                   kl_obj_is_type(native, &kl_type_range);
        PUSH(KL_OBJ_FROM_BOOL(seq));
        DISPATCH();
    }
    ENTRY(GET_LEN) {
        // GET_LEN   ( obj -- obj len )
        kl_obj_t len = kl_obj_len(TOP());
        PUSH(len);
        DISPATCH();
    }
    ENTRY(COPY_DICT_WITHOUT_KEYS) {
        // COPY_DICT_WITHOUT_KEYS   ( subject keys -- rest )
        kl_obj_t keys = POP();
        kl_obj_t rest = kl_obj_new_dict(0);
        kl_obj_dict_update(rest, TOP(), false);
        size_t n;
        kl_obj_t *items;
        kl_obj_get_array(keys, &n, &items);
        for (size_t i = 0; i < n; i++) {
            kl_map_lookup(&((kl_obj_dict_t *)rest)->map, items[i], KL_MAP_LOOKUP_REMOVE);
        }
        SET_TOP(rest);
        DISPATCH();
    }
#endif
    ENTRY(MATCH_KEYS) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("MATCH_KEYS"));
    }
#if !KL_CFG_ASYNC || !KL_CFG_MATCH || !KL_CFG_EXCEPTION_GROUPS || !KL_CFG_FSTRINGS ||        \
    !KL_CFG_ANNOTATIONS || !KL_CFG_SET || !KL_CFG_SLICE || !KL_CFG_DISPLAY_UNPACK
    // The instructions of the features this build leaves out (vm/config.h): the compiler never
    // emits them, a loaded .kbc file might.
#if !KL_CFG_ANNOTATIONS
    ENTRY(SETUP_ANNOTATIONS)
#endif
#if !KL_CFG_FSTRINGS
    ENTRY(BUILD_STRING)
    ENTRY(FORMAT_VALUE)
#endif
#if !KL_CFG_SET
    ENTRY(BUILD_SET)
    ENTRY(SET_ADD)
    ENTRY(SET_UPDATE)
#endif
#if !KL_CFG_SLICE
    ENTRY(BUILD_SLICE)
#endif
#if !KL_CFG_DISPLAY_UNPACK
    ENTRY(DICT_UPDATE)
#endif
#if !KL_CFG_ASYNC
    ENTRY(GET_AWAITABLE)
    ENTRY(GET_AITER)
    ENTRY(GET_ANEXT)
    ENTRY(BEFORE_ASYNC_WITH)
#endif
#if !KL_CFG_EXCEPTION_GROUPS
    ENTRY(CHECK_EG_MATCH)
    ENTRY(PREP_RERAISE_STAR)
#endif
#if !KL_CFG_MATCH
    ENTRY(MATCH_CLASS)
    ENTRY(MATCH_MAPPING)
    ENTRY(MATCH_SEQUENCE)
    ENTRY(GET_LEN)
    ENTRY(COPY_DICT_WITHOUT_KEYS)
#endif
    {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("instruction left out of this build"));
    }
#endif
    // clang-format on
#if !KL_CFG_COMPUTED_GOTO
    default:
        kl_hal_fatal("bad opcode");
}
#endif
}

// ==== Frame execution with exception handling ====

static void add_traceback(kl_frame_t *frame, kl_obj_t exc) {
    const kl_obj_code_t *code = frame->code;
    kl_exception_add_traceback(exc, code->filename, kl_bc_line(code, frame->pc), code->name);
}

kl_vm_result_t kl_vm_execute(kl_frame_t *frame, kl_obj_t throw_value, kl_obj_t *result) {
    // The frame counts towards the depth once every check has passed, so that none of them
    // has anything to undo when it raises.
    if (kl_state.recursion_depth >= kl_state.recursion_limit) {
        kl_raise_RecursionError(KL_ERROR_TEXT("maximum recursion depth exceeded"));
    }
    kl_stack_check();
    if (SIGNALS_PENDING()) {
        check_signals();
    }
    kl_state.recursion_depth++;
    frame->prev = kl_state.frame;
    kl_state.frame = frame;
    kl_obj_t volatile pending = throw_value;
    for (;;) {
        kl_nlr_buf_t nlr;
        if (kl_nlr_push(&nlr) == 0) {
            if (pending != KL_OBJ_NULL) {
                kl_obj_t exc = pending;
                pending = KL_OBJ_NULL;
                kl_raise(exc);
            }
            kl_vm_result_t r = run(frame, result);
            kl_nlr_pop();
            kl_state.frame = frame->prev;
            kl_state.recursion_depth--;
            return r;
        }
        kl_obj_t exc = nlr.ret_val;
        kl_state.frame = frame;
        if (!kl_state.reraise) {
            add_traceback(frame, exc);
        }
        kl_state.reraise = 0;
        const kl_obj_code_t *code = frame->code;
        const kl_exc_entry_t *h = find_handler(code, (size_t)(frame->pc - code->bytecode));
        if (h == NULL) {
            kl_state.frame = frame->prev;
            kl_state.recursion_depth--;
            // Give back this frame's slice of the value stack (generators have none).
            if (frame->stack_restore != NULL) {
                kl_state.stack_ptr = frame->stack_restore;
            }
            kl_nlr_jump(exc);
        }
        kl_obj_t *base = frame->locals + code->n_locals;
        frame->sp = base + h->depth;
        *frame->sp = exc;
        frame->pc = code->bytecode + h->handler;
    }
}
