// vm/obj_gen.c: generators and coroutines.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A generator owns a frame whose locals and operand stack live in the generator object itself
// (on the heap), not on the value stack: it must survive between resumptions. The VM runs it
// with the same kl_vm_execute as any frame; YIELD_VALUE returns KL_VM_YIELD with the frame's
// instruction and stack pointers saved, and resuming pushes the sent value and re-enters.
//
// `yield from` (and `await`) keep the inner iterator on the outer frame's stack; throw() and
// close() are passed down to it first, as PEP 380 specifies.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_exception.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// GEN_CREATED is 0, the state of a new generator's zeroed block.
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };

typedef struct _kl_obj_gen_t {
    kl_obj_base_t base;
    kl_frame_t frame; // frame.fun keeps the function alive
    kl_obj_t exc;     // the exception its own handler was handling when it last yielded
    uint8_t state;
    bool loop_owned; // made for a for loop that holds the only reference (kl_gen_own)
    kl_obj_t storage[];
} kl_obj_gen_t;

extern const kl_obj_iter_type_t kl_type_generator_head;
#define kl_type_generator (kl_type_generator_head.type)
extern const kl_obj_type_t kl_type_async_generator;
extern const kl_obj_type_t kl_type_coroutine;

#if KL_CFG_ASYNC
#define IS_COROUTINE(g) ((g)->base.type == &kl_type_coroutine)
#else
#define IS_COROUTINE(g) (false)
#endif

bool kl_obj_is_generator(kl_obj_t o) {
#if KL_CFG_ASYNC
    return kl_obj_is_type(o, &kl_type_generator) || kl_obj_is_type(o, &kl_type_coroutine) ||
           kl_obj_is_type(o, &kl_type_async_generator);
#else
    return kl_obj_is_type(o, &kl_type_generator);
#endif
}

kl_obj_t kl_obj_new_generator(kl_obj_fun_t *fun, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_code_t *code = fun->code;
    size_t n = (size_t)code->n_locals + code->n_stack;
    kl_obj_gen_t *g = kl_gc_alloc(sizeof(kl_obj_gen_t) + n * sizeof(kl_obj_t), 0);
#if KL_CFG_ASYNC
    g->base.type = (code->flags & KL_CODE_FLAG_COROUTINE)         ? &kl_type_coroutine
                   : (code->flags & KL_CODE_FLAG_ASYNC_GENERATOR) ? &kl_type_async_generator
                                                                  : &kl_type_generator;
#else
    g->base.type = &kl_type_generator;
#endif
    kl_obj_fun_bind_args(fun, g->storage, n_args, n_kw, args);
    kl_vm_setup_cells(code, g->storage, fun);
    g->frame.code = code;
    g->frame.fun = fun;
    // The block comes zeroed: no locals dict, no stack to restore, GEN_CREATED.
    g->frame.globals = fun->globals;
    g->frame.locals = g->storage;
    g->frame.pc = code->bytecode;
    g->frame.sp = g->storage + code->n_locals - 1;
    g->frame.gen = KL_OBJ_FROM_PTR(g);
    // Marked for the for loop that may own it, only where such loops close their generators.
    if (KL_CFG_CLOSE_LOOP_GENERATORS && g->base.type == &kl_type_generator) {
        kl_state.fresh_gen = KL_OBJ_FROM_PTR(g);
        kl_state.fresh_gen_frame = kl_state.frame;
    }
    return KL_OBJ_FROM_PTR(g);
}

static kl_obj_t gen_close(kl_obj_t self);

void kl_gen_own(kl_obj_t it, const kl_frame_t *frame) {
    if (it == kl_state.fresh_gen && frame == kl_state.fresh_gen_frame) {
        ((kl_obj_gen_t *)it)->loop_owned = true;
    }
    kl_state.fresh_gen = KL_OBJ_NULL;
}

void kl_gen_release(kl_obj_t it) {
    if (!kl_obj_is_type(it, &kl_type_generator) || !((kl_obj_gen_t *)it)->loop_owned) {
        return;
    }
    // What close() raises has nowhere to go, as in CPython, where a generator is closed when
    // its last reference goes: it is dropped.
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        gen_close(it);
        kl_nlr_pop();
    }
}

