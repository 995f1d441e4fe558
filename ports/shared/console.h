// ports/shared/console.h: what a board's interrupt handlers tell the shared console.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_PORTS_SHARED_CONSOLE_H
#define KL_INCLUDED_PORTS_SHARED_CONSOLE_H

#include <stdbool.h>
#include <stdint.h>

// A byte arrived on the UART: called from the receive interrupt of a board that has one. The
// interrupt character (Ctrl-C) raises KeyboardInterrupt in the running program instead of
// being queued (while the REPL reads input it is queued like other bytes); bytes wait in a
// ring for kl_hal_stdin_read_byte. A board without a
// receive interrupt returns its bytes from board_uart_rx instead.
void kl_port_console_received(uint8_t byte);

// Whether received bytes wait in the ring. A board's board_idle asks it with interrupts masked,
// just before its wfi: a byte that arrived after the console last looked is then either seen
// here or still pending as an interrupt, which ends the wfi at once (a masked interrupt still
// wakes the core on Cortex-M and RISC-V) and runs when the board unmasks.
bool kl_port_console_pending(void);

// Whether LF goes out as CR LF (while code runs) or as it is (while the REPL reads input);
// the REPL's input_begin / input_end hooks switch it (ports/shared/main.c).
void kl_port_console_cooked(bool cooked);

#endif // KL_INCLUDED_PORTS_SHARED_CONSOLE_H
