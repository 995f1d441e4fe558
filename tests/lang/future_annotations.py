# from __future__ import annotations: annotations are kept as their source text (PEP 563).
from __future__ import annotations

import typing
from typing import Optional, List, Dict, Tuple, Literal, Union


class Node:
    value: int
    parent: Optional[Node] = None
    children: List[Node]
    meta: Dict[str, Tuple[int, ...]]
    empty: Tuple[()]
    pair: tuple[int, str]
    either: int | None
    literal: Literal['a', "b", -1, 2.5, True, None]
    qualified: typing.List[typing.Any]
    callback: typing.Callable[[int, str], None]
    quoted: 'Node'
    ellipsis: Tuple[int, ...]
    single: tuple[int,]
    nested: Union[List[Dict[str, Optional[Node]]], None]
    spaced: Dict[ str ,int ]

    def method(self, other: Node, *args: int, flag: bool = False, **kw: str) -> Node:
        return self


for name, ann in Node.__annotations__.items():
    print(name, repr(ann))
print(Node.method.__annotations__)


def outer(x: List[Undefined]) -> Missing:
    def inner(y: int) -> str:
        return str(y)
    return inner


print(outer.__annotations__, outer(1).__annotations__)
total: int = 3
label: Optional[str]
print(__annotations__, total)
print(typing.get_type_hints(Node.method))
