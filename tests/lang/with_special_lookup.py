# with looks __enter__ and __exit__ up on the type, not the instance, and names what is missing.
class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *args):
        pass


class InstanceOnly:
    pass


o = InstanceOnly()
o.__enter__ = lambda: 1
o.__exit__ = lambda *args: None
for m in (NoExit(), NoEnter(), o, 5):
    try:
        with m:
            print("body")
    except TypeError as e:
        print("TypeError", e)


class Base:
    def __enter__(self):
        print("enter")
        return "v"


class Child(Base):
    @staticmethod
    def __exit__(*args):
        print("exit", len(args))


with Child() as v:
    print(v)
