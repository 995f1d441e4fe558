// port_config.h of a new port: which parts of the language to build (vm/config.h).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Start at the CORE level (the language and the builtins, no library modules) and raise it to
// BASIC once the REPL works; then switch single KL_CFG_* options off or on to fit the flash.

#ifndef KL_INCLUDED_PORT_CONFIG_H
#define KL_INCLUDED_PORT_CONFIG_H

#ifndef KL_CFG_LEVEL
#define KL_CFG_LEVEL (KL_LEVEL_CORE)
#endif

#endif // KL_INCLUDED_PORT_CONFIG_H
