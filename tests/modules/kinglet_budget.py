# kinglet.set_instruction_budget: RuntimeError once the budget of check points (backward jumps
# and calls) is used up; 0 switches it off (kinglet-only: see the .exp file).
try:
    import kinglet
except ImportError:
    print("SKIP")
    raise SystemExit

import kinglet

print(kinglet.instruction_budget())
kinglet.set_instruction_budget(1000)
b = kinglet.instruction_budget()
print(0 < b <= 1000)
try:
    while True:
        pass
except RuntimeError as e:
    print("RuntimeError", e)
print(kinglet.instruction_budget())
n = 0
for i in range(5000):
    n += 1
print(n)


def f():
    return 1


kinglet.set_instruction_budget(50)
try:
    while True:
        f()
except RuntimeError as e:
    print("RuntimeError", e)
kinglet.set_instruction_budget(100000)
kinglet.set_instruction_budget(0)
print(kinglet.instruction_budget())
for i in range(200000):
    pass
print("unlimited")
try:
    kinglet.set_instruction_budget(-1)
except ValueError:
    print("ValueError")
