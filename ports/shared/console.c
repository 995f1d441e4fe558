// ports/shared/console.c: the console and clock functions of vm/hal.h over a board's UART.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// While code runs, LF goes out as CR LF, as a terminal expects; while the REPL reads input it
// writes CR LF itself, and a raw-REPL program's output goes out byte for byte, because the
// tool at the other end compares it (vm/repl.h). Input arrives either through the board's
// receive interrupt into a ring (kl_port_console_received), or by polling board_uart_rx; the
// board idles (wfi) while there is none.

#include <stdbool.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/repl.h"

// The REPL is reading input: not cooked. Kept the other way round so that it starts false, in
// .bss, rather than costing flash for its initial value in .data.
static bool reading;

void kl_port_console_cooked(bool on) {
    reading = !on;
}

// A power of two. Written by the interrupt handler only at [head], read by the REPL only at
// [tail]; a byte that finds the ring full is dropped (a paste faster than the REPL reads, which
// the raw-paste protocol's flow control prevents).
#define RING_BYTES (256u)
static volatile uint8_t ring[RING_BYTES];
static volatile uint32_t ring_head;
static volatile uint32_t ring_tail;

void kl_port_console_received(uint8_t byte) {
    // While code runs (cooked), the interrupt character raises KeyboardInterrupt and is gone,
    // as SIGINT is on unix; while the REPL reads input it is a byte like any other, which
    // cancels the line.
    if (!reading && (int)byte == kl_kbd_intr_char()) {
        kl_interrupt();
        return;
    }
    if (ring_head - ring_tail < RING_BYTES) {
        ring[ring_head % RING_BYTES] = byte;
        ring_head++;
    }
}

bool kl_port_console_pending(void) {
    return ring_tail != ring_head;
}

void kl_hal_stdout_write(const char *str, size_t len) {
    bool crlf = !reading && !kl_repl_raw_active();
    for (size_t i = 0; i < len; i++) {
        if (str[i] == '\n' && crlf) {
            board_uart_tx('\r');
        }
        board_uart_tx((uint8_t)str[i]);
    }
}

void kl_hal_stderr_write(const char *str, size_t len) {
    kl_repl_redirect_stderr();
    kl_hal_stdout_write(str, len);
}

int kl_hal_stdin_read_byte(void) {
    for (;;) {
        if (ring_tail != ring_head) {
            uint8_t c = ring[ring_tail % RING_BYTES];
            ring_tail++;
            return c;
        }
        int c = board_uart_rx();
        if (c >= 0) {
            return c;
        }
        board_idle();
    }
}

#if BOARD_CLOCK
uint32_t kl_hal_ticks_ms(void) {
    return board_ticks_ms();
}

uint32_t kl_hal_ticks_us(void) {
    return board_ticks_us();
}

void kl_hal_delay_ms(uint32_t ms) {
    uint32_t start = board_ticks_ms();
    while (board_ticks_ms() - start < ms) {
        board_idle();
    }
}
#endif

void kl_hal_fatal(const char *msg) {
    static const char prefix[] = "kinglet: fatal error: ";
    kl_port_console_cooked(false);
    kl_hal_stdout_write(prefix, sizeof(prefix) - 1);
    size_t n = 0;
    while (msg[n] != '\0') {
        n++;
    }
    kl_hal_stdout_write(msg, n);
    kl_hal_stdout_write("\r\n", 2);
    board_exit(134);
    for (;;) {
    }
}
