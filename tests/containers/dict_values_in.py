# `in` a values view compares each value in turn (identity first), and iterates the dict as a
# for loop would: a change of its size meanwhile is a RuntimeError.
nan = float('nan')
d = {1: 'a', 2: nan, 3: [4]}
print('a' in d.values(), nan in d.values(), [4] in d.values(), 'b' in d.values())
print(2 in d.values(), (2, nan) in d.items(), 2 in d.keys(), 5 not in d.values())
class E:
    def __eq__(self, other):
        print('eq', other)
        d[len(d) + 10] = 0
        return False
    __hash__ = None
d = {1: E(), 2: 3}
try:
    print(5 in d.values())
except RuntimeError as e:
    print(type(e).__name__, e)
class F:
    def __eq__(self, other):
        print('F eq', other)
        return other == 3
    __hash__ = None
print(F() in {1: 2, 2: 3}.values(), 3 in {1: F()}.values(), F() in {}.values())
# `in` a range: an int by arithmetic, anything else item by item.
print(F() in range(5), F() in range(0), 'x' in range(3), 3 in range(1, 6, 2), True in range(2))
class G:
    def __eq__(self, other):
        raise ValueError('no')
    __hash__ = None
try:
    G() in range(2)
except ValueError as e:
    print(type(e).__name__, e)
