# __match_args__ names attributes: an element that is not a str is a TypeError when a class
# pattern uses it, not before, and not for keyword sub-patterns.
class A:
    __match_args__ = ("x", 1)

    def __init__(self):
        self.x = 5


match A():
    case A(v):
        print("first", v)
try:
    match A():
        case A(v, w):
            print("both", v, w)
except TypeError as e:
    print("TypeError", e)
match A():
    case A(x=v):
        print("keyword", v)


class B:
    __match_args__ = (None,)


for subject in (B(), 3):
    try:
        match subject:
            case B(v):
                print("matched", v)
            case _:
                print("no match")
    except TypeError as e:
        print("TypeError", e)
