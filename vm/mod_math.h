// vm/mod_math.h: the argument and error helpers that the math and cmath modules share.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_MOD_MATH_H
#define KL_INCLUDED_VM_MOD_MATH_H

#include "vm/obj.h"

// A float argument as CPython's PyFloat_AsDouble reads it: a float, an int (OverflowError when
// too big), __float__, then __index__; TypeError "must be real number, not str" otherwise.
double kl_mod_math_get_double(kl_obj_t o);
// Argument checks with CPython's messages, which name the function [module].[name]:
// no keywords; exactly one argument; exactly [n] arguments.
void kl_mod_math_no_kw(kl_qstr_t module, kl_qstr_t name, size_t n_kw);
void kl_mod_math_check_1(kl_qstr_t module, kl_qstr_t name, size_t n_args, size_t n_kw);
void kl_mod_math_check_n(kl_qstr_t module, kl_qstr_t name, size_t n_args, size_t n_kw, size_t n);
// isclose(a, b, *, rel_tol, abs_tol): the arguments into [v] (4 slots, NULL when absent), with
// CPython's errors; then the tolerances (defaults 1e-09 and 0.0), which must not be negative.
void kl_mod_math_isclose_args(size_t n_args, size_t n_kw, const kl_obj_t *args, kl_obj_t *v);
void kl_mod_math_tolerances(const kl_obj_t *v, double *rel_tol, double *abs_tol);
// ValueError "math domain error" and OverflowError "math range error".
KL_NORETURN void kl_mod_math_domain_error(void);
KL_NORETURN void kl_mod_math_range_error(void);

#endif // KL_INCLUDED_VM_MOD_MATH_H
