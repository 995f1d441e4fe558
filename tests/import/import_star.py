# from module import * honours __all__
from _imod import *
print(VALUE, public())
try:
    hidden
except NameError as e:
    print("NameError", e)
try:
    _private
except NameError:
    print("private not imported")
