# import of a plain module next to the script: attributes, __name__, sys.modules caching
import sys
import _imod
print(_imod.VALUE, _imod.name(), _imod.__name__)
import _imod as again
print(again is _imod, "_imod" in sys.modules)
from _imod import VALUE, public as pub
print(VALUE, pub())
print(type(_imod).__name__)
_imod.VALUE = 7
import _imod
print(_imod.VALUE)
print(__name__)
