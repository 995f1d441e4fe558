class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%04d-%02d-%02d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    def weekday_name(self):
        return 'unknown'
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'), MyDate.epoch())
print(type(MyDate.epoch()).__name__, MyDate.epoch().weekday_name())
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], MyDate.is_leap(2000))
class Registry:
    items = None
    @classmethod
    def register(cls, item):
        if cls.items is None:
            cls.items = []
        cls.items.append(item)
        return cls
class R1(Registry):
    pass
class R2(Registry):
    pass
R1.register('a').register('b')
R2.register('z')
print(R1.items, R2.items, Registry.items)
