# A package used by the import tests.
print("ipkg init", __name__)
X = 1
from .helper import hello
