// board.c of a new port: the few functions of ports/shared/board.h, for your board.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every function here compiles and does nothing useful yet; docs/porting.md says what to put
// in each, in order. The first milestone is board_uart_tx: once it sends, the REPL's banner
// appears. Everything else of vm/hal.h (files, pins, reset) has a weak stub in
// stubs/hal_stubs.c until you define it here.

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"

// In the REPL's banner and sys.platform.
const char board_name[] = "template";

static uint32_t ticks;

// TODO: clocks (the PLL, flash wait states), the UART's pins, baud rate and enable bits, and a
// 1 ms tick interrupt (SysTick on Cortex-M, the machine timer on RISC-V) that increments ticks.
void board_init(void) {
}

// TODO: wait while the UART's transmit register is full, then write [byte] to it.
void board_uart_tx(uint8_t byte) {
    (void)byte;
}

// TODO: the received byte if the UART holds one, else -1. A board with a receive interrupt
// calls kl_port_console_received(byte) from it instead (then Ctrl-C interrupts programs) and
// returns -1 here.
int board_uart_rx(void) {
    return -1;
}

uint32_t board_ticks_ms(void) {
    return ticks;
}

// TODO: finer than milliseconds, from the tick timer's counter.
uint32_t board_ticks_us(void) {
    return ticks * 1000u;
}

// Called while there is no input. `wfi` saves power once an interrupt (the tick) wakes the
// core; before the tick runs, leave it empty.
void board_idle(void) {
    ticks++; // stands in for the tick interrupt, so time.sleep() ends
}

// SystemExit at the REPL: a real board returns and the REPL soft-resets.
void board_exit(int code) {
    (void)code;
}
