# ports/riscv/boards/qemu-virt-rv32/board.mk: QEMU's generic RISC-V machine with a 32-bit hart
# (qemu-system-riscv32 -M virt -bios none): the RV32 board CI boots.
MARCH := rv32imac
BOARD_SRC := board.c
QEMU_MACHINE := virt
# Two small modules of lib/ are frozen as code objects in flash (mk/port.mk's FROZEN_MODE), so
# CI imports a frozen module on the board and checks that the import built no code on the heap;
# ci/qemu/frozen_check.py holds a constant of every kind the freezer writes (ci/qemu-repl). The
# real boards freeze nothing yet (docs/footprint.md).
FROZEN ?= bisect.py keyword.py
FROZEN_EXTRA ?= $(KL_ROOT)/ci/qemu/frozen_check.py
FROZEN_MODE ?= flash
