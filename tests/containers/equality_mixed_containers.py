print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1.0, 2.0), [1] == [True], {'a': [1]} == {'a': [1.0]})
print({1, 2} == frozenset({1, 2}), {1: 2} == {1: 2.0}, [[]] == [[]], [{}] == [{}], [set()] == [frozenset()])
print(range(3) == range(0, 3), list(range(3)) == [0, 1, 2], range(3) == (0, 1, 2))
print('a' == ['a'], ['a'] == ('a',), [None] == [None], [] == (), {} == set())
print({'a': 1, 'b': 2}.items() == {('a', 1), ('b', 2)}, {'a': 1}.keys() == {'a'}, {'a': 1}.values() == [1])
print([1, [2, [3]]] == [1, [2, [3.0]]], (1, (2, 3)) < (1, (2, 4)), [1, (2, 3)] < [1, (2, 3, 0)])
print(b'ab' == 'ab', b'ab' == bytes([97, 98]), [b'a'] == [b'a'])
class Always:
    def __eq__(self, o):
        return True
print([Always()] == [1], [1] == [Always()], (Always(), 2) == (5, 2), {'k': Always()} == {'k': 'x'})
a = [1]
print(a == a, [a] == [a], [a] == [[1]])
n = float('nan')
print([n] == [n], [n] == [float('nan')], {'k': n} == {'k': n})
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 5], [1]]))
print(max([(1, 2), (1, 3)]), min(['b', 'ab', 'abc']), max([[], [0]]))
