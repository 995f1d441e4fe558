// ports/riscv/boards/qemu-virt-rv32/board.c: the NS16550 UART, CLINT timer and test device.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// QEMU's virt machine: an NS16550A UART at 0x10000000 (the console, connected to -serial), the
// CLINT's 64-bit mtime counting at 10 MHz, and the sifive_test device at 0x100000, through
// which the firmware ends QEMU with an exit status.
//
// Receiving is interrupt-driven, so Ctrl-C reaches a running program as KeyboardInterrupt: the
// UART raises its "data ready" interrupt (IER bit 0), the PLIC routes source 10 to hart 0's
// machine context, and machine_trap drains the receive FIFO into the shared console's ring.
// board_idle arms the timer compare 1 ms ahead and sleeps in wfi; the timer interrupt that
// wakes it is taken too, and only pushes the compare back out. Exceptions (a fault in the
// firmware) still end in a loop, as before the board took interrupts.

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/hal.h"

#define UART_BASE (0x10000000u)
#define UART_RBR (*(volatile uint8_t *)(UART_BASE + 0)) // read: received byte
#define UART_THR (*(volatile uint8_t *)(UART_BASE + 0)) // write: byte to send
#define UART_IER (*(volatile uint8_t *)(UART_BASE + 1)) // bit 0: received data interrupt
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

// The PLIC: a priority per source, then for context 0 (hart 0, machine mode) an enable bit per
// source, a priority threshold and the claim / complete register.
#define PLIC_BASE (0x0c000000u)
#define PLIC_PRIORITY(source) (*(volatile uint32_t *)(PLIC_BASE + 4u * (source)))
#define PLIC_ENABLE0 (*(volatile uint32_t *)(PLIC_BASE + 0x2000u))
#define PLIC_THRESHOLD0 (*(volatile uint32_t *)(PLIC_BASE + 0x200000u))
#define PLIC_CLAIM0 (*(volatile uint32_t *)(PLIC_BASE + 0x200004u))
#define UART_IRQ (10u)

#define MCAUSE_INTERRUPT (0x80000000u)
#define MCAUSE_TIMER (7u)
#define MCAUSE_EXTERNAL (11u)
#define MIE_MTIE (1u << 7)
#define MIE_MEIE (1u << 11)
#define MSTATUS_MIE (1u << 3)

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

// mtvec's direct mode needs the handler on a 4-byte boundary; compressed code may be on 2.
void machine_trap(void) __attribute__((interrupt("machine"), aligned(4)));
void machine_trap(void) {
    uint32_t cause;
    __asm__ volatile("csrr %0, mcause" : "=r"(cause));
    if (!(cause & MCAUSE_INTERRUPT)) {
        for (;;) {
        }
    }
    cause &= ~MCAUSE_INTERRUPT;
    if (cause == MCAUSE_TIMER) {
        CLINT_MTIMECMP_HI = 0xffffffffu; // woke board_idle's wfi; nothing more to do
    } else if (cause == MCAUSE_EXTERNAL) {
        uint32_t source = PLIC_CLAIM0;
        if (source == UART_IRQ) {
            while (UART_LSR & LSR_DATA_READY) {
                kl_port_console_received(UART_RBR);
            }
        }
        PLIC_CLAIM0 = source;
    }
}

void board_init(void) {
    // The 4 MiB that stand in for flash are RAM here, so a write there would go unnoticed where
    // real flash would fault or ignore it. PMP entry 0 makes them read-only and executable
    // (naturally aligned, locked so that it binds machine mode too): code frozen into flash
    // (FROZEN_MODE=flash), its constants and every other const table must never be written, and
    // a write now stops the board in machine_trap, which ci/qemu-repl sees as a board that no
    // longer answers. A soft reset runs this again; the locked entry ignores the writes.
    __asm__ volatile("csrw pmpaddr0, %0" ::"r"((0x80000000u >> 2) | ((4u << 20) / 8u - 1u)));
    __asm__ volatile("csrw pmpcfg0, %0" ::"r"(0x80u | 0x18u | 0x04u | 0x01u)); // L NAPOT X R
    UART_LCR = 0x03; // 8 data bits, no parity, 1 stop bit (and the divisor latch off)
    UART_FCR = 0x01; // FIFOs on
    CLINT_MTIMECMP_HI = 0xffffffffu;
    PLIC_PRIORITY(UART_IRQ) = 1;
    PLIC_THRESHOLD0 = 0;
    PLIC_ENABLE0 = 1u << UART_IRQ;
    UART_IER = 0x01;
    __asm__ volatile("csrw mtvec, %0" ::"r"(&machine_trap));
    __asm__ volatile("csrs mie, %0" ::"r"(MIE_MTIE | MIE_MEIE));
    __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MIE));
}

void board_uart_tx(uint8_t byte) {
    while (!(UART_LSR & LSR_THR_EMPTY)) {
    }
    UART_THR = byte;
}

int board_uart_rx(void) {
    return -1; // everything arrives through machine_trap
}

uint32_t board_ticks_ms(void) {
    return (uint32_t)(mtime() / (MTIME_HZ / 1000u));
}

uint32_t board_ticks_us(void) {
    return (uint32_t)(mtime() / (MTIME_HZ / 1000000u));
}

void board_idle(void) {
    // Masked from the look at the ring to the wfi (ports/shared/board.h): wfi still ends for an
    // interrupt pending in mip, which is taken when MIE is set again.
    __asm__ volatile("csrc mstatus, %0" ::"r"(MSTATUS_MIE) : "memory");
    if (!kl_port_console_pending()) {
        uint64_t when = mtime() + MTIME_HZ / 1000u;
        // The high word first, to all ones, so the compare never matches half-written.
        CLINT_MTIMECMP_HI = 0xffffffffu;
        CLINT_MTIMECMP_LO = (uint32_t)when;
        CLINT_MTIMECMP_HI = (uint32_t)(when >> 32);
        __asm__ volatile("wfi");
    }
    __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MIE) : "memory");
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
