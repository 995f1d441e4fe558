# The collections package: its submodule, names, modules of the classes and ImportError for the old ABC names.
import collections
print(collections.abc.Mapping)
print(collections.__name__, collections.abc.__name__)
try:
    from collections import Iterable
except ImportError as e:
    print('ImportError')
import collections.abc as cabc
print(cabc is collections.abc, sorted(collections.__all__))
print(collections.deque.__module__, collections.OrderedDict.__module__, collections.abc.Sequence.__module__)
print(repr(collections.deque), collections.Counter, collections.abc.Mapping)
print(type(collections.abc.Mapping).__name__)
