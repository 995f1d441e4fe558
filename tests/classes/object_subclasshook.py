# object.__subclasshook__ is a class method that returns NotImplemented.
print(object.__subclasshook__(int), int.__subclasshook__(str))
class A:
    @classmethod
    def __subclasshook__(cls, C):
        return super().__subclasshook__(C)
print(A.__subclasshook__(int))
print('__subclasshook__' in dir(object))
