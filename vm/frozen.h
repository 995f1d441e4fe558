// vm/frozen.h: Python modules built into the executable (lib/, frozen by vm/gen_frozen.py), as
// .kbc bytecode compiled on the host by kinglet-cross, as source (make FROZEN=source) or, on a
// board, as code objects in flash (FROZEN_MODE=flash, mk/port.mk).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_FROZEN_H
#define KL_INCLUDED_VM_FROZEN_H

#include <stddef.h>
#include <stdint.h>

// What a frozen module's data is.
#define KL_FROZEN_SOURCE (0)
#define KL_FROZEN_BYTECODE (1) // a .kbc file (vm/bcfile.h)
#define KL_FROZEN_CODE (2)     // the module's kl_obj_code_t itself, const, run in place

typedef struct _kl_frozen_module_t {
    const char *name; // dotted: "collections.abc"
    uint8_t is_pkg;   // frozen from a package's __init__.py
    uint8_t kind;     // KL_FROZEN_*
    const char *data;
    size_t len;
} kl_frozen_module_t;

// The frozen module called [name] ([len] bytes), or NULL.
const kl_frozen_module_t *kl_frozen_find(const char *name, size_t len);

#endif // KL_INCLUDED_VM_FROZEN_H
