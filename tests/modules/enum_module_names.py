# Enum('Name', ...) records the module it was called from, as CPython's does.
import enum

import _enum_mod as m

print(m.Color.__module__, m.Level.__module__, m.Perm.__module__)
print(repr(m.Color.RED), m.Level.HIGH, m.Perm.R | m.Perm.X)
print(enum.Enum('Here', 'A').__module__, enum.Enum('There', 'B', module='elsewhere').__module__)


def make():
    return enum.StrEnum('Inner', ['a', 'b'])


print(make().__module__, list(make()))
