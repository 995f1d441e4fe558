// ports/shared/board.h: what each bare-metal board gives the shared main and console.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// ports/shared/main.c and ports/shared/console.c are the same on every board: they start the
// interpreter on the RAM the linker script left over and run the REPL on the UART. A board
// (ports/<arch>/boards/<board>/board.c) supplies the few functions below; the kl_hal_*
// functions it has beyond them (pins, unique id) it defines itself, and the weak stubs of
// stubs/hal_stubs.c cover the rest.

#ifndef KL_INCLUDED_PORTS_SHARED_BOARD_H
#define KL_INCLUDED_PORTS_SHARED_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/config.h"

// Whether anything reads the clock: only the time and random modules do (through kl_hal_ticks_*
// and kl_hal_delay_ms). Without them a board keeps no tick count and leaves its tick interrupt
// off, which also spares an idle board a wake-up every millisecond; board_ticks_ms and
// board_ticks_us, and the kl_hal_ functions over them, are then not defined (the weak stubs of
// stubs/hal_stubs.c, which read 0, stand in; no code at that level calls them).
#define BOARD_CLOCK (KL_CFG_MODULE_TIME || KL_CFG_MODULE_RANDOM)

// Clocks, the UART and the tick timer; called once, before anything else, with .data and .bss
// already set up by the startup code.
void board_init(void);
// Send one byte, waiting while the UART is busy.
void board_uart_tx(uint8_t byte);
// A received byte, or -1 when none is waiting (never blocks).
int board_uart_rx(void);
#if BOARD_CLOCK
// Milliseconds since board_init, counted by the tick interrupt.
uint32_t board_ticks_ms(void);
// Microseconds since board_init (wrapping at 2**32).
uint32_t board_ticks_us(void);
#endif
// Wait for an interrupt (wfi), or return at once; called while the console has no input. A board
// whose receive interrupt fills the console's ring masks interrupts, returns at once if
// kl_port_console_pending() (ports/shared/console.h), and only then waits: otherwise a byte
// received between the console's look and the wfi would wait for the next interrupt, which
// with no tick to come never arrives.
void board_idle(void);
// The program ended the REPL with SystemExit([code]). Under an emulator the board leaves it
// with that status (the CI's verdict); a real board returns, and the REPL soft-resets.
void board_exit(int code);
// The platform name in the REPL's banner and sys.platform ("mps2-an385").
extern const char board_name[];

// Linker script symbols (ports/<arch>/*.ld): the RAM left for the heap and the C stack.
extern char _heap_start[];
extern char _heap_end[];
extern char _stack_top[];
extern char _stack_bottom[];

#endif // KL_INCLUDED_PORTS_SHARED_BOARD_H
