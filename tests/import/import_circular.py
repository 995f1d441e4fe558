# two modules importing each other through their package
from ipkg import circ_a, circ_b
print(circ_a.b_value(), circ_b.a_value())