// Resume [g]: push [send] (unless [push] is false) or raise [throw] inside it. Returns true
// with the yielded value, false with the return value; exceptions propagate.
static bool gen_resume(kl_obj_gen_t *g, kl_obj_t send, kl_obj_t throw_value, bool push,
                       kl_obj_t *value) {
    if (g->state == GEN_RUNNING) {
        kl_raise_ValueError(IS_COROUTINE(g) ? KL_ERROR_TEXT("coroutine already executing")
                                            : KL_ERROR_TEXT("generator already executing"));
    }
    if (g->state == GEN_FINISHED) {
        if (throw_value != KL_OBJ_NULL) {
            kl_raise(throw_value);
        }
        if (IS_COROUTINE(g)) {
            kl_raise_msg(&kl_type_RuntimeError,
                         KL_ERROR_TEXT("cannot reuse already awaited coroutine"));
        }
        *value = kl_const_none;
        return false;
    }
    if (g->state == GEN_CREATED) {
        if (throw_value != KL_OBJ_NULL) {
            // Nothing has run, so no try block of the body can catch it (as in CPython): the
            // generator is finished and the exception goes to the caller.
            g->state = GEN_FINISHED;
            kl_raise(throw_value);
        }
        if (send != kl_const_none) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't send non-None value to a just-started %s"),
                             IS_COROUTINE(g) ? "coroutine" : "generator");
        }
    } else if (push && throw_value == KL_OBJ_NULL) {
        *++g->frame.sp = send;
    }
    g->state = GEN_RUNNING;
    // A generator's handled exception (sys.exc_info inside an except block) is its own: it is
    // put back when the generator resumes and hidden from the caller while it is suspended.
    kl_obj_t caller_exc = kl_state.roots.cur_exc;
    if (g->exc != KL_OBJ_NULL) {
        kl_state.roots.cur_exc = g->exc;
    }
    kl_vm_result_t r;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        r = kl_vm_execute(&g->frame, throw_value, value);
        kl_nlr_pop();
        g->exc = kl_state.roots.cur_exc != caller_exc ? kl_state.roots.cur_exc : KL_OBJ_NULL;
        kl_state.roots.cur_exc = caller_exc;
    } else {
        kl_state.roots.cur_exc = caller_exc;
        g->exc = KL_OBJ_NULL;
        g->state = GEN_FINISHED;
        kl_obj_t exc = nlr.ret_val;
        if (kl_obj_isinstance(exc, &kl_type_StopIteration)) {
            // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
            kl_obj_t e = kl_obj_new_exception_msg(
                &kl_type_RuntimeError, IS_COROUTINE(g)
                                           ? KL_ERROR_TEXT("coroutine raised StopIteration")
                                           : KL_ERROR_TEXT("generator raised StopIteration"));
#if KL_CFG_EXCEPTION_CHAIN
            kl_exception_native(e)->cause = exc;
            kl_exception_native(e)->context = exc;
            kl_exception_native(e)->suppress_context = true;
#endif
            kl_nlr_jump(e);
        }
        kl_nlr_jump(exc);
    }
    if (r == KL_VM_YIELD) {
        g->state = GEN_SUSPENDED;
        return true;
    }
    g->state = GEN_FINISHED;
    return false;
}

// The inner iterator of a generator suspended in `yield from`, or NULL.
static kl_obj_t yield_from_target(kl_obj_gen_t *g) {
    if (g->state != GEN_SUSPENDED || *g->frame.pc != KL_BC_YIELD_FROM) {
        return KL_OBJ_NULL;
    }
    return *g->frame.sp;
}

static bool gen_throw(kl_obj_gen_t *g, kl_obj_t exc, kl_obj_t *value);

