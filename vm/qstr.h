// vm/qstr.h: interned strings, named by a small integer.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Names (of variables, attributes, methods, modules) are compared far more often than they are
// created, so each distinct name is stored once and referred to by its index, a qstr. Comparing
// two names is comparing two integers, and a qstr fits in the immediate encoding of kl_obj_t.
//
// The names the core and the ports use are known at build time: vm/gen_qstr.py collects every
// KL_QSTR_name written in the sources (plus vm/qstrdefs.def, for names that are not C
// identifiers such as "<module>") and generates a const table with their hashes and lengths, so
// on a board they cost flash, not RAM. Names first seen at run time (identifiers in a program)
// are appended to pools on the GC heap, reachable from the state's roots.

#ifndef KL_INCLUDED_VM_QSTR_H
#define KL_INCLUDED_VM_QSTR_H

#include <stddef.h>
#include <stdint.h>

typedef size_t kl_qstr_t;

enum {
#define QDEF(id, hash, len, str) id,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
    KL_QSTR_NUM_STATIC,
};

// Second names of a text that has an entry already: the same number (vm/gen_qstr.py).
enum {
#define QDEF(id, hash, len, str)
#define QALIAS(id, same) id = same,
#include "genhdr/qstrdefs.generated.h"
#undef QALIAS
#undef QDEF
    KL_QSTR_ALIASES_END
};

// The hash of [len] bytes at [data]: the same function for qstrs and str objects, so the two
// meet in dict lookups.
uint32_t kl_qstr_compute_hash(const char *data, size_t len);

// The qstr for [len] bytes at [str]; interns a copy when it is new. Raises MemoryError.
kl_qstr_t kl_qstr_from_strn(const char *str, size_t len);
kl_qstr_t kl_qstr_from_str(const char *str);
// The qstr for these bytes if it is already interned, else KL_QSTR_NULL.
kl_qstr_t kl_qstr_find_strn(const char *str, size_t len);
const char *kl_qstr_str(kl_qstr_t q);
size_t kl_qstr_len(kl_qstr_t q);
uint32_t kl_qstr_hash(kl_qstr_t q);
const char *kl_qstr_data(kl_qstr_t q, size_t *len);
size_t kl_qstr_count(void);

#endif // KL_INCLUDED_VM_QSTR_H
