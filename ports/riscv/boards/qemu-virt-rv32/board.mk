# ports/riscv/boards/qemu-virt-rv32/board.mk: QEMU's generic RISC-V machine with a 32-bit hart
# (qemu-system-riscv32 -M virt -bios none): the RV32 board CI boots.
MARCH := rv32imac
BOARD_SRC := board.c
QEMU_MACHINE := virt
# Nothing of lib/ is frozen: see docs/footprint.md.
FROZEN ?=