// Advance [it], a generator or the inner iterator of a `yield from`: send it [sent], or throw
// it [exc] when that is not NULL. Returns true with the value it yields, false with the one it
// returns; other exceptions propagate. A generator is resumed here; another iterator is advanced
// by its iternext, or its send() for a value other than None, and ends by returning
// KL_OBJ_STOP_ITERATION with the value put aside (iternext only), or by raising
// StopIteration(value). It takes [exc] through its throw(), or for GeneratorExit its close()
// (which returns, and exc is raised after it); without the method exc is raised at once. What
// close() raises propagates, StopIteration too (CPython raises it in the outer frame, where it
// becomes a RuntimeError).
static bool gen_step(kl_obj_t it, kl_obj_t sent, kl_obj_t exc, kl_obj_t *value) {
    if (kl_obj_is_generator(it)) {
        kl_obj_gen_t *g = (kl_obj_gen_t *)it;
        return exc != KL_OBJ_NULL ? gen_throw(g, exc, value)
                                  : gen_resume(g, sent, KL_OBJ_NULL, true, value);
    }
    bool is_exit = exc != KL_OBJ_NULL && kl_obj_isinstance(exc, &kl_type_GeneratorExit);
    kl_state.roots.stop_iteration_value = kl_const_none;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v;
        if (exc == KL_OBJ_NULL && sent == kl_const_none) {
            v = kl_iternext(it);
        } else {
            kl_obj_t m[3];
            if (exc == KL_OBJ_NULL) {
                kl_load_method(it, KL_QSTR_send, m);
                m[2] = sent;
            } else {
                kl_load_method_maybe(it, is_exit ? KL_QSTR_close : KL_QSTR_throw, m);
                if (m[0] == KL_OBJ_NULL) {
                    kl_raise(exc);
                }
                m[2] = exc;
            }
            v = kl_call_method_n_kw(!is_exit, 0, m);
            if (is_exit) {
                kl_raise(exc);
            }
        }
        kl_nlr_pop();
        if (v != KL_OBJ_STOP_ITERATION) {
            *value = v;
            return true;
        }
    } else {
        if (is_exit) {
            kl_nlr_jump(nlr.ret_val);
        }
        kl_type_catch_stop(nlr.ret_val);
    }
    *value = kl_state.roots.stop_iteration_value;
    kl_state.roots.stop_iteration_value = KL_OBJ_NULL;
    if (*value == KL_OBJ_NULL) {
        *value = kl_const_none;
    }
    return false;
}

static bool gen_throw(kl_obj_gen_t *g, kl_obj_t exc, kl_obj_t *value) {
    kl_obj_t inner = yield_from_target(g);
    if (inner != KL_OBJ_NULL) {
        kl_nlr_buf_t nlr;
        if (kl_nlr_push(&nlr) == 0) {
            kl_obj_t v;
            bool yielded = gen_step(inner, kl_const_none, exc, &v);
            kl_nlr_pop();
            if (yielded) {
                *value = v;
                return true;
            }
            // The inner iterator finished: continue the outer frame after the YIELD_FROM
            // instruction with its result on the stack.
            *g->frame.sp = v;
            g->frame.pc++;
            return gen_resume(g, kl_const_none, KL_OBJ_NULL, false, value);
        }
        // The inner iterator raised (exc, or another): raise that in the outer frame, at the
        // yield from.
        return gen_resume(g, kl_const_none, nlr.ret_val, false, value);
    }
    return gen_resume(g, kl_const_none, exc, false, value);
}

bool kl_gen_resume_from(kl_obj_t iter, kl_obj_t sent, kl_obj_t *value) {
    return gen_step(iter, sent, KL_OBJ_NULL, value);
}

#if KL_CFG_ASYNC
kl_obj_t kl_get_awaitable(kl_obj_t o) {
    if (kl_obj_is_type(o, &kl_type_coroutine)) {
        return o;
    }
    kl_obj_t m[2];
    kl_load_method_maybe(o, KL_QSTR___await__, m);
    if (m[0] == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("object %T can't be used in 'await' expression"), o);
    }
    return kl_call_method_n_kw(0, 0, m);
}
#endif

// ==== Methods ====

static kl_obj_t gen_iternext(kl_obj_t self) {
    kl_obj_t v;
    if (gen_resume((kl_obj_gen_t *)self, kl_const_none, KL_OBJ_NULL, true, &v)) {
        return v;
    }
    kl_state.roots.stop_iteration_value = v;
    return KL_OBJ_STOP_ITERATION;
}

// send() and throw() (with [exc] not NULL): the value yielded, or StopIteration with the one
// returned.
static kl_obj_t gen_send_throw(kl_obj_t self, kl_obj_t value, kl_obj_t exc) {
    kl_obj_t v;
    if (gen_step(self, value, exc, &v)) {
        return v;
    }
    kl_raise_StopIteration(v);
}

