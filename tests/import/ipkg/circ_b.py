from . import circ_a
B = "b"
def a_value():
    return circ_a.A
