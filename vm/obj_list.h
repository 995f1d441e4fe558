// vm/obj_list.h: the list type, its sort (shared with sorted()) and the repr recursion guard.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_LIST_H
#define KL_INCLUDED_VM_OBJ_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"

// Append [item] to the list [list] (or the native list of a list subclass instance).
void kl_obj_list_append(kl_obj_t list, kl_obj_t item);
// The items of a list without copying; valid until the list next changes size.
kl_obj_t *kl_obj_list_get_items(kl_obj_t list, size_t *len);
// A new list of the items an iterable yields.
kl_obj_t kl_obj_list_from_iterable(kl_obj_t iterable);
// Append everything [iterable] yields to [list] (exactly a list), as list.extend, list(x) and
// [*x] do: the items of an exact list or tuple copied at once, any other iterable (a list
// subclass too) asked for its length first (kl_obj_list_length_hint, with KL_CFG_LENGTH_HINT),
// then iterated.
void kl_obj_list_extend(kl_obj_t list, kl_obj_t iterable);
// Ask [iterable] for its length as CPython does before copying it into a list: runs a class's
// __len__ and raises what it raises, except TypeError (KL_CFG_LENGTH_HINT: without it, not built).
void kl_obj_list_length_hint(kl_obj_t iterable);
// Reverse the items of [list] in place.
void kl_obj_list_reverse_items(kl_obj_t list);
// Sort [list] in place, stably: by [key](item) when key is not KL_OBJ_NULL/None, descending
// when [reverse]. Comparison errors propagate; the list then holds its items in some order.
// sorted() is kl_obj_list_from_iterable followed by this.
void kl_obj_list_sort(kl_obj_t list, kl_obj_t key, bool reverse);
// list.sort(*, key=None, reverse=False) with its arguments as a call gives them (args[0] the
// list, or for sorted() the iterable [list] was made from): in mod_builtins.c, with the keyword
// parser the other builtins share.
void kl_builtins_sort(kl_obj_t list, size_t n_args, size_t n_kw, const kl_obj_t *args);

// Print [o] with [body], unless [o] is already being printed further up the C stack (a
// container that contains itself), in which case print [placeholder] ("[...]", "{...}").
// Every container type's print uses this, so mixed cycles (a list in a dict in the list) stop.
// Without KL_CFG_REPR_CYCLES there is no guard: [body] runs after a check of the C stack.
void kl_obj_list_print_guarded(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind,
                               void (*body)(const kl_print_t *, kl_obj_t, kl_print_kind_t),
                               const char *placeholder);

#endif // KL_INCLUDED_VM_OBJ_LIST_H
