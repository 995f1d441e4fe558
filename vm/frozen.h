// vm/frozen.h: Python modules built into the executable (lib/, frozen by vm/gen_frozen.py), as
// .kbc bytecode compiled on the host by kinglet-cross or as source (make FROZEN=source).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_FROZEN_H
#define KL_INCLUDED_VM_FROZEN_H

#include <stddef.h>
#include <stdint.h>

typedef struct _kl_frozen_module_t {
    const char *name;    // dotted: "collections.abc"
    uint8_t is_pkg;      // frozen from a package's __init__.py
    uint8_t is_bytecode; // data is a .kbc file (vm/bcfile.h), else source text
    const char *data;
    size_t len;
} kl_frozen_module_t;

// The frozen module called [name] ([len] bytes), or NULL.
const kl_frozen_module_t *kl_frozen_find(const char *name, size_t len);

#endif // KL_INCLUDED_VM_FROZEN_H
