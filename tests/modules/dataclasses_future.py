# dataclasses: string annotations (from __future__ import annotations) for ClassVar, InitVar, KW_ONLY.
from __future__ import annotations
import dataclasses
import typing
from typing import ClassVar
from dataclasses import dataclass, InitVar, KW_ONLY, field, fields

@dataclass
class A:
    x: int
    c: ClassVar[int] = 5
    t: typing.ClassVar[str] = 'q'
    i: InitVar[int] = 2
    d: dataclasses.InitVar[int] = 3
    _: KW_ONLY
    k: int = 0
    def __post_init__(self, i, d):
        self.s = i + d
a = A(1, 4, 5, k=9)
print(a, a.s, [f.name for f in fields(A)], A.__doc__)
print(A.__dataclass_fields__['t']._field_type, A.__dataclass_fields__['c']._field_type)
