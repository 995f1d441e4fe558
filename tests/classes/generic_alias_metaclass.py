# A generic alias of a class with a custom metaclass prints the class by name.
class Meta(type):
    pass


class Box(metaclass=Meta):
    pass


print(list[Box], dict[str, Box], Box | None)
