# typing: isinstance() with the one-method ABC aliases on builtin values.
from typing import Hashable, Sized, Iterable, Container, Collection, Reversible
for v in ([], {}, set(), (), 'x', 3, None, frozenset()):
    print(type(v).__name__, isinstance(v, Hashable), isinstance(v, Sized), isinstance(v, Iterable), isinstance(v, Container), isinstance(v, Collection), isinstance(v, Reversible))
print(list.__hash__, dict.__hash__, set.__hash__)
