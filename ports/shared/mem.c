// ports/shared/mem.c: machine.mem8/mem16/mem32 on a bare-metal board: plain volatile access.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Any address goes, as in MicroPython: a wrong one faults the CPU, which is the price of
// reaching registers from Python. The core has already checked the alignment.

#include "vm/hal.h"

int kl_hal_mem_read(uintptr_t addr, unsigned bytes, uint32_t *value) {
    switch (bytes) {
        case 1:
            *value = *(volatile uint8_t *)addr;
            break;
        case 2:
            *value = *(volatile uint16_t *)addr;
            break;
        default:
            *value = *(volatile uint32_t *)addr;
            break;
    }
    return 0;
}

int kl_hal_mem_write(uintptr_t addr, unsigned bytes, uint32_t value) {
    switch (bytes) {
        case 1:
            *(volatile uint8_t *)addr = (uint8_t)value;
            break;
        case 2:
            *(volatile uint16_t *)addr = (uint16_t)value;
            break;
        default:
            *(volatile uint32_t *)addr = value;
            break;
    }
    return 0;
}