static kl_obj_t gen_send(kl_obj_t self, kl_obj_t value) {
    return gen_send_throw(self, value, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_2(gen_send_obj, send, gen_send);

#if KL_CFG_SLOT_WRAPPERS
// The iteration pair as methods, which the builtin types' slots are only with
// KL_CFG_SLOT_WRAPPERS: next() and for loops use the slots.
static kl_obj_t gen___next__(kl_obj_t self) {
    return gen_send(self, kl_const_none);
}
static KL_DEFINE_FUN_1(gen___next___obj, __next__, gen___next__);
#endif

static kl_obj_t gen_throw_method(size_t n_args, const kl_obj_t *args) {
    kl_obj_t exc = args[1];
    if (n_args >= 3 && args[2] != kl_const_none) {
        // throw(type, value): instantiate the type with the value.
        if (kl_obj_is_exception_instance(args[2])) {
            exc = args[2];
        } else {
            exc = kl_call_function_1(args[1], args[2]);
        }
    }
    if (kl_obj_is_exception_type(exc)) {
        exc = kl_call_function_0(exc);
    } else if (!kl_obj_is_exception_instance(exc)) {
        kl_raise_TypeError(KL_ERROR_TEXT("exceptions must be classes or instances deriving from "
                                         "BaseException, not %T"));
    }
    return gen_send_throw(args[0], kl_const_none, exc);
}
static KL_DEFINE_FUN_VAR(gen_throw_obj, throw, 2, 4, gen_throw_method);

// A generator not yet started or already finished needs no test of its own: gen_resume
// finishes it and raises the GeneratorExit at once, which ends close() as for any other.
static kl_obj_t gen_close(kl_obj_t self) {
    kl_obj_gen_t *g = (kl_obj_gen_t *)self;
    kl_obj_t v;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        bool yielded = gen_throw(g, kl_obj_new_exception(&kl_type_GeneratorExit, 0, NULL), &v);
        kl_nlr_pop();
        if (yielded) {
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("generator ignored GeneratorExit"));
        }
        return kl_const_none;
    }
    // (No StopIteration can come out: gen_resume turns one raised in the frame into a
    // RuntimeError, and gen_step takes one that an inner iterator raises as its return.)
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_GeneratorExit)) {
        return kl_const_none;
    }
    kl_nlr_jump(nlr.ret_val);
}
static KL_DEFINE_FUN_1(gen_close_obj, close, gen_close);

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t gen___iter__(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(gen___iter___obj, __iter__, gen___iter__);
#endif

static void gen_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_gen_t *g = (kl_obj_gen_t *)o;
    kl_printf(print, "<%s object %q at %p>",
#if KL_CFG_ASYNC
              g->base.type == &kl_type_coroutine         ? "coroutine"
              : g->base.type == &kl_type_async_generator ? "async_generator"
                                                         : "generator",
#else
              "generator",
#endif
              (kl_qstr_t)g->frame.code->qualname, o);
}

