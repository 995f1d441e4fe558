// ports/riscv/boards/qemu-virt-rv32/board.c: the NS16550 UART, CLINT timer and test device.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// QEMU's virt machine: an NS16550A UART at 0x10000000 (the console, connected to -serial), the
// CLINT's 64-bit mtime counting at 10 MHz, and the sifive_test device at 0x100000, through
// which the firmware ends QEMU with an exit status. Everything is polled; board_idle arms the
// timer compare for 1 ms ahead and sleeps in wfi until it fires (mie.MTIE is set but
// mstatus.MIE is not, so the interrupt wakes the hart without trapping).

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/hal.h"

#define UART_BASE (0x10000000u)
#define UART_RBR (*(volatile uint8_t *)(UART_BASE + 0)) // read: received byte
#define UART_THR (*(volatile uint8_t *)(UART_BASE + 0)) // write: byte to send
#define UART_FCR (*(volatile uint8_t *)(UART_BASE + 2))
#define UART_LCR (*(volatile uint8_t *)(UART_BASE + 3))
#define UART_LSR (*(volatile uint8_t *)(UART_BASE + 5))
#define LSR_DATA_READY (0x01u)
#define LSR_THR_EMPTY (0x20u)

#define CLINT_MTIMECMP_LO (*(volatile uint32_t *)0x02004000u)
#define CLINT_MTIMECMP_HI (*(volatile uint32_t *)0x02004004u)
#define CLINT_MTIME_LO (*(volatile uint32_t *)0x0200bff8u)
#define CLINT_MTIME_HI (*(volatile uint32_t *)0x0200bffcu)
#define MTIME_HZ (10000000u)

#define SIFIVE_TEST (*(volatile uint32_t *)0x00100000u)

const char board_name[] = "qemu-virt-rv32";

static uint64_t mtime(void) {
    uint32_t hi;
    uint32_t lo;
    do {
        hi = CLINT_MTIME_HI;
        lo = CLINT_MTIME_LO;
    } while (hi != CLINT_MTIME_HI);
    return (uint64_t)hi << 32 | lo;
}

void board_init(void) {
    UART_LCR = 0x03; // 8 data bits, no parity, 1 stop bit
    UART_FCR = 0x01; // FIFOs on
    CLINT_MTIMECMP_HI = 0xffffffffu;
    __asm__ volatile("csrs mie, %0" ::"r"(1u << 7)); // MTIE: the timer may wake wfi
}

void board_uart_tx(uint8_t byte) {
    while (!(UART_LSR & LSR_THR_EMPTY)) {
    }
    UART_THR = byte;
}

int board_uart_rx(void) {
    return UART_LSR & LSR_DATA_READY ? UART_RBR : -1;
}

uint32_t board_ticks_ms(void) {
    return (uint32_t)(mtime() / (MTIME_HZ / 1000u));
}

uint32_t board_ticks_us(void) {
    return (uint32_t)(mtime() / (MTIME_HZ / 1000000u));
}

void board_idle(void) {
    uint64_t when = mtime() + MTIME_HZ / 1000u;
    // The high word first, to all ones, so the compare never matches half-written.
    CLINT_MTIMECMP_HI = 0xffffffffu;
    CLINT_MTIMECMP_LO = (uint32_t)when;
    CLINT_MTIMECMP_HI = (uint32_t)(when >> 32);
    __asm__ volatile("wfi");
}

void board_exit(int code) {
    // 0x5555: pass (status 0); 0x3333 with the status in the high half: fail with it.
    SIFIVE_TEST = code == 0 ? 0x5555u : (uint32_t)code << 16 | 0x3333u;
}

// machine.reset(): the test device resets the whole machine with 0x7777.
void kl_hal_reset(void) {
    SIFIVE_TEST = 0x7777u;
    for (;;) {
    }
}
