# exec and eval run a code object only if it has no free variables: a nested function's code
# refers to cells of a call that is over, which it has no way to reach.
def outer():
    x = 1

    def inner():
        return x

    return inner


code = outer().__code__
for run in (exec, eval):
    try:
        run(code)
    except TypeError as e:
        print(run.__name__, "TypeError", e)


def plain():
    return 2


print(exec(plain.__code__), eval(plain.__code__))
g = {}
exec(compile("y = 3", "<s>", "exec"), g)
print(g["y"])
