# lib/abc.py: the abc module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Abstract base classes: ABCMeta, ABC, abstractmethod and register()."""

def abstractmethod(funcobj):
    """Mark a method abstract: a class with an abstract method cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (deprecated: use classmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (deprecated: use staticmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated: use property over abstractmethod)."""

    __isabstractmethod__ = True


# Bumped by every register(), so that the negative caches of all ABCs go stale at once.
_cache_token = [0]


def get_cache_token():
    """A token that changes whenever any ABC's registry changes."""
    return _cache_token[0]


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


def _compute_abstracts(cls, own):
    abstracts = set()
    for name, value in own.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, dict(cls.__dict__))
    return cls


def _abstract_error(cls):
    names = sorted(cls.__abstractmethods__)
    return TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                     % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))


class ABCMeta(type):
    """Metaclass of abstract base classes.

    An ABC can be subclassed directly, or unrelated classes can be registered as its virtual
    subclasses with register(); isinstance() and issubclass() then accept them.
    """

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _cache_token[0]
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            # object.__new__ refuses surplus arguments before abstract methods.
            if (args or kwargs) and cls.__new__ is object.__new__ and \
                    cls.__init__ is object.__init__:
                raise TypeError('%s() takes no arguments' % cls.__name__)
            raise _abstract_error(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it, so it works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        if subclass not in cls._abc_registry:
            cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subclass is None or subclass is subtype:
            if (cls._abc_negative_cache_version == _cache_token[0]
                    and subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _cache_token[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _cache_token[0]
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


class ABC(metaclass=ABCMeta):
    """A helper class with ABCMeta as its metaclass: subclass it to define an ABC."""

    __slots__ = ()
