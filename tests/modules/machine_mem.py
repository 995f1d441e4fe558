# machine.mem8, mem16 and mem32 on the unix port: a table of simulated registers, whose writes
# are recorded. kinglet-only: .exp.
import machine
import _machine_stub as stub
from machine import mem8, mem16, mem32

stub.reset()
print(mem8, mem16, mem32)
GPIO_OUT = 0x40020014
print(mem32[GPIO_OUT])  # never written: 0
stub.mem(GPIO_OUT, 0x12345678)
print(hex(mem32[GPIO_OUT]))

# Read-modify-write of a register, as driver code does.
mem32[GPIO_OUT] |= 1 << 5
mem32[GPIO_OUT] &= ~(1 << 3)
print(hex(mem32[GPIO_OUT]))
mem32[0x40000000] = 0xFFFFFFFF
mem32[0x40000004] = -1
print(mem32[0x40000000] == mem32[0x40000004], hex(mem32[0x40000004]))
mem16[0x40000008] = 0x1_2345  # only the low 16 bits are stored
mem8[0x4000000B] = -2
print(hex(mem16[0x40000008]), hex(mem8[0x4000000B]))
print(stub.log())

# Alignment, range and type errors.
for index, value in [(0x40000002, 1), (0x40000001, 1), (2**32, 1), (-1, 1), (0, 2**32),
                     (0, -(2**31) - 1), ("0", 1), (0, 1.0)]:
    for mem in (mem16, mem32):
        try:
            mem[index] = value
        except Exception as e:
            print(mem, index, type(e).__name__, e)
try:
    del mem32[0]
except TypeError as e:
    print("TypeError", e)
print(stub.log())

# unique_id() is 8 bytes on unix; reset() exists (calling it would end the program).
uid = machine.unique_id()
print(type(uid).__name__, len(uid), uid)
print(callable(machine.reset), sorted(n for n in dir(machine) if not n.startswith("_")))
