# ports/riscv/boards/qemu-virt-rv32/board.mk: QEMU's generic RISC-V machine with a 32-bit hart
# (qemu-system-riscv32 -M virt -bios none): the RV32 board CI boots.
MARCH := rv32imac
BOARD_SRC := board.c
QEMU_MACHINE := virt
# Two small modules of lib/ are frozen (as source, in flash), so CI imports a frozen module on
# the board; the real boards freeze nothing yet (docs/footprint.md).
FROZEN ?= bisect.py keyword.py
