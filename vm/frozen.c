// vm/frozen.c: the table of Python modules frozen into the image.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Parts of the library are simplest in Python (typing, dataclasses, enum...). They live in
// lib/, and the build compiles each file the port's manifest names (unix/frozen.txt) with the
// host's kinglet-cross and turns the .kbc bytes into a const array in a generated header, so
// they cost flash but no file system, and a board never parses or compiles them; the importer
// (vm/obj_module.c) loads one through the verifying .kbc loader when a program first imports it,
// after looking in the directories of sys.path, so a program's own module of the same name wins,
// as a script's directory comes before the standard library in CPython. `make FROZEN=source`
// stores the source text instead (compiled at import), for a target that host bytecode does not
// fit. A board built with FROZEN_MODE=flash (mk/port.mk) gets the modules' code objects
// themselves as const data (vm/gen_frozen.py --flash): the importer runs them where they lie, so
// an import allocates only the module and what its code creates.

#include <string.h>

#include "vm/config.h"
#include "vm/frozen.h"

#if KL_CFG_FROZEN

#include "genhdr/frozen.generated.h"

#if FROZEN_BYTECODE && !KL_CFG_BYTECODE_FILES
#error "frozen bytecode needs the .kbc loader (KL_CFG_BYTECODE_FILES): build with FROZEN=source"
#endif

const kl_frozen_module_t *kl_frozen_find(const char *name, size_t len) {
    for (const kl_frozen_module_t *m = frozen_modules; m->name != NULL; m++) {
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0) {
            return m;
        }
    }
    return NULL;
}

#else

const kl_frozen_module_t *kl_frozen_find(const char *name, size_t len) {
    (void)name;
    (void)len;
    return NULL;
}

#endif // KL_CFG_FROZEN
