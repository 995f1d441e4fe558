// vm/bcfile.h: precompiled bytecode files (.kbc), written by kinglet-cross and run by import.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// docs/bytecode-format.md describes the layout. The loader verifies everything it reads, so a
// file from anywhere may be passed to it: a bad one raises ValueError and never crashes.

#ifndef KL_INCLUDED_VM_BCFILE_H
#define KL_INCLUDED_VM_BCFILE_H

#include "vm/obj.h"

// The first four bytes of every file: 0xff never starts UTF-8 text, so a source file is never
// taken for a bytecode file.
#define KL_BCFILE_MAGIC                                                                            \
    "\xff"                                                                                         \
    "KBC"
// Bumped whenever the layout or the meaning of an opcode changes.
#define KL_BCFILE_VERSION (2)

#if KL_CFG_BYTECODE_FILES
// The bytes of a .kbc file holding [code] (a module's code object, with everything it nests).
kl_obj_t kl_bcfile_save(kl_obj_t code);
// The code object in the .kbc file [data]; raises ValueError("invalid bytecode file: ...").
kl_obj_t kl_bcfile_load(const uint8_t *data, size_t len);
// Whether [data] starts like a .kbc file (the magic number).
bool kl_bcfile_is(const void *data, size_t len);
#endif

#endif // KL_INCLUDED_VM_BCFILE_H
