# A generic repository: ABC with Generic[T], dataclass items, a runtime protocol.
from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Dict, Optional, List, Protocol, runtime_checkable, get_type_hints
from dataclasses import dataclass, field
T = TypeVar('T')
ID = TypeVar('ID', int, str)
class Repo(ABC, Generic[T]):
    @abstractmethod
    def add(self, item: T) -> None: ...
    @abstractmethod
    def all(self) -> List[T]: ...
class Repo2(Generic[T], ABC):
    pass
@dataclass
class User:
    id: int
    name: str
class MemRepo(Repo[User]):
    def __init__(self): self._items: Dict[int, User] = {}
    def add(self, item): self._items[item.id] = item
    def all(self): return list(self._items.values())
r = MemRepo(); r.add(User(1, 'a')); print(r.all(), MemRepo.__orig_bases__, [c.__name__ for c in MemRepo.__mro__])
try: Repo()
except TypeError as e: print(e)
print(type(Repo).__name__, type(Repo2).__name__, Repo2.__parameters__)
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], SupportsLen), isinstance(3, SupportsLen), isinstance(r, SupportsLen))
print(get_type_hints(User), get_type_hints(MemRepo.add))
