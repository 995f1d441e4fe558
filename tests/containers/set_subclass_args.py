# Too many arguments to a subclass of a builtin container: set's error names the subclass (from
# set.__init__, as CPython words it), list's, tuple's and dict's name the builtin.
class S(set):
    pass


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


for cls in (set, S, L, T, D):
    try:
        cls([], [])
    except TypeError as e:
        print(e)

# One argument is fine, and set.__init__ through super() refills.
print(sorted(S([3, 1, 2])))


class R(set):
    def __init__(self, *args):
        super().__init__(*args)


print(sorted(R("ba")))
