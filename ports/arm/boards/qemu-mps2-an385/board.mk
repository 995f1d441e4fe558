# ports/arm/boards/qemu-mps2-an385/board.mk: ARM's MPS2 FPGA board with the AN385 image
# (Cortex-M3), as QEMU emulates it: the board CI boots.
CPU := cortex-m3
FPU :=
BOARD_SRC := board.c
QEMU_MACHINE := mps2-an385
# Two small modules of lib/ are frozen as code objects in flash (mk/port.mk's FROZEN_MODE), so
# CI imports a frozen module on the board and checks that the import built no code on the heap;
# ci/qemu/frozen_check.py holds a constant of every kind the freezer writes (ci/qemu-repl). The
# real boards freeze nothing yet (docs/footprint.md).
FROZEN ?= bisect.py keyword.py
FROZEN_EXTRA ?= $(KL_ROOT)/ci/qemu/frozen_check.py
FROZEN_MODE ?= flash
