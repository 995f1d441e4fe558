// vm/nlr.c: non-local return (see vm/nlr.h).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#include "vm/nlr.h"
#include "vm/hal.h"

kl_nlr_buf_t *kl_nlr_top;

void kl_nlr_jump(kl_obj_t val) {
    kl_nlr_buf_t *top = kl_nlr_top;
    if (top == NULL) {
        kl_hal_fatal("uncaught exception with no handler");
    }
    top->ret_val = val;
    kl_nlr_top = top->prev;
    longjmp(top->jmpbuf, 1);
}
