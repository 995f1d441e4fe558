// ports/arm/boards/qemu-mps2-an385/board.c: UART0, SysTick and semihosting exit of the MPS2.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The AN385 FPGA image runs a Cortex-M3 at 25 MHz with CMSDK peripherals: UART0 at 0x40004000
// is the console (QEMU connects it to -serial), SysTick counts milliseconds (BOARD_CLOCK). There
// are no clocks to set up. Receiving is interrupt-driven (UART0 RX is IRQ 0), so Ctrl-C reaches a
// running program as KeyboardInterrupt and the CPU sleeps (wfi) while it waits for input.

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"

#define SYSCLK_HZ (25000000u)

// CMSDK APB UART.
typedef struct {
    volatile uint32_t data;
    volatile uint32_t state; // bit 0: TX full, bit 1: RX full
    volatile uint32_t ctrl;  // bit 0: TX enable, bit 1: RX enable, bit 3: RX interrupt
    volatile uint32_t intstatus;
    volatile uint32_t bauddiv;
} cmsdk_uart_t;
#define UART0 ((cmsdk_uart_t *)0x40004000u)

// SysTick and the NVIC.
#define SYST_CSR (*(volatile uint32_t *)0xe000e010u)
#define SYST_RVR (*(volatile uint32_t *)0xe000e014u)
#define SYST_CVR (*(volatile uint32_t *)0xe000e018u)
#define NVIC_ISER0 (*(volatile uint32_t *)0xe000e100u)

// The MPU (PMSAv7): region number, base and attributes, control.
#define MPU_CTRL (*(volatile uint32_t *)0xe000ed94u)
#define MPU_RNR (*(volatile uint32_t *)0xe000ed98u)
#define MPU_RBAR (*(volatile uint32_t *)0xe000ed9cu)
#define MPU_RASR (*(volatile uint32_t *)0xe000eda0u)

const char board_name[] = "mps2-an385";

#if BOARD_CLOCK
static volatile uint32_t ticks_ms;

void systick_handler(void);
void systick_handler(void) {
    ticks_ms++;
}
#endif

void irq0_handler(void);
void irq0_handler(void) {
    // Cleared first: a byte that arrives while the loop drains raises the interrupt again
    // rather than waiting, unseen, in the data register.
    UART0->intstatus = 2u;
    while (UART0->state & 2u) {
        kl_port_console_received((uint8_t)UART0->data);
    }
}

void board_init(void) {
    // This board's "flash" is RAM that QEMU loads the image into, so a write there would go
    // unnoticed where real flash would fault or ignore it. The MPU makes its 4 MiB read-only
    // (AP 0b110) for every access: code frozen into flash (FROZEN_MODE=flash), its constants and
    // every other const table must never be written, and a write now stops the board in
    // default_handler, which ci/qemu-repl sees as a board that no longer answers. Everything
    // else keeps the default memory map (PRIVDEFENA).
    MPU_RNR = 0;
    MPU_RBAR = 0x00000000u;
    MPU_RASR = (6u << 24) | (1u << 17) | (21u << 1) | 1u; // read-only, cacheable, 2^22 bytes
    MPU_CTRL = 1u | 4u;                                   // enable, default map elsewhere
    __asm__ volatile("dsb\n\tisb" ::: "memory");
    UART0->bauddiv = SYSCLK_HZ / 115200u;
    UART0->ctrl = 1u | 2u | 8u;
    // QEMU's model of this UART asks its character device for input only when the data register
    // is read: input that came while the receiver was still off (at power-up, when QEMU looked
    // last) would wait for some other event to wake QEMU's main loop, and with no tick there is
    // none. One read of the empty register, harmless on the FPGA, makes it look again.
    (void)UART0->data;
    NVIC_ISER0 = 1u << 0;
#if BOARD_CLOCK
    SYST_RVR = SYSCLK_HZ / 1000u - 1u;
    SYST_CVR = 0;
    SYST_CSR = 7u; // processor clock, interrupt, enable
#endif
}

void board_uart_tx(uint8_t byte) {
    while (UART0->state & 1u) {
    }
    UART0->data = byte;
}

int board_uart_rx(void) {
    return -1; // everything arrives through irq0_handler
}

#if BOARD_CLOCK
uint32_t board_ticks_ms(void) {
    return ticks_ms;
}

uint32_t board_ticks_us(void) {
    // Read the millisecond count on both sides of the counter, to catch a tick in between.
    uint32_t ms;
    uint32_t cvr;
    do {
        ms = ticks_ms;
        cvr = SYST_CVR;
    } while (ms != ticks_ms);
    return ms * 1000u + (SYST_RVR - cvr) / (SYSCLK_HZ / 1000000u);
}
#endif

void board_idle(void) {
    // Masked from the look at the ring to the wfi (ports/shared/board.h); the UART's interrupt
    // runs at cpsie.
    __asm__ volatile("cpsid i" ::: "memory");
    if (!kl_port_console_pending()) {
        __asm__ volatile("wfi");
    }
    __asm__ volatile("cpsie i" ::: "memory");
}

// Semihosting SYS_EXIT_EXTENDED: QEMU ends with [code] as its exit status.
void board_exit(int code) {
    uint32_t block[2] = {0x20026u, (uint32_t)code}; // ADP_Stopped_ApplicationExit
    register uint32_t r0 __asm__("r0") = 0x20u;
    register uint32_t r1 __asm__("r1") = (uint32_t)(uintptr_t)block;
    __asm__ volatile("bkpt #0xab" : "+r"(r0) : "r"(r1) : "memory");
}
