# ports/arm/boards/rpi-pico/board.mk: the Raspberry Pi Pico (RP2040, dual Cortex-M0+ at
# 125 MHz, 2 MiB of QSPI flash, 264 KiB of SRAM); one core runs kinglet. Built by CI; flashed
# with OpenOCD through a Debug Probe (README.md).
CPU := cortex-m0plus
FPU :=
QEMU_MACHINE :=
FROZEN ?=
# The RP2040's boot ROM copies the first 256 bytes of flash to RAM and runs them only if their
# last 4 bytes are the CRC-32 of the first 252: boot2.S is assembled, padded and checksummed by
# boot2_crc.py into a generated source, linked at the very start of flash.
BOARD_SRC := board.c
PORT_SRC_EXTRA := build-$(BOARD)/boot2_crc.S

build-$(BOARD)/boot2.o: $(BOARD_DIR)/boot2.S
	@mkdir -p $(@D)
	arm-none-eabi-gcc -mcpu=cortex-m0plus -mthumb -c -o $@ $<

build-$(BOARD)/boot2_crc.S: build-$(BOARD)/boot2.o $(BOARD_DIR)/boot2_crc.py
	arm-none-eabi-objcopy -O binary -j .boot2_code $< build-$(BOARD)/boot2.bin
	$(PYTHON) $(BOARD_DIR)/boot2_crc.py build-$(BOARD)/boot2.bin $@

# firmware.uf2 beside the .elf: copy it onto the BOOTSEL drive to flash without a probe.
all: build-$(BOARD)/firmware.uf2
build-$(BOARD)/firmware.uf2: build-$(BOARD)/firmware.bin $(BOARD_DIR)/uf2.py
	$(PYTHON) $(BOARD_DIR)/uf2.py $< 0x10000000 $@
