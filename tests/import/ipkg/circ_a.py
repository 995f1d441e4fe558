from . import circ_b
A = "a"
def b_value():
    return circ_b.B
