# ports/arm/boards/qemu-mps2-an385/board.mk: ARM's MPS2 FPGA board with the AN385 image
# (Cortex-M3), as QEMU emulates it: the board CI boots.
CPU := cortex-m3
FPU :=
BOARD_SRC := board.c
QEMU_MACHINE := mps2-an385
# Two small modules of lib/ are frozen (as source, in flash), so CI imports a frozen module on
# the board; the real boards freeze nothing yet (docs/footprint.md).
FROZEN ?= bisect.py keyword.py
