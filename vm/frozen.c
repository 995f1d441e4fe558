// vm/frozen.c: the table of Python modules frozen into the image.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Parts of the library are simplest in Python (typing, dataclasses, enum...). They live in
// lib/, and the build turns each file into a const string in a generated header, so they cost
// flash but no file system; the importer (vm/obj_module.c) compiles one when a program first
// imports it, after looking in the directories of sys.path, so a program's own module of the
// same name wins, as a script's directory comes before the standard library in CPython.

#include <string.h>

#include "vm/config.h"
#include "vm/frozen.h"

#if KL_CFG_FROZEN

#include "genhdr/frozen.generated.h"

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
