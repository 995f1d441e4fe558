// fuzz/port_config.h: the configuration of the fuzzing harnesses (fuzz/fuzz_*.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The full language, as unix builds it, minus what would let an input escape the harness:
// there is no os or ffi module (fuzz/hal.c has no file system either), and no kinglet module,
// whose set_instruction_budget(0) would lift the budget the harness sets. The limits are
// small so that a hostile input fails fast: the REPL's buffers are a few kilobytes (an input
// overflows them easily, which is a path worth fuzzing) and a regular expression gets a
// million backtracking steps instead of fifty million.

#ifndef KL_INCLUDED_FUZZ_PORT_CONFIG_H
#define KL_INCLUDED_FUZZ_PORT_CONFIG_H

#define KL_CFG_LEVEL (KL_LEVEL_FULL)

#define KL_CFG_MODULE_KINGLET (0)
// machine.mem32[addr] reads any address by design: a finding on every input that uses it.
#define KL_CFG_MODULE_MACHINE (0)
#define KL_CFG_REPL_INPUT_BYTES (4 * 1024)
#define KL_CFG_REPL_HISTORY_BYTES (512)
#define KL_CFG_RE_STEP_LIMIT (1000000)

#endif // KL_INCLUDED_FUZZ_PORT_CONFIG_H
