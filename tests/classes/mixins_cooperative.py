class JsonMixin:
    def to_json(self):
        parts = []
        for k in sorted(vars(self)):
            v = getattr(self, k)
            parts.append('"%s": %s' % (k, '"%s"' % v if isinstance(v, str) else v))
        return '{' + ', '.join(parts) + '}'
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class ReprMixin:
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
class Person(JsonMixin, EqMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.to_json(), p, p == Person('ann', 30), p == Person('bob', 30))
print([c.__name__ for c in Person.__mro__])
class LogMixin:
    def save(self):
        print('log before save')
        r = super().save()
        print('log after save')
        return r
class Store:
    def save(self):
        print('store saved')
        return 'ok'
class ValidateMixin:
    def save(self):
        print('validate')
        return super().save()
class Model(LogMixin, ValidateMixin, Store):
    pass
print(Model().save())
print([c.__name__ for c in Model.__mro__])
