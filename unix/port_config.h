// unix/port_config.h: the configuration of the unix executable, the full language.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A host has memory to spare, so unix takes the FULL level and widens the REPL's buffers: a
// pasted program or a raw-REPL test file of any practical size fits. Static buffers cost
// nothing on Linux until they are touched. The port adds the modules that need the operating
// system: os (unix/mod_os.c), ffi (unix/mod_ffi.c, calls into C libraries through libffi),
// select (unix/mod_select.c), socket (unix/mod_socket.c) and _machine_stub
// (unix/machine_stub.c), the stub pins behind the machine module.

#ifndef KL_INCLUDED_UNIX_PORT_CONFIG_H
#define KL_INCLUDED_UNIX_PORT_CONFIG_H

#define KL_CFG_LEVEL (KL_LEVEL_FULL)

#define KL_CFG_REPL_INPUT_BYTES (1024 * 1024)
#define KL_CFG_REPL_HISTORY_BYTES (64 * 1024)

// The port's own builtin modules, X(name, init function), added to the table of
// vm/obj_module.c.
// sys.platform, as CPython names the system it runs on.
#if defined(__APPLE__)
#define KL_PORT_PLATFORM "darwin"
#else
#define KL_PORT_PLATFORM "linux"
#endif

#define KL_PORT_BUILTIN_MODULES(X)                                                                 \
    X(os, kl_mod_os_init)                                                                          \
    X(ffi, kl_mod_ffi_init)                                                                        \
    X(select, kl_mod_select_init)                                                                  \
    X(socket, kl_mod_socket_init) X(_machine_stub, kl_mod_machine_stub_init)

#endif // KL_INCLUDED_UNIX_PORT_CONFIG_H
