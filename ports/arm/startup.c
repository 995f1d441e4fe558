// ports/arm/startup.c: the vector table and reset handler of every Cortex-M board.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The core's own code needs no assembly: on reset the CPU loads the stack pointer and the
// reset handler's address from the first two words of the vector table, and the handler copies
// .data from flash, zeroes .bss and calls main(). The board defines the handlers it uses
// (systick_handler, its UART's); every other exception goes to default_handler, which stops
// with the exception number in a register for the debugger.

#include <stdint.h>

#include "vm/hal.h"

extern char _data_start[], _data_end[], _data_load[], _bss_start[], _bss_end[], _stack_top[];

int main(void);
void reset_handler(void);
void default_handler(void);

#define WEAK_HANDLER(name) void name(void) __attribute__((weak, alias("default_handler")))
WEAK_HANDLER(nmi_handler);
WEAK_HANDLER(hardfault_handler);
WEAK_HANDLER(memmanage_handler);
WEAK_HANDLER(busfault_handler);
WEAK_HANDLER(usagefault_handler);
WEAK_HANDLER(svc_handler);
WEAK_HANDLER(debugmon_handler);
WEAK_HANDLER(pendsv_handler);
WEAK_HANDLER(systick_handler);

// External interrupts: the table has KL_ARM_IRQS of them, a multiple of 8 up to 64, which a
// board's port_config.h sets to cover the highest interrupt it enables (the STM32F446's USART2
// is 38, the RP2040's UART0 20, the emulated MPS2's UART0 0). An interrupt past the table must
// never be enabled: the CPU would take its handler's address from the code that follows.
#ifndef KL_ARM_IRQS
#define KL_ARM_IRQS (64)
#endif
_Static_assert(KL_ARM_IRQS % 8 == 0 && KL_ARM_IRQS >= 8 && KL_ARM_IRQS <= 64,
               "KL_ARM_IRQS is a multiple of 8 from 8 to 64");

// clang-format off
#define IRQS_0(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)
#define IRQS_8(X) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)
#define IRQS_16(X) X(16) X(17) X(18) X(19) X(20) X(21) X(22) X(23)
#define IRQS_24(X) X(24) X(25) X(26) X(27) X(28) X(29) X(30) X(31)
#define IRQS_32(X) X(32) X(33) X(34) X(35) X(36) X(37) X(38) X(39)
#define IRQS_40(X) X(40) X(41) X(42) X(43) X(44) X(45) X(46) X(47)
#define IRQS_48(X) X(48) X(49) X(50) X(51) X(52) X(53) X(54) X(55)
#define IRQS_56(X) X(56) X(57) X(58) X(59) X(60) X(61) X(62) X(63)
// clang-format on

#define IRQ_DECL(n) WEAK_HANDLER(irq##n##_handler);
IRQS_0(IRQ_DECL)
IRQS_8(IRQ_DECL)
IRQS_16(IRQ_DECL)
IRQS_24(IRQ_DECL)
IRQS_32(IRQ_DECL)
IRQS_40(IRQ_DECL)
IRQS_48(IRQ_DECL)
IRQS_56(IRQ_DECL)

typedef void (*vector_t)(void);
#define IRQ_ENTRY(n) irq##n##_handler,

// clang-format off
__attribute__((section(".isr_vector"), used)) static const vector_t vectors[16 + KL_ARM_IRQS] = {
    (vector_t)(uintptr_t)_stack_top,
    reset_handler,
    nmi_handler,
    hardfault_handler,
    memmanage_handler,
    busfault_handler,
    usagefault_handler,
    0,
    0,
    0,
    0,
    svc_handler,
    debugmon_handler,
    0,
    pendsv_handler,
    systick_handler,
    IRQS_0(IRQ_ENTRY)
#if KL_ARM_IRQS > 8
    IRQS_8(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 16
    IRQS_16(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 24
    IRQS_24(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 32
    IRQS_32(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 40
    IRQS_40(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 48
    IRQS_48(IRQ_ENTRY)
#endif
#if KL_ARM_IRQS > 56
    IRQS_56(IRQ_ENTRY)
#endif
};
// clang-format on

void reset_handler(void) {
    // Plain loops rather than memcpy/memset: nothing of the C library runs before .data is set.
    for (char *src = _data_load, *dst = _data_start; dst < _data_end;) {
        *dst++ = *src++;
    }
    for (char *p = _bss_start; p < _bss_end;) {
        *p++ = 0;
    }
    main();
    for (;;) {
    }
}

void default_handler(void) {
    for (;;) {
    }
}

// machine.reset(): SYSRESETREQ in the AIRCR, the same on every Cortex-M.
void kl_hal_reset(void) {
    *(volatile uint32_t *)0xe000ed0cu = (0x5fau << 16) | (1u << 2);
    for (;;) {
    }
}
