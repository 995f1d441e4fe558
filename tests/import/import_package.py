# packages: __init__, submodules, dotted imports, relative imports inside the package
import ipkg
import ipkg.sub
from ipkg.sub import Y, h, leaf
from ipkg import helper
import ipkg.helper as ph
print(ipkg.X, ipkg.sub.Y, Y, h(), helper.hello(), ph is helper)
print(leaf.LEAF, leaf.helper is helper)
import sys
print(sorted(k for k in sys.modules if k.startswith("ipkg")))
print(ipkg.sub.__package__, helper.__package__)
