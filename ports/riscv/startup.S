/* ports/riscv/startup.S: the reset entry of every RV32 board.
 * SPDX-License-Identifier: MIT
 * Copyright (c) 2026 The kinglet authors
 *
 * Machine mode, one hart: set the global and stack pointers, copy .data from flash, zero .bss
 * and call main(). Interrupts stay disabled (mstatus.MIE = 0) until the board turns them on and
 * points mtvec at its own handler (qemu-virt-rv32: machine_trap, for the UART's receive
 * interrupt); a trap before that lands in trap_entry, which spins. */

    .section .text.start, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, _stack_top
    la t0, trap_entry
    csrw mtvec, t0
    /* Other harts, if any, wait forever. */
    csrr t0, mhartid
    bnez t0, park

    la t0, _data_load
    la t1, _data_start
    la t2, _data_end
1:  bgeu t1, t2, 2f
    lw t3, 0(t0)
    sw t3, 0(t1)
    addi t0, t0, 4
    addi t1, t1, 4
    j 1b
2:  la t1, _bss_start
    la t2, _bss_end
3:  bgeu t1, t2, 4f
    sw zero, 0(t1)
    addi t1, t1, 4
    j 3b
4:  call main
park:
    wfi
    j park

    .align 4
    .globl trap_entry
trap_entry:
    j trap_entry
