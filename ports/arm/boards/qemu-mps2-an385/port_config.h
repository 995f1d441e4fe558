// ports/arm/boards/qemu-mps2-an385/port_config.h: the emulated MPS2 board, BASIC level.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The emulated board has megabytes of flash and RAM; the BASIC level is what a Cortex-M4 with
// 512 KiB of flash would run, so CI exercises the common configuration. LEVEL=... on make's
// command line overrides the level for measurements (docs/footprint.md).

#ifndef KL_INCLUDED_PORT_CONFIG_H
#define KL_INCLUDED_PORT_CONFIG_H

#ifndef KL_CFG_LEVEL
#define KL_CFG_LEVEL (KL_LEVEL_BASIC)
#endif

// A program or raw-REPL test file of up to 16 KiB fits in the REPL's buffer.
#define KL_CFG_REPL_INPUT_BYTES (16 * 1024)

// The vector table's external interrupts (ports/arm/startup.c): UART0's receive interrupt,
// IRQ 0, is the only one the board enables.
#define KL_ARM_IRQS (8)

#endif // KL_INCLUDED_PORT_CONFIG_H
