# any and all
print(any([]), all([]))
print(any([0, 0, 1]), all([1, 1, 0]))
print(any([0, '', None]), all([1, 'a', [0]]))
print(any('abc'), all(''))
print(any([False]), all([True]))
nums = [2, 4, 6, 8]
print(all([n % 2 == 0 for n in nums]), any([n > 7 for n in nums]))
print(any([n > 8 for n in nums]), all([n > 0 for n in nums]))
print(any(range(0)), any(range(2)), all(range(1, 3)))
print(any({0: 'a'}), all({1: 0}))