#if KL_CFG_FUNCTION_ATTRS
static void gen_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    kl_obj_gen_t *g = (kl_obj_gen_t *)self;
    switch (attr) {
        case KL_QSTR___name__:
            dest[0] = KL_OBJ_NEW_QSTR(g->frame.code->name);
            return;
        case KL_QSTR___qualname__:
            dest[0] = KL_OBJ_NEW_QSTR(g->frame.code->qualname);
            return;
#if KL_CFG_GENERATOR_ATTRS
        case KL_QSTR_gi_running:
#if KL_CFG_ASYNC
        case KL_QSTR_cr_running:
#endif
            dest[0] = KL_OBJ_FROM_BOOL(g->state == GEN_RUNNING);
            return;
        case KL_QSTR_gi_suspended:
#if KL_CFG_ASYNC
        case KL_QSTR_cr_suspended:
#endif
            // Paused at a yield or await (3.11): not before the first send, not once finished.
            dest[0] = KL_OBJ_FROM_BOOL(g->state == GEN_SUSPENDED);
            return;
        case KL_QSTR_gi_code:
#if KL_CFG_ASYNC
        case KL_QSTR_cr_code:
#endif
            dest[0] = KL_OBJ_FROM_PTR(g->frame.code);
            return;
        case KL_QSTR_gi_frame:
#if KL_CFG_ASYNC
        case KL_QSTR_cr_frame:
#endif
            if (g->state == GEN_FINISHED) {
                dest[0] = kl_const_none;
            } else {
                // A snapshot: f_lineno is the def line before the first step, then the line
                // of the yield or await the generator is paused at.
                const kl_obj_code_t *code = g->frame.code;
                size_t line = code->first_line;
                if (g->state != GEN_CREATED && g->frame.pc > code->bytecode) {
                    line = kl_bc_line(code, g->frame.pc - 1);
                }
                dest[0] = kl_frame_snapshot(code->filename, line, code->name);
            }
            return;
        case KL_QSTR_gi_yieldfrom:
#if KL_CFG_ASYNC
        case KL_QSTR_cr_await:
#endif
        {
            kl_obj_t t = yield_from_target(g);
            dest[0] = t == KL_OBJ_NULL ? kl_const_none : t;
            return;
        }
#endif
        default:
            kl_type_generic_attr(self, attr, dest);
            return;
    }
}
#else
// No __name__ or __qualname__ (KL_CFG_FUNCTION_ATTRS): what the generic lookup gives.
#define gen_attr NULL
#endif

static const kl_rom_map_elem_t gen_locals_table[] = {
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&gen___iter___obj)},
    {KL_ROM_QSTR(__next__), KL_ROM_PTR(&gen___next___obj)},
#endif
    {KL_ROM_QSTR(close), KL_ROM_PTR(&gen_close_obj)},
    {KL_ROM_QSTR(send), KL_ROM_PTR(&gen_send_obj)},
    {KL_ROM_QSTR(throw), KL_ROM_PTR(&gen_throw_obj)},
};
static KL_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

const kl_obj_iter_type_t kl_type_generator_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_generator,
            .print = gen_print,
            .attr = gen_attr,
            .locals_dict = &gen_locals_dict,
        },
    .getiter = kl_iter_self,
    .iternext = gen_iternext,
};

#if KL_CFG_ASYNC
static kl_obj_t coro___await__(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(coro___await___obj, __await__, coro___await__);

static const kl_rom_map_elem_t coro_locals_table[] = {
    {KL_ROM_QSTR(__await__), KL_ROM_PTR(&coro___await___obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&gen_close_obj)},
    {KL_ROM_QSTR(send), KL_ROM_PTR(&gen_send_obj)},
    {KL_ROM_QSTR(throw), KL_ROM_PTR(&gen_throw_obj)},
};
static KL_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_table);
#endif

// Without KL_CFG_ASYNC the coroutine types have no instances; the types module still names them
// (CoroutineType, AsyncGeneratorType).
#if KL_CFG_ASYNC || KL_CFG_MODULE_TYPES
const kl_obj_type_t kl_type_coroutine = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_coroutine,
    .print = gen_print,
    .attr = gen_attr,
#if KL_CFG_ASYNC
    .locals_dict = &coro_locals_dict,
#endif
};
#endif

#if KL_CFG_ASYNC
// ==== Async generators ====
//
// An async generator's frame yields for two reasons: a `yield` in its body (a value for the
// `async for`), and the awaits inside it passing an event loop's futures through. The VM wraps
// the first kind (kl_async_gen_wrap), so the awaitable that __anext__ returns can finish with
// a wrapped value and pass the others on to whoever drives it.

typedef struct _async_gen_wrapped_t {
    kl_obj_base_t base;
    kl_obj_t value;
} async_gen_wrapped_t;

static const kl_obj_type_t async_gen_wrapped_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_async_generator_wrapped_value,
};

kl_obj_t kl_async_gen_wrap(kl_obj_t value) {
    async_gen_wrapped_t *w = kl_gc_alloc(sizeof(async_gen_wrapped_t), 0);
    w->base.type = &async_gen_wrapped_type;
    w->value = value;
    return KL_OBJ_FROM_PTR(w);
}

