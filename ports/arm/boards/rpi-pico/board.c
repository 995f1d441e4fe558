// ports/arm/boards/rpi-pico/board.c: clocks, UART0 and the timer of the Raspberry Pi Pico.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Clocks: the 12 MHz crystal oscillator (XOSC) drives clk_ref and the system PLL (VCO
// 1500 MHz = 12 MHz x 125, post dividers 6 and 2) for a 125 MHz clk_sys; clk_peri, which
// clocks the UART, follows clk_sys. The watchdog's tick divides clk_ref by 12 for the 1 MHz
// count of the 64-bit TIMER, which gives both tick counters without an interrupt. The console
// is UART0 on GP0 (TX, pin 1) and GP1 (RX, pin 2), 115200 8N1. Receiving is interrupt-driven
// (UART0 is IRQ 20; the PL011 raises it when its FIFO fills to the trigger level or, for a
// byte or two, when the line has been idle for 32 bit times), so Ctrl-C reaches a running
// program as KeyboardInterrupt. The LED is GP25 (pin 25 of the machine module, or "LED");
// pins are GP0-GP29 through the SIO.

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/hal.h"

#define REG(addr) (*(volatile uint32_t *)(addr))
// Atomic register aliases: +0x2000 sets bits, +0x3000 clears them.
#define SET(addr) REG((addr) + 0x2000u)
#define CLR(addr) REG((addr) + 0x3000u)

#define RESETS_RESET (0x4000c000u)
#define RESETS_DONE (0x4000c008u)
#define RESET_IO_BANK0 (1u << 5)
#define RESET_PADS_BANK0 (1u << 8)
#define RESET_PLL_SYS (1u << 12)
#define RESET_TIMER (1u << 21)
#define RESET_UART0 (1u << 22)

#define XOSC_CTRL (0x40024000u)
#define XOSC_STATUS (0x40024004u)
#define XOSC_STARTUP (0x4002400cu)

#define CLK_REF_CTRL (0x40008030u)
#define CLK_REF_SELECTED (0x40008038u)
#define CLK_SYS_CTRL (0x4000803cu)
#define CLK_SYS_SELECTED (0x40008044u)
#define CLK_PERI_CTRL (0x40008048u)

#define PLL_SYS_CS (0x40028000u)
#define PLL_SYS_PWR (0x40028004u)
#define PLL_SYS_FBDIV (0x40028008u)
#define PLL_SYS_PRIM (0x4002800cu)

#define WATCHDOG_TICK (0x4005802cu)
#define TIMER_RAWH (0x40054024u)
#define TIMER_RAWL (0x40054028u)

#define UART0_DR (0x40034000u)
#define UART0_FR (0x40034018u)
#define UART0_IBRD (0x40034024u)
#define UART0_FBRD (0x40034028u)
#define UART0_LCR_H (0x4003402cu)
#define UART0_CR (0x40034030u)
#define UART0_IMSC (0x40034038u)
#define UART0_ICR (0x40034044u)
#define UART_RX_INTERRUPTS ((1u << 4) | (1u << 6)) // RXIM: FIFO level, RTIM: receive timeout
#define UART0_IRQ (20u)
_Static_assert(UART0_IRQ < KL_ARM_IRQS, "the vector table holds the UART0 interrupt");
#define NVIC_ISER0 (0xe000e100u)

#define IO_BANK0_CTRL(pin) (0x40014004u + 8u * (uint32_t)(pin))
#define PADS_BANK0(pin) (0x4001c004u + 4u * (uint32_t)(pin))
#define SIO_GPIO_IN (0xd0000004u)
#define SIO_GPIO_OUT_SET (0xd0000014u)
#define SIO_GPIO_OUT_CLR (0xd0000018u)
#define SIO_GPIO_OE_SET (0xd0000024u)
#define SIO_GPIO_OE_CLR (0xd0000028u)

#define FUNC_UART (2u)
#define FUNC_SIO (5u)
#define PIN_COUNT (30)

const char board_name[] = "rpi-pico";

static void clock_init(void) {
    // XOSC: 1-15 MHz range, about 1 ms of start-up delay (in units of 256 cycles).
    REG(XOSC_CTRL) = 0xaa0u;
    REG(XOSC_STARTUP) = 47u;
    SET(XOSC_CTRL) = 0xfabu << 12;
    while (!(REG(XOSC_STATUS) & (1u << 31))) {
    }
    // clk_ref from the XOSC, clk_sys from clk_ref while the PLL starts.
    REG(CLK_REF_CTRL) = 2u;
    while (!(REG(CLK_REF_SELECTED) & (1u << 2))) {
    }
    REG(CLK_SYS_CTRL) = 0u;
    while (!(REG(CLK_SYS_SELECTED) & 1u)) {
    }
    SET(RESETS_RESET) = RESET_PLL_SYS;
    CLR(RESETS_RESET) = RESET_PLL_SYS;
    while (!(REG(RESETS_DONE) & RESET_PLL_SYS)) {
    }
    REG(PLL_SYS_CS) = 1u; // reference divider 1
    REG(PLL_SYS_FBDIV) = 125u;
    CLR(PLL_SYS_PWR) = (1u << 0) | (1u << 5); // PD, VCOPD
    while (!(REG(PLL_SYS_CS) & (1u << 31))) {
    }
    REG(PLL_SYS_PRIM) = (6u << 16) | (2u << 12);
    CLR(PLL_SYS_PWR) = 1u << 3; // POSTDIVPD
    // clk_sys from the PLL (the auxiliary source 0), then clk_peri from clk_sys.
    REG(CLK_SYS_CTRL) = 1u;
    while (!(REG(CLK_SYS_SELECTED) & 2u)) {
    }
    REG(CLK_PERI_CTRL) = 1u << 11;
    // The timer's 1 MHz tick.
    REG(WATCHDOG_TICK) = (1u << 9) | 12u;
}

