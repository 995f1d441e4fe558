# ports/riscv/arch.mk: what every RV32 image shares, for ports/riscv/Makefile and for a port
# copied from stubs/template/ (ARCH=riscv). The includer sets KL_ROOT and optionally MARCH
# (rv32imac by default); memory.ld must be on the linker's -L path.
#
# No C library is linked by default (-nostdlib): the core needs only string functions,
# setjmp/longjmp and libm, which come from picolibc's archives, named explicitly, with its
# headers. Nothing of picolibc's start-up code, stdio or malloc is used.

RISCV_DIR := $(KL_ROOT)/ports/riscv
CROSS := riscv64-unknown-elf-
MARCH ?= rv32imac
MABI ?= ilp32
PICOLIBC ?= /usr/lib/picolibc/riscv64-unknown-elf
PICOLIBC_LIB := $(PICOLIBC)/lib/release/$(MARCH)/$(MABI)
# The CSR instructions are the zicsr extension to binutils 2.38 and later; the libraries are
# picked by the plain ISA name, which is how picolibc and libgcc name their folders.
# -msave-restore: a function saves and restores its callee-saved registers by a call to one of
# libgcc's shared routines instead of inline loads and stores. The core has many small functions,
# so this takes 7 % off an image (154,356 -> 144,052 bytes at MINIMUM), but the calls cost time:
# fib() and dict stores ran a third longer in QEMU (whose translation exaggerates the cost of
# calls). On for LEVEL=MINIMUM, where size is the point; a board can set SAVE_RESTORE in its
# board.mk, and SAVE_RESTORE= turns it off.
SAVE_RESTORE ?= $(if $(filter MINIMUM,$(LEVEL)),-msave-restore)
ARCH_CFLAGS := -march=$(MARCH)_zicsr -mabi=$(MABI) -mcmodel=medany -nostdlib $(SAVE_RESTORE) \
    -isystem $(PICOLIBC)/include
LIBGCC := $(shell $(CROSS)gcc -march=$(MARCH) -mabi=$(MABI) -print-libgcc-file-name)
ARCH_LIBS := -Wl,--start-group $(PICOLIBC_LIB)/libc.a $(PICOLIBC_LIB)/libm.a $(LIBGCC) \
    -Wl,--end-group
LDSCRIPT := $(RISCV_DIR)/rv32.ld
# The start-up code, and the main(), console and (at MINIMUM) small string functions every
# bare-metal port shares.
ARCH_SRC := $(RISCV_DIR)/startup.S $(addprefix $(KL_ROOT)/ports/shared/,main.c console.c mem.c \
    string.c)
QEMU_SYSTEM := qemu-system-riscv32