// The awaitable of one __anext__/asend/athrow/aclose step.
typedef struct _async_gen_step_t {
    kl_obj_base_t base;
    kl_obj_gen_t *gen;
    kl_obj_t send;  // the first value sent in (asend), or None
    kl_obj_t throw; // the exception thrown in first (athrow/aclose), or NULL
    uint8_t started;
    uint8_t is_close;
} async_gen_step_t;

extern const kl_obj_iter_type_t async_gen_step_type_head;
#define async_gen_step_type (async_gen_step_type_head.type)

static kl_obj_t new_step(kl_obj_t gen, kl_obj_t send, kl_obj_t throw_value, bool is_close) {
    async_gen_step_t *a = kl_gc_alloc(sizeof(async_gen_step_t), 0);
    a->base.type = &async_gen_step_type;
    a->gen = (kl_obj_gen_t *)gen;
    a->send = send;
    a->throw = throw_value;
    a->is_close = is_close;
    return KL_OBJ_FROM_PTR(a);
}

// Resume [g] once; for aclose, GeneratorExit or StopAsyncIteration escaping means closed.
static bool step_run(kl_obj_gen_t *g, kl_obj_t sent, kl_obj_t throw_value, bool is_close,
                     kl_obj_t *v) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        bool yielded = gen_step(KL_OBJ_FROM_PTR(g), sent, throw_value, v);
        kl_nlr_pop();
        return yielded;
    }
    kl_obj_t e = nlr.ret_val;
    if (is_close && (kl_obj_isinstance(e, &kl_type_GeneratorExit) ||
                     kl_obj_isinstance(e, &kl_type_StopAsyncIteration))) {
        kl_raise_StopIteration(kl_const_none);
    }
    kl_nlr_jump(e);
}

// One resumption of the step: the value to pass to the driver, or the end of the step by
// StopIteration (a value was yielded) or StopAsyncIteration (the generator finished).
static kl_obj_t step_resume(async_gen_step_t *a, kl_obj_t sent, kl_obj_t throw_value) {
    kl_obj_gen_t *g = a->gen;
    if (!a->started) {
        a->started = 1;
        if (a->throw != KL_OBJ_NULL && throw_value == KL_OBJ_NULL) {
            throw_value = a->throw;
        } else if (sent == kl_const_none) {
            sent = a->send;
        }
    }
    if (g->state == GEN_FINISHED ||
        (g->state == GEN_CREATED && throw_value != KL_OBJ_NULL && a->is_close)) {
        g->state = GEN_FINISHED;
        if (a->is_close) {
            kl_raise_StopIteration(kl_const_none);
        }
        kl_raise_msg(&kl_type_StopAsyncIteration, NULL);
    }
    kl_obj_t v;
    bool yielded = step_run(g, sent, throw_value, a->is_close, &v);
    if (!yielded) {
        if (a->is_close) {
            kl_raise_StopIteration(kl_const_none);
        }
        kl_raise_msg(&kl_type_StopAsyncIteration, NULL);
    }
    if (kl_obj_is_type(v, &async_gen_wrapped_type)) {
        if (a->is_close) {
            kl_raise_msg(&kl_type_RuntimeError,
                         KL_ERROR_TEXT("async generator ignored GeneratorExit"));
        }
        kl_raise_StopIteration(((async_gen_wrapped_t *)v)->value);
    }
    return v;
}

static kl_obj_t step_iternext(kl_obj_t self) {
    return step_resume((async_gen_step_t *)self, kl_const_none, KL_OBJ_NULL);
}

