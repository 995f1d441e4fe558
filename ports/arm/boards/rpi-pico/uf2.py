#!/usr/bin/env python3
# ports/arm/boards/rpi-pico/uf2.py: wrap a flash image in UF2 blocks for the RP2040's boot ROM.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
#   uf2.py FIRMWARE.bin ADDRESS OUT.uf2
#
# Hold BOOTSEL while plugging the Pico in, and it appears as a USB drive; copying the .uf2 file
# onto it writes the image to flash and reboots into it. A UF2 file is a list of 512-byte
# blocks, each carrying 256 bytes of payload, its flash address, its number, the total, and the
# RP2040's family id (the format is Microsoft's, documented at github.com/microsoft/uf2).

import struct
import sys

MAGIC_START0 = 0x0A324655
MAGIC_START1 = 0x9E5D5157
MAGIC_END = 0x0AB16F30
FLAG_FAMILY_ID = 0x00002000
RP2040_FAMILY = 0xE48BFF56
PAYLOAD = 256


def main():
    data = open(sys.argv[1], "rb").read()
    address = int(sys.argv[2], 0)
    count = (len(data) + PAYLOAD - 1) // PAYLOAD
    out = bytearray()
    for i in range(count):
        chunk = data[i * PAYLOAD:(i + 1) * PAYLOAD].ljust(PAYLOAD, b"\0")
        header = struct.pack("<8I", MAGIC_START0, MAGIC_START1, FLAG_FAMILY_ID,
                             address + i * PAYLOAD, PAYLOAD, i, count, RP2040_FAMILY)
        block = header + chunk
        block += bytes(512 - 4 - len(block)) + struct.pack("<I", MAGIC_END)
        out += block
    with open(sys.argv[3], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
