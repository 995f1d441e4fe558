counter = 0
def outer():
    counter = 100
    def inner_global():
        global counter
        counter += 1
        return counter
    def inner_nonlocal():
        nonlocal counter
        counter += 1
        return counter
    return inner_global(), inner_nonlocal(), counter
print(outer(), counter)
def three_levels():
    a = 'l1'
    def l2():
        a = 'l2'
        def l3():
            nonlocal a
            a = 'l3 set'
        l3()
        return a
    return l2(), a
print(three_levels())
x = 'global x'
def reads_global_after_local_def():
    def inner():
        return x
    return inner()
print(reads_global_after_local_def())
def nonlocal_loop_var():
    total = 0
    def add_all(vals):
        nonlocal total
        for total_part in vals:
            total += total_part
    add_all([1, 2, 3])
    add_all([4])
    return total
print(nonlocal_loop_var())
def global_decl_in_loop():
    for i in range(3):
        global gl
        gl = i
    return gl
print(global_decl_in_loop(), gl)
def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return tuple(items)
    return add, get
add, get = make()
add('a'); add('b')
print(get())