static kl_obj_t step_send(kl_obj_t self, kl_obj_t value) {
    return step_resume((async_gen_step_t *)self, value, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_2(step_send_obj, send, step_send);

static kl_obj_t step_throw(size_t n_args, const kl_obj_t *args) {
    kl_obj_t exc = args[1];
    if (kl_obj_is_exception_type(exc)) {
        exc = kl_call_function_0(exc);
    }
    return step_resume((async_gen_step_t *)args[0], kl_const_none, exc);
    (void)n_args;
}
static KL_DEFINE_FUN_VAR(step_throw_obj, throw, 2, 4, step_throw);

static kl_obj_t step_close(kl_obj_t self) {
    (void)self;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(step_close_obj, close, step_close);

static kl_obj_t step___await__(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(step___await___obj, __await__, step___await__);

static const kl_rom_map_elem_t step_locals_table[] = {
    {KL_ROM_QSTR(__await__), KL_ROM_PTR(&step___await___obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&step_close_obj)},
    {KL_ROM_QSTR(send), KL_ROM_PTR(&step_send_obj)},
    {KL_ROM_QSTR(throw), KL_ROM_PTR(&step_throw_obj)},
};
static KL_DEFINE_CONST_DICT(step_locals_dict, step_locals_table);

const kl_obj_iter_type_t async_gen_step_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_async_generator_asend,
            .locals_dict = &step_locals_dict,
        },
    .getiter = kl_iter_self,
    .iternext = step_iternext,
};

static kl_obj_t agen___aiter__(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(agen___aiter___obj, __aiter__, agen___aiter__);

static kl_obj_t agen___anext__(kl_obj_t self) {
    return new_step(self, kl_const_none, KL_OBJ_NULL, false);
}
static KL_DEFINE_FUN_1(agen___anext___obj, __anext__, agen___anext__);

static kl_obj_t agen_asend(kl_obj_t self, kl_obj_t value) {
    return new_step(self, value, KL_OBJ_NULL, false);
}
static KL_DEFINE_FUN_2(agen_asend_obj, asend, agen_asend);

static kl_obj_t agen_athrow(size_t n_args, const kl_obj_t *args) {
    kl_obj_t exc = args[1];
    if (n_args >= 3 && args[2] != kl_const_none) {
        exc = kl_call_function_1(args[1], args[2]);
    } else if (kl_obj_is_exception_type(exc)) {
        exc = kl_call_function_0(exc);
    }
    return new_step(args[0], kl_const_none, exc, false);
}
static KL_DEFINE_FUN_VAR(agen_athrow_obj, athrow, 2, 4, agen_athrow);

static kl_obj_t agen_aclose(kl_obj_t self) {
    return new_step(self, kl_const_none, kl_obj_new_exception(&kl_type_GeneratorExit, 0, NULL),
                    true);
}
static KL_DEFINE_FUN_1(agen_aclose_obj, aclose, agen_aclose);

static const kl_rom_map_elem_t agen_locals_table[] = {
    {KL_ROM_QSTR(__aiter__), KL_ROM_PTR(&agen___aiter___obj)},
    {KL_ROM_QSTR(__anext__), KL_ROM_PTR(&agen___anext___obj)},
    {KL_ROM_QSTR(aclose), KL_ROM_PTR(&agen_aclose_obj)},
    {KL_ROM_QSTR(asend), KL_ROM_PTR(&agen_asend_obj)},
    {KL_ROM_QSTR(athrow), KL_ROM_PTR(&agen_athrow_obj)},
};
static KL_DEFINE_CONST_DICT(agen_locals_dict, agen_locals_table);
#endif

#if KL_CFG_ASYNC || KL_CFG_MODULE_TYPES
const kl_obj_type_t kl_type_async_generator = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_async_generator,
    .print = gen_print,
    .attr = gen_attr,
#if KL_CFG_ASYNC
    .locals_dict = &agen_locals_dict,
#endif
};
#endif

#if KL_CFG_ASYNC
// ==== aiter() and anext() ====
//
// anext(it) is it.__anext__(). anext(it, default) wraps that awaitable in one that passes every
// step through and turns the StopAsyncIteration that ends the iteration into the default, as
// the awaitable's result.

typedef struct _anext_awaitable_t {
    kl_obj_base_t base;
    kl_obj_t inner; // the iterator of it.__anext__()'s awaitable
    kl_obj_t dflt;
} anext_awaitable_t;

static const kl_obj_iter_type_t anext_awaitable_type_head;
#define anext_awaitable_type (anext_awaitable_type_head.type)

// One step of the inner iterator: sent a value, or thrown [throw_args] (the arguments of a
// throw() call). Returns what it yields; its end raises StopIteration with the result.
static kl_obj_t anext_step(anext_awaitable_t *a, kl_obj_t sent, size_t n_throw,
                           const kl_obj_t *throw_args) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v;
        bool yielded;
        if (n_throw > 0) {
            kl_obj_t m[2 + 3];
            kl_load_method(a->inner, KL_QSTR_throw, m);
            for (size_t i = 0; i < n_throw; i++) {
                m[2 + i] = throw_args[i];
            }
            v = kl_call_method_n_kw(n_throw, 0, m);
            yielded = true;
        } else {
            yielded = kl_gen_resume_from(a->inner, sent, &v);
        }
        kl_nlr_pop();
        if (!yielded) {
            kl_raise_StopIteration(v);
        }
        return v;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_StopAsyncIteration)) {
        kl_raise_StopIteration(a->dflt);
    }
    kl_nlr_jump(nlr.ret_val);
}

