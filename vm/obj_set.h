// vm/obj_set.h: the set and frozenset types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_SET_H
#define KL_INCLUDED_VM_OBJ_SET_H

#include <stdbool.h>

#include "vm/obj.h"

#if KL_CFG_SET
extern const kl_obj_ops_type_t kl_type_set_head;
#define kl_type_set (kl_type_set_head.type)
extern const kl_obj_ops_type_t kl_type_frozenset_head;
#define kl_type_frozenset (kl_type_frozenset_head.type)
#else
// A build without sets (KL_CFG_SET=0) links neither type in. Their names stand for a type at
// address NULL, as KL_TYPE_FLOAT does without floats (vm/obj.h): no object's type and no class's
// base is NULL, so the tests of the rest of the core (vm/obj_type.c, vm/obj.c) for a set never
// match and need no #if. Only the address of either may be taken.
#define kl_type_set (*(const kl_obj_type_t *)NULL)
#define kl_type_frozenset (*(const kl_obj_type_t *)NULL)
#endif

// One slot of a set's hash table: a member and its hash. [key] is NULL in a slot never used
// and KL_SET_DUMMY in a slot whose member was removed (probe chains run through it).
typedef struct _kl_set_entry_t {
    kl_uint_t hash;
    kl_obj_t key;
} kl_set_entry_t;

extern const kl_uint_t kl_set_dummy;
#define KL_SET_DUMMY ((kl_obj_t)&kl_set_dummy)

// A set or frozenset: an open-addressed table laid out as CPython's (vm/obj_set.c), so that
// members iterate in CPython's order.
typedef struct _kl_obj_set_t {
    kl_obj_base_t base;
    uint32_t fill;         // slots holding a member or a dummy
    uint32_t used;         // members
    uint32_t mask;         // slots - 1; the slot count is a power of two, at least 8
    uint32_t finger;       // where pop() starts looking
    kl_set_entry_t *table; // NULL until the first member: then mask + 1 unused slots
} kl_obj_set_t;

// True for a set or a frozenset, or an instance of a class derived from either.
#if KL_CFG_SET
bool kl_obj_is_anyset(kl_obj_t o);
#else
static inline bool kl_obj_is_anyset(kl_obj_t o) {
    (void)o;
    return false;
}
#endif
// A new frozenset of the items [iterable] yields.
kl_obj_t kl_obj_new_frozenset_from_iterable(kl_obj_t iterable);
// A new frozenset with the table another one had: [slots] slots (a power of two), member
// [items][i] in slot [at][i] (a .kbc file's constant, so that it iterates exactly as the one the
// compiler built). KL_OBJ_NULL when no table of this build looks like that: slots taken twice or
// out of range, too full, or a member that a lookup would not find in its slot (the hashes of
// another word size, or an equal member before it on its probe chain).
kl_obj_t kl_obj_new_frozenset_with_layout(size_t slots, size_t n, const uint32_t *at,
                                          const kl_obj_t *items);
// The member of set [set] equal to [key], or KL_OBJ_NULL.
kl_obj_t kl_obj_set_lookup(kl_obj_t set, kl_obj_t key);
// hash() of a frozenset [o] (or of the set with the same members), as CPython computes it.
kl_uint_t kl_obj_set_hash(kl_obj_t o);

// kl_obj_new_set, kl_obj_set_add and kl_obj_set_update are declared in vm/runtime.h.

#endif // KL_INCLUDED_VM_OBJ_SET_H
