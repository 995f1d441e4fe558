print(['a', "b'", 'c"', 'd\'"', '\n', '\\', 'é', '😀', ''])
print([1, 1.0, 1j, True, None, ..., b'x', [], (), {}])
print([[1, [2, [3, []]]]], [(1,), (1, 2)], [{1}, frozenset()])
print(str(['x']), repr(['x']), ascii(['é']), f'{["f"]}', '%r' % (['p'],), '{!s}'.format(['s']))
print([1e16, 1e-5, 0.1, -0.0, float('inf'), float('nan')])
print([int, str], [len] == [len])
class R:
    def __repr__(self):
        return 'R<>'
    def __str__(self):
        return 'R-str'
print([R(), R()], (R(),), {'k': R()}, {R()} if False else '', str([R()]))
