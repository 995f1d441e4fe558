/* ports/arm/boards/rpi-pico/boot2.S: the RP2040's second-stage boot loader, 252 bytes at most.
 * SPDX-License-Identifier: MIT
 * Copyright (c) 2026 The kinglet authors
 *
 * The boot ROM runs this from RAM. It asks the ROM's own flash routines to put the flash into
 * execute-in-place mode with the plain 03h read command (slow but works with any QSPI chip),
 * then points VTOR at the vector table that follows it in flash (0x10000100) and starts the
 * image as the CPU would after reset. Only PC-relative addressing: it runs at 0x20041f00. */

    .syntax unified
    .cpu cortex-m0plus
    .thumb
    .section .boot2_code, "ax"

    .equ ROM_FUNC_TABLE, 0x14   /* 16-bit pointer to the ROM's function table */
    .equ ROM_LOOKUP, 0x18       /* 16-bit pointer to rom_table_lookup(table, code) */
    .equ VECTORS, 0x10000100
    .equ SCB_VTOR, 0xe000ed08

    .global boot2_entry
    .type boot2_entry, %function
boot2_entry:
    ldr r0, =0x4649         /* 'IF': connect_internal_flash */
    bl rom_call
    ldr r0, =0x5845         /* 'EX': flash_exit_xip */
    bl rom_call
    ldr r0, =0x5843         /* 'CX': flash_enter_cmd_xip (03h reads) */
    bl rom_call
    ldr r0, =VECTORS
    ldr r1, =SCB_VTOR
    str r0, [r1]
    ldr r1, [r0, #0]        /* initial stack pointer */
    msr msp, r1
    ldr r1, [r0, #4]        /* reset handler */
    bx r1

/* Call the ROM function whose two-letter code is in r0. */
rom_call:
    push {r4, lr}
    mov r1, r0
    movs r0, #ROM_FUNC_TABLE
    ldrh r0, [r0]
    movs r2, #ROM_LOOKUP
    ldrh r2, [r2]
    blx r2                  /* r0 = rom_table_lookup(table, code) */
    blx r0
    pop {r4, pc}

    .ltorg
