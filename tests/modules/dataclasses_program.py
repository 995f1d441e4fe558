# A small program mixing dataclasses, enum, typing and abc under postponed annotations.
from __future__ import annotations
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import ClassVar, Optional, List
import abc

class Status(Enum):
    TODO = auto()
    DONE = auto()

@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    counter: ClassVar[int] = 0
    parent: Optional[Task] = field(default=None, repr=False, compare=False)

tasks = [Task(3, 'c'), Task(1, 'a', Status.DONE), Task(2, 'b', tags=['x'])]
for t in sorted(tasks):
    print(t)
print(Task.__doc__)
print(Task.__annotations__)
print([f.name for f in __import__('dataclasses').fields(Task)])

class Repo(abc.ABC):
    @abc.abstractmethod
    def get(self, id: int) -> Optional[Task]: ...

class MemRepo(Repo):
    def __init__(self): self.d = {}
    def get(self, id): return self.d.get(id)
print(MemRepo().get(1))
print(Status.TODO, Status['DONE'], Status(2))
