l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'penult'); l.insert(-100, 'front'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(5), l.index(1, 2), l.count(1), l.count('zzz'))
try:
    l.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index(3, 3)
except ValueError as e:
    print(type(e).__name__)
try:
    l.remove('nope')
except ValueError as e:
    print(type(e).__name__, e)
nums = [5, 3, 9, 1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
c = nums.copy(); c.append(0); print(nums, c)
c.clear(); print(c, len(c))
print(nums.sort(), nums.reverse(), nums.append(1))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(3)
except IndexError as e:
    print(type(e).__name__, e)
x = [1, 2]
x.extend(x); print(x)
x.append(x[:]); print(x)
x *= 2; print(len(x))
x[:] = []; print(x)
print(list.__name__, list(), list((1, 2)), list({'a': 1}), list('xy'))
