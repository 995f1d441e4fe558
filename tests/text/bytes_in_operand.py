# `x in bytes` takes an int or a bytes-like object; anything else is "a bytes-like object is
# required".
class I:
    def __index__(self):
        return 97
for x in [None, 256, -1, 1.5, 'a', [1], 97, b'a', bytearray(b'b'), memoryview(b'z'), I(), True]:
    for s in [b'ab', bytearray(b'ab')]:
        try:
            print(type(s).__name__, x in s)
        except (TypeError, ValueError) as e:
            print(type(s).__name__, type(e).__name__, e)

# __index__ is called once.
class Counted:
    calls = 0
    def __init__(self, value):
        self.value = value
    def __index__(self):
        Counted.calls += 1
        return self.value
for v in [98, 300]:
    Counted.calls = 0
    try:
        print(Counted(v) in b'abc')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    print('calls', Counted.calls)
