// ports/arm/boards/nucleo-f446re/board.c: clocks, USART2 and SysTick of the NUCLEO-F446RE.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Clocks: the 16 MHz HSI feeds the main PLL (M = 16, N = 336, P = 4) for an 84 MHz SYSCLK and
// HCLK, APB1 at 42 MHz (its maximum is 45), APB2 at 84 MHz; the flash needs 2 wait states at
// 84 MHz and 3.3 V (RM0390 table 5). The console is USART2 on PA2 (TX) and PA3 (RX), alternate
// function 7, which the ST-LINK presents to the host as a virtual COM port, 115200 8N1. Its
// receive interrupt (IRQ 38) feeds the console, so Ctrl-C interrupts a running program. The
// board's LED LD2 is PA5 (pin 5 of the machine module); the 96-bit unique id is at 0x1fff7a10.

#include <stdint.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/hal.h"

#define REG(addr) (*(volatile uint32_t *)(addr))

#define RCC_BASE (0x40023800u)
#define RCC_CR REG(RCC_BASE + 0x00)
#define RCC_PLLCFGR REG(RCC_BASE + 0x04)
#define RCC_CFGR REG(RCC_BASE + 0x08)
#define RCC_AHB1ENR REG(RCC_BASE + 0x30)
#define RCC_APB1ENR REG(RCC_BASE + 0x40)
#define FLASH_ACR REG(0x40023c00u)

#define GPIOA_BASE (0x40020000u)
#define GPIO_MODER(base) REG((base) + 0x00)
#define GPIO_PUPDR(base) REG((base) + 0x0c)
#define GPIO_IDR(base) REG((base) + 0x10)
#define GPIO_BSRR(base) REG((base) + 0x18)
#define GPIO_OTYPER(base) REG((base) + 0x04)
#define GPIO_AFRL(base) REG((base) + 0x20)

#define USART2_BASE (0x40004400u)
#define USART_SR REG(USART2_BASE + 0x00)
#define USART_DR REG(USART2_BASE + 0x04)
#define USART_BRR REG(USART2_BASE + 0x08)
#define USART_CR1 REG(USART2_BASE + 0x0c)
#define USART2_IRQ (38u)
_Static_assert(USART2_IRQ < KL_ARM_IRQS, "the vector table holds the USART2 interrupt");

#define SYST_CSR REG(0xe000e010u)
#define SYST_RVR REG(0xe000e014u)
#define SYST_CVR REG(0xe000e018u)
#define NVIC_ISER(n) REG(0xe000e100u + 4u * (n))
#define SCB_CPACR REG(0xe000ed88u)

#define HCLK_HZ (84000000u)
#define APB1_HZ (42000000u)

const char board_name[] = "nucleo-f446re";

#if BOARD_CLOCK
static volatile uint32_t ticks_ms;

void systick_handler(void);
void systick_handler(void) {
    ticks_ms++;
}
#endif

// USART2 is IRQ 38.
void irq38_handler(void);
void irq38_handler(void) {
    while (USART_SR & (1u << 5)) { // RXNE
        kl_port_console_received((uint8_t)USART_DR);
    }
}

static void clock_init(void) {
    FLASH_ACR = (1u << 8) | (1u << 9) | (1u << 10) | 2u;       // prefetch, I and D caches, 2 WS
    RCC_PLLCFGR = 16u | (336u << 6) | (1u << 16) | (7u << 24); // M=16 N=336 P=4 (01) Q=7, HSI
    RCC_CR |= 1u << 24;                                        // PLL on
    while (!(RCC_CR & (1u << 25))) {
    }
    RCC_CFGR = (4u << 10) | 2u; // APB1 = HCLK / 2, APB2 = HCLK, SYSCLK = PLL
    while ((RCC_CFGR & 0xcu) != 0x8u) {
    }
}

