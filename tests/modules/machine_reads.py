# machine.Pin reads on the unix port's stub pins replay the values a test configured with
# _machine_stub.reads(); the last one repeats. kinglet-only: .exp.
import machine
import _machine_stub as stub

stub.reset()
button = machine.Pin(3, machine.Pin.IN, machine.Pin.PULL_UP)
print(button.value())  # nothing configured, nothing written: 0
stub.reads(3, [1, 1, 0, 1])
print([button.value() for _ in range(6)])
print(button(), button())

# A debounce loop, the kind of code these stubs are for: it waits for three equal reads.
stub.reads(3, [1, 0, 1, 1, 1, 0])


def debounced(pin):
    last, count = None, 0
    while count < 3:
        v = pin.value()
        count = count + 1 if v == last else 1
        last = v
    return last


print("debounced", debounced(button))

# Reads of another pin are independent; writing an input pin is recorded and reads back
# only when nothing is queued.
other = machine.Pin("P4")
other.value(1)
print(other.value(), button.value())
stub.reads(4, [])
print(other.value())
print(stub.log())

# Bad input to the stub itself.
for args in [(64, [1]), (-1, [1]), (3, 5), (3, [0] * 33)]:
    try:
        stub.reads(*args)
    except Exception as e:
        print(type(e).__name__, e)