static kl_obj_t anext_awaitable_getiter(kl_obj_t self, kl_obj_iter_buf_t *buf) {
    (void)buf;
    return self;
}

static kl_obj_t anext_awaitable_iternext(kl_obj_t self) {
    return anext_step((anext_awaitable_t *)self, kl_const_none, 0, NULL);
}

static kl_obj_t anext_awaitable_await(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(anext_awaitable_await_obj, __await__, anext_awaitable_await);

static kl_obj_t anext_awaitable_send(kl_obj_t self, kl_obj_t value) {
    return anext_step((anext_awaitable_t *)self, value, 0, NULL);
}
static KL_DEFINE_FUN_2(anext_awaitable_send_obj, send, anext_awaitable_send);

static kl_obj_t anext_awaitable_throw(size_t n_args, const kl_obj_t *args) {
    return anext_step((anext_awaitable_t *)args[0], kl_const_none, n_args - 1, args + 1);
}
static KL_DEFINE_FUN_VAR(anext_awaitable_throw_obj, throw, 2, 4, anext_awaitable_throw);

static kl_obj_t anext_awaitable_close(kl_obj_t self) {
    kl_obj_t m[2];
    kl_load_method_maybe(((anext_awaitable_t *)self)->inner, KL_QSTR_close, m);
    if (m[0] != KL_OBJ_NULL) {
        kl_call_method_n_kw(0, 0, m);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(anext_awaitable_close_obj, close, anext_awaitable_close);

static const kl_rom_map_elem_t anext_awaitable_locals_table[] = {
    {KL_ROM_QSTR(__await__), KL_ROM_PTR(&anext_awaitable_await_obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&anext_awaitable_close_obj)},
    {KL_ROM_QSTR(send), KL_ROM_PTR(&anext_awaitable_send_obj)},
    {KL_ROM_QSTR(throw), KL_ROM_PTR(&anext_awaitable_throw_obj)},
};
static KL_DEFINE_CONST_DICT(anext_awaitable_locals_dict, anext_awaitable_locals_table);

static const kl_obj_iter_type_t anext_awaitable_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_anext_awaitable,
            .locals_dict = &anext_awaitable_locals_dict,
        },
    .getiter = anext_awaitable_getiter,
    .iternext = anext_awaitable_iternext,
};

static kl_obj_t builtin_aiter(kl_obj_t o) {
    kl_obj_t m[2];
    kl_load_method_maybe(o, KL_QSTR___aiter__, m);
    if (m[0] == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not an async iterable"),
                         o);
    }
    kl_obj_t it = kl_call_method_n_kw(0, 0, m);
    kl_load_method_maybe(it, KL_QSTR___anext__, m);
    if (m[0] == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("aiter() returned not an async iterator of type '%T'"), it);
    }
    return it;
}
KL_DEFINE_FUN_1(kl_builtin_aiter_obj, aiter, builtin_aiter);

static kl_obj_t builtin_anext(size_t n_args, const kl_obj_t *args) {
    kl_obj_t m[2];
    kl_load_method_maybe(args[0], KL_QSTR___anext__, m);
    if (m[0] == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not an async iterator"),
                         args[0]);
    }
    kl_obj_t awaitable = kl_call_method_n_kw(0, 0, m);
    if (n_args == 1) {
        return awaitable;
    }
    anext_awaitable_t *a = kl_gc_alloc(sizeof(anext_awaitable_t), 0);
    a->base.type = &anext_awaitable_type;
    a->inner = kl_get_awaitable(awaitable);
    a->dflt = args[1];
    return KL_OBJ_FROM_PTR(a);
}
KL_DEFINE_FUN_VAR(kl_builtin_anext_obj, anext, 1, 2, builtin_anext);
#endif // KL_CFG_ASYNC
