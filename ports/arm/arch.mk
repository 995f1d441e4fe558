# ports/arm/arch.mk: what every Cortex-M image shares, for ports/arm/Makefile and for a port
# copied from stubs/template/ (ARCH=arm). The includer sets KL_ROOT and CPU (cortex-m0plus,
# cortex-m3, cortex-m4...) and optionally FPU; memory.ld must be on the linker's -L path.

ARM_DIR := $(KL_ROOT)/ports/arm
CROSS := arm-none-eabi-
ARCH_CFLAGS := -mcpu=$(CPU) -mthumb $(FPU)
# Thumb-2 code at MINIMUM is 76 bytes smaller without the second scheduling pass (mk/port.mk,
# SIZE_OPT); on RV32 the same flag costs 590 bytes.
ARCH_SIZE_OPT := -fno-schedule-insns2
# newlib-nano: the small C library; the core needs its string functions, setjmp and libm.
ARCH_LIBS := --specs=nano.specs -Wl,--start-group -lc_nano -lm -lgcc -Wl,--end-group
LDSCRIPT := $(ARM_DIR)/cortex-m.ld
# The start-up code, and the main(), console and (at MINIMUM) small string functions every
# bare-metal port shares.
ARCH_SRC := $(ARM_DIR)/startup.c $(addprefix $(KL_ROOT)/ports/shared/,main.c console.c mem.c \
    string.c)
QEMU_SYSTEM := qemu-system-arm