void board_init(void) {
    clock_init();
    RCC_AHB1ENR |= 1u << 0;  // GPIOA
    RCC_APB1ENR |= 1u << 17; // USART2
    // PA2, PA3: alternate function 7.
    GPIO_MODER(GPIOA_BASE) = (GPIO_MODER(GPIOA_BASE) & ~0xf0u) | 0xa0u;
    GPIO_AFRL(GPIOA_BASE) = (GPIO_AFRL(GPIOA_BASE) & ~0xff00u) | 0x7700u;
    USART_BRR = (APB1_HZ + 115200u / 2) / 115200u;
    USART_CR1 = (1u << 13) | (1u << 5) | (1u << 3) | (1u << 2); // UE, RXNEIE, TE, RE
    NVIC_ISER(USART2_IRQ / 32) = 1u << (USART2_IRQ % 32);
#if BOARD_CLOCK
    SYST_RVR = HCLK_HZ / 1000u - 1u;
    SYST_CVR = 0;
    SYST_CSR = 7u;
#endif
}

void board_uart_tx(uint8_t byte) {
    while (!(USART_SR & (1u << 7))) { // TXE
    }
    USART_DR = byte;
}

int board_uart_rx(void) {
    return -1;
}

#if BOARD_CLOCK
uint32_t board_ticks_ms(void) {
    return ticks_ms;
}

uint32_t board_ticks_us(void) {
    uint32_t ms;
    uint32_t cvr;
    do {
        ms = ticks_ms;
        cvr = SYST_CVR;
    } while (ms != ticks_ms);
    return ms * 1000u + (SYST_RVR - cvr) / (HCLK_HZ / 1000000u);
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

void board_exit(int code) {
    (void)code;
}

// ==== machine: pins PA0-PA15 as 0-15, and the unique id ====

int kl_hal_pin_id(const char *name, size_t len) {
    // "PA0".."PA15" and "LED" (PA5).
    if (len == 3 && name[0] == 'L' && name[1] == 'E' && name[2] == 'D') {
        return 5;
    }
    if (len < 3 || len > 4 || name[0] != 'P' || name[1] != 'A') {
        return -19;
    }
    int n = 0;
    for (size_t i = 2; i < len; i++) {
        if (name[i] < '0' || name[i] > '9') {
            return -19;
        }
        n = n * 10 + (name[i] - '0');
    }
    return n < 16 ? n : -19;
}

int kl_hal_pin_config(int pin, int mode, int pull) {
    if (pin < 0 || pin > 15 || pin == 2 || pin == 3) {
        return -19; // PA2/PA3 are the console
    }
    uint32_t shift = 2u * (uint32_t)pin;
    GPIO_MODER(GPIOA_BASE) =
        (GPIO_MODER(GPIOA_BASE) & ~(3u << shift)) | ((mode == KL_HAL_PIN_IN ? 0u : 1u) << shift);
    GPIO_OTYPER(GPIOA_BASE) = (GPIO_OTYPER(GPIOA_BASE) & ~(1u << pin)) |
                              ((mode == KL_HAL_PIN_OPEN_DRAIN ? 1u : 0u) << pin);
    uint32_t pupd = pull == KL_HAL_PIN_PULL_UP ? 1u : pull == KL_HAL_PIN_PULL_DOWN ? 2u : 0u;
    GPIO_PUPDR(GPIOA_BASE) = (GPIO_PUPDR(GPIOA_BASE) & ~(3u << shift)) | (pupd << shift);
    return 0;
}

int kl_hal_pin_write(int pin, int value) {
    if (pin < 0 || pin > 15) {
        return -19;
    }
    GPIO_BSRR(GPIOA_BASE) = value ? 1u << pin : 1u << (pin + 16);
    return 0;
}

int kl_hal_pin_read(int pin) {
    if (pin < 0 || pin > 15) {
        return -19;
    }
    return (int)((GPIO_IDR(GPIOA_BASE) >> pin) & 1u);
}

size_t kl_hal_unique_id(uint8_t *buf, size_t len) {
    const volatile uint8_t *uid = (const volatile uint8_t *)0x1fff7a10u;
    size_t n = len < 12 ? len : 12;
    for (size_t i = 0; i < n; i++) {
        buf[i] = uid[i];
    }
    return n;
}