void board_init(void) {
    clock_init();
    uint32_t blocks = RESET_IO_BANK0 | RESET_PADS_BANK0 | RESET_TIMER | RESET_UART0;
    CLR(RESETS_RESET) = blocks;
    while ((REG(RESETS_DONE) & blocks) != blocks) {
    }
    // 125 MHz / (16 x 115200) = 67.817: 67 and 52/64.
    REG(UART0_IBRD) = 67u;
    REG(UART0_FBRD) = 52u;
    REG(UART0_LCR_H) = (3u << 5) | (1u << 4); // 8 bits, FIFOs
    REG(UART0_CR) = (1u << 9) | (1u << 8) | 1u;
    REG(IO_BANK0_CTRL(0)) = FUNC_UART;
    REG(IO_BANK0_CTRL(1)) = FUNC_UART;
    REG(UART0_IMSC) = UART_RX_INTERRUPTS;
    REG(NVIC_ISER0) = 1u << UART0_IRQ;
}

void irq20_handler(void);
void irq20_handler(void) {
    while (!(REG(UART0_FR) & (1u << 4))) { // RXFE
        kl_port_console_received((uint8_t)REG(UART0_DR));
    }
    REG(UART0_ICR) = UART_RX_INTERRUPTS;
}

void board_uart_tx(uint8_t byte) {
    while (REG(UART0_FR) & (1u << 5)) { // TXFF
    }
    REG(UART0_DR) = byte;
}

int board_uart_rx(void) {
    return -1; // everything arrives through irq20_handler
}

static uint64_t timer_us(void) {
    uint32_t hi;
    uint32_t lo;
    do {
        hi = REG(TIMER_RAWH);
        lo = REG(TIMER_RAWL);
    } while (hi != REG(TIMER_RAWH));
    return (uint64_t)hi << 32 | lo;
}

uint32_t board_ticks_ms(void) {
    return (uint32_t)(timer_us() / 1000u);
}

uint32_t board_ticks_us(void) {
    return REG(TIMER_RAWL);
}

void board_idle(void) {
}

void board_exit(int code) {
    (void)code;
}

// ==== machine: GP0-GP29 ====

int kl_hal_pin_id(const char *name, size_t len) {
    if (len == 3 && name[0] == 'L' && name[1] == 'E' && name[2] == 'D') {
        return 25;
    }
    size_t i = len > 2 && name[0] == 'G' && name[1] == 'P' ? 2 : 0;
    if (i == len || len - i > 2) {
        return -19;
    }
    int n = 0;
    for (; i < len; i++) {
        if (name[i] < '0' || name[i] > '9') {
            return -19;
        }
        n = n * 10 + (name[i] - '0');
    }
    return n < PIN_COUNT ? n : -19;
}

int kl_hal_pin_config(int pin, int mode, int pull) {
    if (pin < 0 || pin >= PIN_COUNT || pin == 0 || pin == 1) {
        return -19; // GP0/GP1 are the console
    }
    uint32_t bit = 1u << pin;
    // Pads: input enabled, pull-up bit 3, pull-down bit 2.
    uint32_t pad = REG(PADS_BANK0(pin)) & ~((1u << 3) | (1u << 2));
    pad |= (1u << 6) | (pull == KL_HAL_PIN_PULL_UP     ? 1u << 3
                        : pull == KL_HAL_PIN_PULL_DOWN ? 1u << 2
                                                       : 0u);
    REG(PADS_BANK0(pin)) = pad;
    REG(IO_BANK0_CTRL(pin)) = FUNC_SIO;
    if (mode == KL_HAL_PIN_OUT) {
        REG(SIO_GPIO_OE_SET) = bit;
    } else {
        // Input, or open drain: output low is driven by enabling the output (kl_hal_pin_write).
        REG(SIO_GPIO_OE_CLR) = bit;
        if (mode == KL_HAL_PIN_OPEN_DRAIN) {
            REG(SIO_GPIO_OUT_CLR) = bit;
        }
    }
    return 0;
}

int kl_hal_pin_write(int pin, int value) {
    if (pin < 0 || pin >= PIN_COUNT) {
        return -19;
    }
    REG(value ? SIO_GPIO_OUT_SET : SIO_GPIO_OUT_CLR) = 1u << pin;
    return 0;
}

int kl_hal_pin_read(int pin) {
    if (pin < 0 || pin >= PIN_COUNT) {
        return -19;
    }
    return (int)((REG(SIO_GPIO_IN) >> pin) & 1u);
}
