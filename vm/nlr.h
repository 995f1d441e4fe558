// vm/nlr.h: non-local return, the one way a Python exception leaves C code.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A raise in C unwinds with longjmp to the newest handler pushed with kl_nlr_push, carrying the
// exception object. Handlers form a chain through the state, so the VM, the compiler and the
// embedding API each catch exactly what passes through them:
//
//     kl_nlr_buf_t nlr;
//     if (kl_nlr_push(&nlr) == 0) {
//         ...code that may raise...
//         kl_nlr_pop();
//     } else {
//         ...nlr.ret_val is the exception; the handler is already popped...
//     }
//
// setjmp is standard C and exists in every libc a port links, which keeps this file free of
// assembly; the cost is a register save per push, paid at try blocks and calls into Python, not
// per instruction.

#ifndef KL_INCLUDED_VM_NLR_H
#define KL_INCLUDED_VM_NLR_H

#include <setjmp.h>

#include "vm/obj.h"

typedef struct _kl_nlr_buf_t {
    struct _kl_nlr_buf_t *prev;
    kl_obj_t ret_val;
    jmp_buf jmpbuf;
} kl_nlr_buf_t;

// The state holds the top of the chain (vm/state.h).
extern kl_nlr_buf_t *kl_nlr_top;

#define kl_nlr_push(buf) ((buf)->prev = kl_nlr_top, kl_nlr_top = (buf), setjmp((buf)->jmpbuf))
#define kl_nlr_pop() ((void)(kl_nlr_top = kl_nlr_top->prev))

// Unwind to the newest handler with [val]; with no handler, a fatal error.
KL_NORETURN void kl_nlr_jump(kl_obj_t val);

#endif // KL_INCLUDED_VM_NLR_H
