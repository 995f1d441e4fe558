# ports/arm/boards/nucleo-f446re/board.mk: ST's NUCLEO-F446RE (STM32F446RE, Cortex-M4F at
# 84 MHz, 512 KiB flash, 128 KiB RAM). Built by CI; flashed with OpenOCD (README.md).
CPU := cortex-m4
FPU := -mfloat-abi=soft
BOARD_SRC := board.c
QEMU_MACHINE :=
FROZEN ?=
