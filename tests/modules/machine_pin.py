# machine.Pin on the unix port's stub pins: every configuration and write is recorded, and
# _machine_stub.log() returns the record. kinglet-only (CPython has no machine module): .exp.
import machine
import _machine_stub as stub
from machine import Pin

stub.reset()
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)

# Constructing with a mode configures the pin; value= is written before the mode.
led = Pin(25, Pin.OUT, value=1)
print(led, led.value())
print(stub.log())

# on(), off(), value(x) and calling the pin all drive it; an output reads back its level.
led.off()
print(led.value(), led())
led.on()
led(0)
led.value(True)
led.value([])
print(led.value())
print(stub.log())

# Names: "P<n>" and "LED".
print(Pin("P7"), Pin("LED"), Pin("LED") is Pin("LED"), Pin(3) == Pin(3))

# A pin made without a mode is not configured; init() configures it later.
p = Pin(4)
print(stub.log())
p.init(Pin.IN, Pin.PULL_DOWN)
p.init(mode=Pin.OPEN_DRAIN, value=0)
p.init()
print(stub.log())

# Bad input: clear exceptions.
for args in [(64,), (-1,), ("Q1",), ("P99",), ("",), (1.5,), (None,)]:
    try:
        Pin(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
for args, kw in [((5, 7), {}), ((5, Pin.IN, 9), {}), ((5,), {"speed": 1}),
                 ((5, Pin.IN), {"mode": Pin.OUT}), ((5, 1, 0, 0), {})]:
    try:
        Pin(*args, **kw)
    except Exception as e:
        print(args, kw, type(e).__name__, e)
try:
    Pin()
except TypeError as e:
    print("TypeError", e)
try:
    led(1, 2)
except TypeError as e:
    print("TypeError")
print(stub.log())
print(type(led).__name__, isinstance(led, Pin))
